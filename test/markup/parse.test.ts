import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parse.js';
import { SarabanError } from '../../src/messages/errors.js';
import { rowLeastHeight } from '../../src/model/document.js';
import { lineWidth } from '../../src/writers/pdf/measure.js';

// The pipeline's own measure (the PDF's font), for columns sized to their text.
const parse = (m: string) => parseMarkup(m, { source: 't.hbs', baseDir: '/tmp', measure: lineWidth });

describe('markup → Document model', () => {
  it('reads document settings', () => {
    const doc = parse('<document title="ข่าว" thai-digits="true" font-size="16" margins="2.5 2 2 3" page-numbers="2"></document>');
    expect(doc.meta).toMatchObject({ title: 'ข่าว', thaiDigits: true, fontSize: 16, margins: { top: 2.5, right: 2, bottom: 2, left: 3 } });
    expect(doc.meta.pageNumbers.from).toBe(2);
  });
  it('folds white space like HTML and keeps inline styles', () => {
    const doc = parse('<document><p align="justify" first-line="2.5">\n  นาย<b>สมชาย</b>\n   ใจดี <nobr>10.30 น.</nobr>\n</p></document>');
    expect(doc.blocks[0]).toEqual({
      kind: 'paragraph', align: 'justify', firstLine: 2.5, indent: 0,
      content: [
        { kind: 'text', text: 'นาย' },
        { kind: 'text', text: 'สมชาย', bold: true },
        { kind: 'text', text: ' ใจดี ' },
        { kind: 'text', text: '10.30 น.', nowrap: true },
      ],
    });
  });
  it('reads nested lists, rows, tables, signatures and hashtags', () => {
    const doc = parse(`<document>
      <list marker="{n}." start="3"><item>หนึ่ง<list marker="{n})"><item>ก</item></list></item></list>
      <row stops="0 1 7"><cell>1.</cell><cell>นายก</cell><cell>ประธาน</cell></row>
      <table widths="1 2" header-rows="1"><tr><th>ที่</th><th>ชื่อ</th></tr><tr><td colspan="2">รวม</td></tr></table>
      <signature><caption>ผู้จดรายงานการประชุม</caption><name>นางสาวสมใจ ดีงาม</name><position>เจ้าพนักงาน</position><position>เลขานุการ</position></signature>
      <hashtags><tag>#ก</tag><tag>B</tag></hashtags><pagebreak/>
    </document>`);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['list', 'row', 'table', 'signature', 'hashtags', 'pagebreak']);
    const list = doc.blocks[0]!;
    expect(list.kind === 'list' && list.start).toBe(3);
    expect(list.kind === 'list' && list.items[0]!.children[0]!.kind).toBe('list');
    const table = doc.blocks[2]!;
    expect(table.kind === 'table' && table.rows[0]![0]!.content[0]).toMatchObject({ text: 'ที่', bold: true });
    const sig = doc.blocks[3]!;
    expect(sig.kind === 'signature' && sig.position).toHaveLength(2);
    const tags = doc.blocks[4]!;
    expect(tags.kind === 'hashtags' && tags.tags).toEqual(['ก', 'B']);
  });
  it('reads a rule, a heading size and a signature without the sign line', () => {
    const doc = parse('<document><h1 size="29">บันทึกข้อความ</h1><rule/><signature sign-line="false"><name>ก</name></signature></document>');
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', size: 29 });
    expect(doc.blocks[1]).toEqual({ kind: 'rule' });
    expect(doc.blocks[2]).toMatchObject({ kind: 'signature', signLine: false });
  });
  it('reads a signature centred on a line, and a row\'s own height among rows to sign in', () => {
    const doc = parse(`<document><signature center="9.05"><name>ก</name></signature>
      <table widths="1 2" header-rows="1" row-height="1.2"><tr><th>ที่</th><th>ชื่อ</th></tr><tr><td>1</td><td>ก</td></tr>
      <tr height="auto"><td colspan="2">ผู้เข้าร่วมประชุม</td></tr><tr height="2"><td>2</td><td></td></tr></table></document>`);
    expect(doc.blocks[0]).toMatchObject({ kind: 'signature', center: 9.05 });
    const table = doc.blocks[1]!;
    expect(table.kind === 'table' && table.heights).toEqual([undefined, undefined, 0, 2]);
    expect(table.kind === 'table' && [0, 1, 2, 3].map((r) => rowLeastHeight(table, r))).toEqual([undefined, 1.2, undefined, 2]);
    expect(() => parse('<document><table><tr height="tall"><td>ก</td></tr></table></document>')).toThrow(SarabanError);
    expect(() => parse('<document><signature center="-1"><name>ก</name></signature></document>')).toThrow(SarabanError);
  });
  it('sizes an auto column to its longest line (3% over, for Word\'s font) and gives the rest to the others', () => {
    const doc = parse(`<document margins="1.5 2 2 3"><table widths="1 auto" borders="false"><tr><td>ที่ 1</td><td>สำนักงาน<br/>ศาลากลางจังหวัดตัวอย่าง</td></tr></table>
      <table widths="1 auto" borders="false"><tr><td>ที่ 1</td><td>ศาลากลางจังหวัดตัวอย่าง</td></tr></table></document>`);
    const [a, b] = doc.blocks.map((x) => (x.kind === 'table' ? x.widths : []));
    expect(a![0]! + a![1]!).toBeCloseTo(16, 6); // cm: the text width between margins of 3 and 2 cm
    expect(a![1]).toBeCloseTo(b![1]!, 6); // the longest line decides
    const line = (lineWidth([{ text: 'ศาลากลางจังหวัดตัวอย่าง' }], 16) * 2.54) / 72;
    expect(a![1]).toBeCloseTo(line * 1.03, 6);
    expect(() => parse('<document><table widths="1 wide"><tr><td>ก</td><td>ข</td></tr></table></document>')).toThrow(SarabanError);
  });
  it('reads a <keep> group of blocks kept on one page', () => {
    const doc = parse('<document><keep><p>เลิกประชุมเวลา ๑๒.๐๐ น.</p><signature><name>ก</name></signature></keep></document>');
    const keep = doc.blocks[0]!;
    expect(keep.kind).toBe('keep');
    expect(keep.kind === 'keep' && keep.blocks.map((b) => b.kind)).toEqual(['paragraph', 'signature']);
  });
  it('decodes the entities Handlebars writes', () => {
    const doc = parse('<document><p>&lt;b&gt; &amp; &quot;x&quot; &#x27;y&#x27; &#x60; &#x3D;</p></document>');
    expect(doc.blocks[0]).toMatchObject({ content: [{ text: '<b> & "x" \'y\' ` =' }] });
  });
  it('rejects unknown elements and bad attributes with the line', () => {
    expect(() => parse('<document>\n<para/></document>')).toThrow(/unknown block <para>/);
    expect(() => parse('<document><p align="middle">x</p></document>')).toThrow(SarabanError);
    try {
      parse('<document>\n<p>unclosed</document>');
    } catch (e) {
      expect((e as SarabanError).location).toMatchObject({ file: 't.hbs', line: 2 });
    }
  });

  it('resolves a named style into the block, and lets attributes override it', () => {
    const doc = parse('<document><p style="body">ก</p><p style="body" align="left">ข</p><p style="agenda">ค</p><h1 style="memo-title">บันทึกข้อความ</h1></document>');
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', style: 'body', align: 'justify', firstLine: 2.5 });
    expect(doc.blocks[1]).toMatchObject({ style: 'body', align: 'left', firstLine: 2.5 });
    expect(doc.blocks[2]).toMatchObject({ style: 'agenda', keepWithNext: true, content: [{ text: 'ค', bold: true }] });
    expect(doc.blocks[3]).toMatchObject({ kind: 'heading', style: 'memo-title', size: 29, line: 35 });
  });
  it('reads character styles and numbered paragraphs', () => {
    const doc = parse('<document><p><span style="memo-label">ที่</span> ตย 1</p><p style="agenda" number="4" marker="ระเบียบวาระที่ {n}">เรื่อง</p><p number="4.1">ผล</p></document>');
    expect(doc.blocks[0]).toMatchObject({ content: [{ text: 'ที่', bold: true, size: 20, style: 'memo-label' }, { text: ' ตย 1' }] });
    expect(doc.blocks[1]).toMatchObject({ number: { values: [4], pattern: 'ระเบียบวาระที่ {n}' }, content: [{ text: 'ระเบียบวาระที่ 4 เรื่อง', bold: true }] });
    expect(doc.blocks[2]).toMatchObject({ number: { values: [4, 1], pattern: '{n}' }, content: [{ text: '4.1 ผล' }] });
  });
  it('names the known styles when a template asks for an unknown one', () => {
    expect(() => parse('<document><p style="agendaa">x</p></document>')).toThrow(/unknown paragraph style "agendaa" \(known: .*agenda/);
    expect(() => parse('<document><p><span style="body">x</span></p></document>')).toThrow(/unknown character style "body"/);
    expect(() => parse('<document><p number="4a">x</p></document>')).toThrow(/number must be like 4 or 4.1/);
  });
});
