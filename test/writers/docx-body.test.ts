// The DOCX body is written as text (writers/docx/xml.ts) and spliced into the package docx
// builds: what the clerk typed stays as typed, and the references the package settles (list
// numIds, image relationships) point at what exists.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultMeta, type Block, type Document } from '../../src/model/document.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { escapeXml } from '../../src/writers/docx/xml.js';
import { png } from '../errors/images.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-docx-body-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const logo = path.join(tmp, 'logo.png');
writeFileSync(logo, png(40, 20));

async function parts(doc: Document): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await writeDocx(doc)));
}
const text = (files: Record<string, Uint8Array>, name: string) => strFromU8(files[name]!);

describe('DOCX body', () => {
  it("keeps braces the clerk typed: docx's placeholders ({list-1-0}) are not looked for in text", async () => {
    const blocks: Block[] = [
      { kind: 'list', marker: '{n}.', start: 1, indent: 0, items: [{ content: [{ kind: 'text', text: 'see {list-1-0} and {x}' }], children: [] }] },
      { kind: 'paragraph', content: [{ kind: 'text', text: 'photo {4bf7547c.png}' }], indent: 0, firstLine: 0, align: 'left' },
    ];
    const files = await parts({ meta: defaultMeta, blocks });
    const xml = text(files, 'word/document.xml');
    expect(xml).toContain('>see {list-1-0} and {x}<');
    expect(xml).toContain('>photo {4bf7547c.png}<');
    // The list's own numId is the number numbering.xml defines.
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(xml)![1]!;
    expect(text(files, 'word/numbering.xml')).toContain(`<w:num w:numId="${numId}">`);
    expect(xml).not.toContain('saraban:xml');
    expect(xml).not.toContain('\u0001');
  });

  it('escapes markup characters and drops the control characters XML cannot hold', async () => {
    const typed = 'A & B <C> "q" \'a\'\u0007 ก';
    const files = await parts({ meta: defaultMeta, blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: typed }], indent: 0, firstLine: 0, align: 'left' }] });
    const xml = text(files, 'word/document.xml');
    expect(xml).toContain('A &amp; B &lt;C&gt; &quot;q&quot; &apos;a&apos; ');
    expect(xml).not.toContain('\u0007');
    expect(escapeXml('\u0000a\u001Fb\tc\nd')).toBe('ab\tc\nd');
  });

  it('puts an image used twice in the package once; both pictures point at it, with ids of their own that a rerun repeats', async () => {
    const image: Block = { kind: 'image', src: logo, width: 2, align: 'center' };
    const doc: Document = { meta: defaultMeta, blocks: [image, { kind: 'paragraph', content: [{ kind: 'text', text: 'ข้อความ' }], indent: 0, firstLine: 0, align: 'left' }, image] };
    const files = await parts(doc);
    expect(Object.keys(files).filter((n) => n.startsWith('word/media/'))).toEqual(['word/media/image1.png']);
    const xml = text(files, 'word/document.xml');
    const embeds = [...xml.matchAll(/r:embed="(rId\d+)"/g)].map((m) => m[1]);
    expect(embeds).toHaveLength(2);
    expect(new Set(embeds).size).toBe(1);
    expect(text(files, 'word/_rels/document.xml.rels')).toContain(`Id="${embeds[0]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"`);
    expect([...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2']);
    // 2 cm at 96 px per inch, in EMU.
    expect(xml).toContain(`<wp:extent cx="${Math.round(Math.round((2 / 2.54) * 96) * 9525)}"`);
    expect(text(await parts(doc), 'word/document.xml')).toBe(xml);
  });
  it('gives a fixed-layout table columns that sum to the text width exactly (issue 24)', async () => {
    const cells = Array.from({ length: 11 }, () => ({ content: [{ kind: 'text' as const, text: 'ก' }], align: 'left' as const, colspan: 1 }));
    const blocks: Block[] = [{ kind: 'table', widths: Array.from({ length: 11 }, () => 1), headerRows: 0, borders: true, rows: [cells] }];
    const xml = text(await parts({ meta: defaultMeta, blocks }), 'word/document.xml');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const textWidth = Math.round((21 - defaultMeta.margins.left - defaultMeta.margins.right) * 567);
    expect(grid).toHaveLength(11);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidth);
    expect(xml).toContain(`<w:tblW w:type="dxa" w:w="${textWidth}"/>`);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
  });
});
