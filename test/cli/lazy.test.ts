// Start-up stays lean: each command loads only what it uses (bench/startup.mjs measures the time).
// The built command runs with a module hook that lists every module it loads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, ROOT } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'saraban-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  buildIfStale();
  writeFileSync(path.join(dir, 'hooks.mjs'), "export async function load(url, context, next) { process.stderr.write(`LOADED ${url}\\n`); return next(url, context); }\n");
  writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)});\n`);
  // CommonJS loaded by require() (yargs, handlebars, the PDF libraries) passes no module hook: list require's cache at exit.
  writeFileSync(path.join(dir, 'cjs.cjs'), "process.on('exit', () => { for (const f of Object.keys(require.cache)) process.stderr.write(`LOADED ${require('node:url').pathToFileURL(f).href}\\n`); });\n");
}, 180_000);

/** The modules (paths below the project) a run of the command loads. */
function loaded(...args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--require', path.join(dir, 'cjs.cjs'), '--import', pathToFileURL(path.join(dir, 'register.mjs')).href, path.join(ROOT, 'bin/saraban.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const root = pathToFileURL(ROOT).href;
  // A worktree's node_modules may be a link to another checkout's: modules load by their real path.
  const modules = pathToFileURL(realpathSync(path.join(ROOT, 'node_modules'))).href;
  return [...r.stderr.matchAll(/^LOADED (\S+)$/gm)].map((m) => m[1]!)
    .map((u) => (u.startsWith(`${modules}/`) ? `${root}/node_modules/${u.slice(modules.length + 1)}` : u))
    .filter((u) => u.startsWith(root)).map((u) => u.slice(root.length + 1));
}

const PDF = /^dist\/writers\/pdf\/|node_modules\/(pdfmake|pdfkit|fontkit)\//;
const DOCX = /^dist\/writers\/docx\/index\.js$|node_modules\/docx\//;
const BATCH = /^dist\/batch\/(run|pool|worker)\.js$|node_modules\/(piscina|sharp|cli-progress)\//;
const DATA = /node_modules\/(zod|handlebars|yaml)\//;
const TEMPLATE_COMPILER = /node_modules\/handlebars\/dist\/cjs\/handlebars\/compiler\//;

describe('lazy loading', () => {
  it('--help and --version load no writer, no batch runner, no schema and no template engine', () => {
    for (const args of [['--help'], ['--version'], ['batch', '--help']]) {
      const mods = loaded(...args);
      expect(mods).toContain('dist/cli/main.js');
      for (const heavy of [PDF, DOCX, BATCH, DATA]) expect(mods.filter((m) => heavy.test(m)), args.join(' ')).toEqual([]);
    }
  });
  it('validate loads no writer and no batch runner', () => {
    const mods = loaded('validate', 'data/trat-pmqa-2564.yaml');
    expect(mods.some((m) => m.includes('node_modules/yargs/'))).toBe(true); // the require()d are seen too
    expect(mods.some((m) => m.includes('node_modules/zod/'))).toBe(true);
    for (const heavy of [PDF, DOCX, BATCH]) expect(mods.filter((m) => heavy.test(m))).toEqual([]);
  });
  it('a DOCX-only render loads the DOCX writer and not the PDF writer', () => {
    const mods = loaded('render', 'data/trat-pmqa-2564.yaml', '-f', 'docx', '--out', path.join(dir, 'out'));
    expect(mods).toContain('dist/writers/docx/index.js');
    expect(mods.filter((m) => PDF.test(m))).toEqual([]);
    // docx's own zip is opened without fflate (only a docx without its compiler needs it).
    expect(mods.filter((m) => m.includes('node_modules/fflate/'))).toEqual([]);
    // The built-in templates come compiled from the build (template/handlebars.ts).
    expect(mods.some((m) => m.includes('node_modules/handlebars/'))).toBe(true);
    expect(mods.filter((m) => TEMPLATE_COMPILER.test(m))).toEqual([]);
  });
  it('a batch in one thread with the default --name loads no template compiler and no worker pool, and names its files as the compiled pattern does', () => {
    const out = path.join(dir, 'batch');
    const mods = loaded('batch', 'data/trat-pmqa-2564.yaml', '-t', 'memo', '--each', 'meeting.schedule', '--where', 'agency', '-f', 'txt', '--jobs', '0', '--out', out);
    expect(mods.filter((m) => TEMPLATE_COMPILER.test(m))).toEqual([]);
    // No worker starts for ten memos in one thread: the pool's library stays unloaded.
    expect(mods.filter((m) => m.includes('node_modules/piscina/'))).toEqual([]);
    // Nor the progress bar's, with stderr not a terminal.
    expect(mods.filter((m) => m.includes('node_modules/cli-progress/'))).toEqual([]);
    expect(readdirSync(out).filter((f) => f.endsWith('.txt')).sort().slice(0, 2)).toEqual(['memo-005.txt', 'memo-006.txt']);
  });
});
