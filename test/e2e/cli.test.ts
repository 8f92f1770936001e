// The saraban command end to end, as a user runs it: the compiled CLI in a child process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, ROOT, SEED, seedRelease } from '../helpers.js';

const out = mkdtempSync(path.join(tmpdir(), 'saraban-e2e-'));
const saraban = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/saraban.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

beforeAll(() => {
  buildIfStale();
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('saraban render', () => {
  it('writes the seed news release as text, byte for byte', () => {
    const r = saraban('render', 'data/trat-pmqa-2564.yaml', '--template', 'news', '--format', 'txt', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const expected = seedRelease(readFileSync(SEED, 'utf8'));
    expect(readFileSync(path.join(out, 'trat-pmqa-2564.news.txt'), 'utf8')).toBe(expected);
  });

  it('writes DOCX, PDF and HTML of the news release', () => {
    const r = saraban('render', 'data/trat-pmqa-2564.yaml', '--template', 'news', '--format', 'docx,pdf,html', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const pdf = readFileSync(path.join(out, 'trat-pmqa-2564.news.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = readFileSync(path.join(out, 'trat-pmqa-2564.news.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(path.join(out, 'trat-pmqa-2564.news.html'), 'utf8')).toContain('lang="th"');
  });

  it('explains a bad format without a stack trace and exits 2', () => {
    const r = saraban('render', 'data/trat-pmqa-2564.yaml', '--format', 'odt', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/odt/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('leaves existing files as they were when a run fails', () => {
    const file = path.join(out, 'trat-pmqa-2564.news.txt');
    const before = statSync(file).mtimeMs;
    const r = saraban('render', 'data/trat-pmqa-2564.yaml', '--template', 'news', '--template', 'nosuch', '--out', out);
    expect(r.status).toBe(2);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('teaches with --help', () => {
    const r = saraban('render', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--template');
    expect(r.stdout).toContain('Examples:');
  });

  it("prints saraban's version with --version, wherever it runs (not another project's)", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const project = path.join(out, 'other-project');
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, 'package.json'), '{"name":"other","version":"9.9.9"}');
    for (const cwd of [ROOT, project]) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/saraban.js'), '--version'], { cwd, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
  });
});
