// Issue 24: text a template writes in a CDATA section (<![CDATA[a < b]]>) vanished from every
// format. It is text like any other: folded, joined with its neighbours, written in all four.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { parseMarkup } from '../../src/markup/parse.js';
import { SarabanError } from '../../src/messages/errors.js';
import { writers } from '../../src/writers/index.js';
import { haveTools } from '../helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-cdata-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const parse = (m: string) => parseMarkup(m, { source: 't.hbs', baseDir: tmp });

describe('CDATA in the markup', () => {
  it('is text, joined with the text around it', () => {
    const doc = parse('<document><p><![CDATA[a < b]]></p><p>x <b><![CDATA[<&>]]></b> <![CDATA[ y  ]]>z</p></document>');
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', content: [{ kind: 'text', text: 'a < b' }] });
    expect(doc.blocks[1]).toMatchObject({
      content: [
        { kind: 'text', text: 'x ' },
        { kind: 'text', text: '<&>', bold: true },
        { kind: 'text', text: ' y z' },
      ],
    });
  });
  it('between blocks is loose text, as plain text is', () => {
    expect(() => parse('<document><![CDATA[a < b]]></document>')).toThrow(SarabanError);
  });
  it.skipIf(!haveTools('pdftotext'))('reaches all four formats', async () => {
    const doc = parse('<document><p>ก่อน <![CDATA[a < b && c > d]]> หลัง</p></document>');
    const out = Object.fromEntries(await Promise.all(Object.entries(writers).map(async ([f, w]) => [f, await w(doc)] as const)));
    const decode = (b: Uint8Array) => Buffer.from(b).toString('utf8');
    expect(decode(out.txt!)).toContain('ก่อน a < b && c > d หลัง');
    expect(decode(out.html!)).toContain('a &lt; b &amp;&amp; c &gt; d');
    expect(strFromU8(unzipSync(out.docx!)['word/document.xml']!)).toContain('a &lt; b &amp;&amp; c &gt; d');
    const pdf = path.join(tmp, 'cdata.pdf');
    writeFileSync(pdf, out.pdf!);
    expect(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })).toContain('a < b && c > d');
  }, 60_000);
});
