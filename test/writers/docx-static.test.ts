// The DOCX parts that are the same in every document (theme, settings, font table, package rels,
// app properties, styles of one style set) are built and deflated once per process and reused.
// Reuse must change nothing: the first document of this file is packaged the long way (docx
// formats every part), later ones from the cache, and the same document written both ways is the
// same package, part for part. The archive itself passes `unzip -t` (CRCs, sizes, directory).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/build.js';
import { writeDocx } from '../../src/writers/docx.js';
import { ROOT } from '../helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-static-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every part as text; core.xml without its creation and modification times. */
const parts = (buf: Uint8Array): [string, string][] =>
  Object.entries(unzipSync(buf)).map(([n, d]) => [n, strFromU8(d).replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '')]);

describe('DOCX static parts', () => {
  it('a document packaged from the cache is the document packaged the long way', async () => {
    const docs = [];
    for (const f of ['data/trat-pmqa-2564.yaml', 'templates/examples/memo.yaml', 'data/committee-sample.yaml']) {
      docs.push(...(await buildDocuments(path.join(ROOT, f))).documents.map((d) => d.doc));
    }
    const first = await writeDocx(docs[0]!); // the long way: nothing cached yet
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
      const test = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(test.stdout, test.stderr).toMatch(/No errors detected/);
    }
  });
});
