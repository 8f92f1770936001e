// The built-in templates as `npm run build` compiles them (dist/templates.precompiled.cjs) make the
// same markup as the templates compiled from source, and a render of them never loads Handlebars'
// compiler; an edited built-in template is compiled from its source, never taken for the built one.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAndValidate, prepareTemplate } from '../../src/pipeline/documents.js';
import { sourceKey } from '../../src/template/handlebars.js';
import { buildIfStale, ROOT } from '../helpers.js';

const CASES = [
  ['news', 'data/trat-pmqa-2564.yaml'],
  ['minutes', 'data/trat-pmqa-2564.yaml'],
  ['news', 'data/news/obec-executives.yaml'],
  ['memo', 'templates/examples/memo.yaml'],
  ['minutes', 'templates/examples/minutes.yaml'],
] as const;

beforeAll(() => {
  buildIfStale();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/build/templates.js')], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}, 180_000);

/** Markup from dist/ (precompiled templates), in a process of its own, and whether the compiler was loaded. */
function builtMarkup(): { markup: string[]; compiler: boolean } {
  const dist = (f: string) => JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', f)).href);
  const script = `
    import { createRequire } from 'node:module';
    const { loadAndValidate, prepareTemplate } = await import(${dist('pipeline/documents.js')});
    const markup = [];
    for (const [template, file] of ${JSON.stringify(CASES)}) {
      const { data } = await loadAndValidate(file);
      markup.push((await prepareTemplate(template)).render(data));
    }
    const compiler = Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes('/handlebars/compiler/'));
    console.log(JSON.stringify({ markup, compiler }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { markup: string[]; compiler: boolean };
}

describe('precompiled built-in templates', () => {
  it('every built-in template and partial is in the table, under the key of its current source', () => {
    const table = readFileSync(path.join(ROOT, 'dist/templates.precompiled.cjs'), 'utf8');
    const files = spawnSync('find', ['templates', '-name', '*.hbs'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim().split('\n');
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(table, f).toContain(JSON.stringify(sourceKey(readFileSync(path.join(ROOT, f), 'utf8'))));
  });

  it('an edited built-in template is not taken for the built one', async () => {
    const { precompiled } = (await import(pathToFileURL(path.join(ROOT, 'dist/template/handlebars.js')).href)) as typeof import('../../src/template/handlebars.js');
    const news = readFileSync(path.join(ROOT, 'templates/news.hbs'), 'utf8');
    expect(precompiled(news)).toBeDefined();
    expect(precompiled(news.replace('ข่าว', 'ข่าวฯ'))).toBeUndefined();
  });

  it('make the markup the compiled-from-source templates make, without loading the compiler', async () => {
    const built = builtMarkup();
    expect(built.compiler).toBe(false);
    for (const [k, [template, file]] of CASES.entries()) {
      const { data } = await loadAndValidate(path.join(ROOT, file));
      const fromSource = (await prepareTemplate(template)).render(data); // src/ has no table: compiled here
      expect(built.markup[k], `${template} ${file}`).toBe(fromSource);
      expect(fromSource.length).toBeGreaterThan(500);
    }
  });
});
