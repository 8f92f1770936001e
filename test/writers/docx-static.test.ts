// The DOCX parts that are the same in every document (theme, settings, font table, package rels,
// app properties, styles of one style set) come from the docx library once (at build time,
// writers/docx/boilerplate.ts) and are deflated once per process and reused. Reuse must change
// nothing: the same document written first and again is the same package, part for part; the
// build's boilerplate is what docx makes now. The archive passes `unzip -t` (CRCs, sizes, directory).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/documents.js';
import { readFileSync } from 'node:fs';
import { writeDocx } from '../../src/writers/docx/index.js';
import { makeBoilerplate } from '../../src/writers/docx/boilerplate.js';
import { buildIfStale, haveTools, ROOT } from '../helpers.js';

/** The archive check by a second reader; the rest of the tests run without it. */
const UNZIP = haveTools('unzip');
const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-static-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every part as text; core.xml without its creation and modification times. */
const parts = (buf: Uint8Array): [string, string][] =>
  Object.entries(unzipSync(buf)).map(([n, d]) => [n, strFromU8(d).replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '')]);

describe('DOCX static parts', () => {
  it("the build's boilerplate is docx's, and a render uses no docx", async () => {
    buildIfStale();
    const built: unknown = JSON.parse(readFileSync(path.join(ROOT, 'dist/docx-boilerplate.json'), 'utf8'));
    expect(built).toEqual(makeBoilerplate());
    const r = spawnSync(process.execPath, ['-e', `import('${path.join(ROOT, 'dist/writers/docx/index.js')}').then(async (m) => { const { buildDocuments } = await import('${path.join(ROOT, 'dist/pipeline/documents.js')}'); const { documents } = await buildDocuments('${path.join(ROOT, 'templates/examples/minutes.yaml')}'); await m.writeDocx(documents[0].doc); console.log(Object.keys(require.cache).filter((f) => f.includes('node_modules/docx/')).length); })`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0');
  }, 180_000);

  it('a document packaged again is the same package', async () => {
    const docs = [];
    for (const f of ['data/trat-pmqa-2564.yaml', 'templates/examples/memo.yaml', 'data/committee-sample.yaml']) {
      docs.push(...(await buildDocuments(path.join(ROOT, f))).documents.map((d) => d.doc));
    }
    const first = await writeDocx(docs[0]!); // nothing deflated yet
    const later = [];
    for (const d of docs.slice(1)) later.push(await writeDocx(d));
    const again = await writeDocx(docs[0]!); // from the cache
    expect(parts(again)).toEqual(parts(first));
    // Every document shares the static parts byte for byte.
    const theme = (buf: Uint8Array) => strFromU8(unzipSync(buf)['word/theme/theme1.xml']!);
    for (const buf of later) expect(theme(buf)).toBe(theme(first));
    for (const [k, buf] of [first, ...later, again].entries()) {
      const file = path.join(tmp, `doc-${k}.docx`);
      writeFileSync(file, buf);
      if (!UNZIP) continue;
      const test = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(test.stdout, test.stderr).toMatch(/No errors detected/);
    }
  });
});
