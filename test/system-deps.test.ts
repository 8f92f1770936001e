// The test command on a fresh machine (issue 24): the system tools the tests use are installed by
// scripts/system-deps.sh when it runs as root with apt-get, and otherwise named; a test needing a
// missing tool skips saying so (haveTools), except in CI, where it fails. A fresh machine is made
// here by giving PATH a folder that holds only the few programs the script itself runs.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTool, onPath, ROOT, TOOLS, toolsVerdict } from './helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-deps-'));
chmodSync(tmp, 0o755); // the second account reads the script's folder of programs too
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A folder of programs for PATH: the named system programs, and scripts given as text. */
function bin(name: string, programs: string[], scripts: Record<string, string> = {}): string {
  const dir = path.join(tmp, name);
  spawnSync('mkdir', ['-p', dir]);
  for (const p of programs) symlinkSync(onPath(p)!, path.join(dir, p));
  for (const [p, text] of Object.entries(scripts)) writeFileSync(path.join(dir, p), `#!/bin/sh\n${text}\n`, { mode: 0o755 });
  return dir;
}

const ALL = [...TOOLS.keys()];
const PACKAGES = [...new Set([...TOOLS.values()].map((t) => t.package))];

describe("the test helper's decision (haveTools)", () => {
  it('lists every tool the tests look for, with its Debian package', () => {
    expect(ALL).toEqual(expect.arrayContaining(['pdftotext', 'mutool', 'soffice', 'chromium', 'time', 'unzip', 'norasi', 'fc-match']));
    for (const tool of TOOLS.values()) expect(tool.package).toMatch(/^[a-z0-9][a-z0-9.+-]+$/);
  });

  it('on a machine without the tools: skip, naming each missing tool and its package', () => {
    const env = { PATH: bin('bare', []) };
    for (const name of ALL) expect(findTool(name, env), name).toBeUndefined();
    const verdict = toolsVerdict(['pdftotext', 'soffice', 'norasi'], env);
    expect(verdict).toEqual({ action: 'skip', reason: expect.stringMatching(/^missing pdftotext \(.+\), soffice \(.+\), norasi \(.+\); .*apt-get install poppler-utils libreoffice-writer fonts-thai-tlwg$/) });
  });

  it('in CI: fail, never skip', () => {
    const PATH = bin('bare-ci', []);
    for (const CI of ['true', '1']) expect(toolsVerdict(['chromium'], { PATH, CI })).toMatchObject({ action: 'fail', reason: expect.stringContaining('install chromium') });
    expect(toolsVerdict(['chromium'], { PATH, CI: 'false' }).action).toBe('skip');
  });

  it('runs when the tools are on PATH (a font: when fc-list lists it)', () => {
    const env = { PATH: bin('some', [], { pdftotext: 'exit 0', 'fc-list': '[ "$1" = Norasi ] && echo Norasi' }) };
    expect(toolsVerdict(['pdftotext', 'norasi'], env)).toEqual({ action: 'run' });
    expect(toolsVerdict(['pdftotext', 'mutool'], env).action).toBe('skip');
    // And on this machine (CI installs them all), every one.
    if (process.env.CI) expect(toolsVerdict(ALL)).toEqual({ action: 'run' });
  });
});

describe('scripts/system-deps.sh (npm pretest, .ci/run)', () => {
  const SCRIPT = path.join(ROOT, 'scripts/system-deps.sh');
  const BASICS = ['bash', 'sh', 'id', 'dirname', 'cat'];
  /** A fake apt-get that writes down how it was called. */
  const aptLog = path.join(tmp, 'apt.log');
  const fakeApt = { 'apt-get': `echo "$@" >> ${aptLog}` };
  const run = (PATH: string, env: Record<string, string> = {}, user?: string) => {
    writeFileSync(aptLog, '');
    chmodSync(aptLog, 0o666);
    const args = user ? ['-u', user, '--', 'env', '-i', `PATH=${PATH}`, ...Object.entries(env).map(([k, v]) => `${k}=${v}`), 'bash', SCRIPT] : [SCRIPT];
    const r = user ? spawnSync('runuser', args, { encoding: 'utf8' }) : spawnSync('bash', args, { encoding: 'utf8', env: { PATH, ...env } });
    return { code: r.status, stderr: r.stderr, apt: readFileSync(aptLog, 'utf8') };
  };

  it('as root with apt-get: installs the missing packages (all of them on a bare machine)', () => {
    const r = run(bin('root-apt', BASICS, fakeApt));
    expect(r.code, r.stderr).toBe(0);
    expect(r.apt.split('\n')).toEqual(['update -qq', `install -y -qq ${PACKAGES.join(' ')}`, '']);
    expect(r.stderr).toContain('installing');
  });

  it('as root with some tools present: installs only the missing ones', () => {
    const r = run(bin('root-some', BASICS, { ...fakeApt, pdftotext: 'exit 0', mutool: 'exit 0', unzip: 'exit 0' }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.apt).toContain(`install -y -qq ${PACKAGES.filter((p) => !['poppler-utils', 'mupdf-tools', 'unzip'].includes(p)).join(' ')}\n`);
  });

  it('without apt-get, or as another account: installs nothing, names what is missing, and passes', () => {
    for (const [PATH, user] of [[bin('root-no-apt', BASICS), undefined], [bin('nobody', BASICS, fakeApt), 'nobody']] as const) {
      const r = run(PATH, {}, user);
      expect(r.code, r.stderr).toBe(0);
      expect(r.apt).toBe('');
      expect(r.stderr).toContain(`MISSING ${ALL.join(' ')}`);
      expect(r.stderr).toContain('SKIPPED');
      expect(r.stderr).toContain(`apt-get install ${PACKAGES.join(' ')}`);
    }
  });

  it('in CI, a tool it cannot install fails the run', () => {
    for (const [PATH, user] of [[bin('ci-no-apt', BASICS), undefined], [bin('ci-nobody', BASICS, fakeApt), 'nobody']] as const) {
      const r = run(PATH, { CI: 'true' }, user);
      expect(r.code, r.stderr).toBe(1);
      expect(r.apt).toBe('');
    }
  });

  it('with every tool here: does nothing', () => {
    const here = Object.fromEntries(ALL.map((name) => [TOOLS.get(name)!.check.replace(/^font:.*/, 'fc-list'), name === 'norasi' ? 'echo Norasi' : 'exit 0']));
    const r = run(bin('all', BASICS, { ...fakeApt, ...here }));
    expect(r).toEqual({ code: 0, stderr: '', apt: '' });
  });
});
