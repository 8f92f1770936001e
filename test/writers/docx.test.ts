import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultMeta, inlineText, SIGNATURE_DOTS, SIGNATURE_SHIFT_CM, type Block, type Document, type Inline, type List } from '../../src/model/document.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { scriptRuns } from '../../src/thai/index.js';
import { png } from '../errors/images.js';
import { haveTools } from '../helpers.js';
import { keepSpans } from '../../src/thai/break-penalties.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-docx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));


const imagePath = path.join(tmp, 'logo.png');
writeFileSync(imagePath, png(40, 20));

const t = (text: string, extra: Partial<Extract<Inline, { kind: 'text' }>> = {}): Inline => ({ kind: 'text', text, ...extra });

const nested: List = {
  kind: 'list',
  marker: '({n})',
  start: 1,
  indent: 0,
  items: [
    { content: [t('ข้อย่อยแรก sub-item one')], children: [] },
    { content: [t('ข้อย่อยที่สอง')], children: [] },
  ],
};

const blocks: Block[] = [
  { kind: 'heading', level: 1, align: 'center', content: [t('รายงานการประชุม PMQA ครั้งที่ 1/2564')], keepWithNext: true },
  { kind: 'heading', level: 2, align: 'left', content: [t('ระเบียบวาระที่ 1 Opening')] },
  {
    kind: 'paragraph',
    align: 'justify',
    firstLine: 2.5,
    indent: 0,
    content: [
      t('ประธานกล่าวเปิดการประชุมเวลา '),
      t('10.30 น.', { nowrap: true }),
      t(' และแจ้งว่าสำนักงาน '),
      t('Public Sector Management Quality Award', { italic: true }),
      t(' (PMQA) '),
      t('ได้รับรางวัล', { bold: true }),
      t(' ต่อเนื่อง'),
      { kind: 'br' },
      t('English only line.'),
    ],
  },
  {
    kind: 'list',
    marker: '{n}.',
    start: 1,
    indent: 1,
    items: [
      { content: [t('รับรองรายงานการประชุม ครั้งที่ 2/2563')], children: [nested] },
      {
        content: [t('Review of the annual plan')],
        children: [{ kind: 'paragraph', align: 'left', firstLine: 0, indent: 0, content: [t('รายละเอียดตามเอกสารแนบ')] }],
      },
    ],
  },
  { kind: 'row', stops: [1, 2, 7.5, 12], cells: [[t('1.')], [t('นายสมชาย ใจดี', { nowrap: true })], [t('ผู้อำนวยการ')], [t('Chair')]] },
  { kind: 'row', stops: [1, 2, 7.5, 12], cells: [[t('2.')], [t('Mr. John Smith')], [t('ที่ปรึกษา')], [t('กรรมการ')]] },
  {
    kind: 'table',
    widths: [1, 3, 2],
    headerRows: 1,
    borders: true,
    rows: [
      [
        { content: [t('ลำดับ')], align: 'center', colspan: 1 },
        { content: [t('รายการ Item')], align: 'center', colspan: 1 },
        { content: [t('งบประมาณ')], align: 'right', colspan: 1 },
      ],
      [
        { content: [t('1')], align: 'center', colspan: 1 },
        { content: [t('จัดซื้อ notebook computer')], align: 'left', colspan: 1 },
        { content: [t('25,000')], align: 'right', colspan: 1 },
      ],
      [
        { content: [t('รวม Total')], align: 'right', colspan: 2 },
        { content: [t('25,000')], align: 'right', colspan: 1 },
      ],
    ],
  },
  { kind: 'image', src: imagePath, width: 4, align: 'center' },
  { kind: 'pagebreak' },
  { kind: 'heading', level: 3, align: 'left', content: [t('ปิดประชุม')] },
  { kind: 'paragraph', align: 'left', firstLine: 0, indent: 1, content: [t('Meeting closed at 12.00 น.')] },
  {
    kind: 'signature',
    signLine: true,
    caption: [t('ผู้จดรายงานการประชุม')],
    name: [t('นางสาวสมหญิง รักงาน')],
    position: [[t('นักวิเคราะห์นโยบายและแผน')], [t('Policy Analyst')]],
  },
  { kind: 'hashtags', tags: ['ตราด', 'PMQA2564'] },
];

const meta = { ...defaultMeta, title: 'รายงานการประชุม PMQA', pageNumbers: { from: 2, format: '- {n} -', position: 'top' as const } };
const doc: Document = { meta: { ...meta, thaiDigits: true }, blocks };

// ---------------------------------------------------------------------------------------------

function unzip(buf: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(buf));
  return Object.fromEntries(Object.entries(files).filter(([n]) => /\.(xml|rels)$/.test(n)).map(([n, d]) => [n, strFromU8(d)]));
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Each w:p's text: w:t joined, w:tab as \t, w:br as \n (paragraph properties left out). */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map(([, inner = '']) =>
    [...inner.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/g, '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
      .map((m) => (m[0] === '<w:tab/>' ? '\t' : m[0] === '<w:br/>' ? '\n' : decode(m[1]!)))
      .join('')
      .replaceAll('\u2060', ''), // word joiners keep names whole (keepTogether): break control, not text
  );
}

interface RunInfo {
  rPr: string;
  text: string;
}
function textRuns(xml: string): RunInfo[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)]
    .map(([, inner]) => ({
      rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(inner!)?.[1] ?? '',
      text: [...inner!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(''),
    }))
    .filter((r) => r.text !== '');
}

/** CT_RPr element order (ECMA-376). */
const RPR_ORDER = [
  'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline', 'shadow', 'emboss',
  'imprint', 'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern', 'position', 'sz', 'szCs',
  'highlight', 'u', 'effect', 'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout',
  'specVanish', 'oMath',
];
function rPrOrderOk(rPr: string): boolean {
  const names = [...rPr.matchAll(/<w:(\w+)\b/g)].map((m) => m[1]!);
  const idx = names.map((n) => RPR_ORDER.indexOf(n));
  return idx.every((i, k) => i >= 0 && (k === 0 || i > idx[k - 1]!));
}

const THAI = /[\u0E01-\u0E5B]/;

/** The text of every paragraph the model gives, in order, as the DOCX should hold it. */
function expectedTexts(d: Document): string[] {
  const out: string[] = [];
  // Spaces inside what the writer keeps whole are no-break spaces: a <nobr> run, and a name with its
  // title or a number with its unit (keepSpans, the same spans the PDF never breaks).
  const spanNbsp = (text: string) => {
    let out = text;
    for (const [a, b] of keepSpans(text)) out = out.slice(0, a) + out.slice(a, b).replace(/ /g, '\u00A0') + out.slice(b);
    return out;
  };
  const nbsp = (content: Inline[]) => inlineText(content.map((i) => (i.kind === 'text' ? { ...i, text: i.nowrap ? i.text.replace(/ /g, '\u00A0') : spanNbsp(i.text) } : i)));
  const list = (l: List) =>
    l.items.forEach((item) => {
      // The marker is Word numbering, not text.
      out.push(nbsp(item.content));
      item.children.forEach(block);
    });
  const block = (b: Block) => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        out.push(nbsp(b.content));
        break;
      case 'list':
        list(b);
        break;
      case 'row':
        out.push(b.cells.map(nbsp).join('\t'));
        break;
      case 'table':
        for (const r of b.rows) for (const c of r) out.push(nbsp(c.content));
        break;
      case 'signature':
        out.push(`(ลงชื่อ) ${SIGNATURE_DOTS} ${nbsp(b.caption)}`, `(${nbsp(b.name)})`, ...b.position.map(nbsp));
        break;
      case 'image':
        out.push('');
        break;
      case 'hashtags':
        out.push(...b.tags.map((tag) => `#${tag}`.replace(/ /g, '\u00A0')));
        break;
      case 'pagebreak':
        break;
    }
  };
  d.blocks.forEach(block);
  return out;
}

describe('scripts', () => {
  const shape = (s: string) => scriptRuns(s).map((r) => `${r.script}:${r.text}`);
  it('gives neutral characters the script of the strong character before them', () => {
    expect(shape('ครั้งที่ 1/2564')).toEqual(['thai:ครั้งที่ 1/2564']);
    expect(shape('PMQA ปี 2564')).toEqual(['latin:PMQA ', 'thai:ปี 2564']);
    expect(shape('ได้รับ ISO 9001 แล้ว')).toEqual(['thai:ได้รับ ', 'latin:ISO 9001 ', 'thai:แล้ว']);
  });
  it('gives leading neutral characters the script of the first strong one', () => {
    expect(shape('(นายสมชาย)')).toEqual(['thai:(นายสมชาย)']);
    expect(shape('1. Review')).toEqual(['latin:1. Review']);
    expect(shape('12.00')).toEqual(['latin:12.00']);
  });
  it('keeps text without a strong character whole', () => {
    expect(shape('1.')).toEqual(['latin:1.']);
    expect(shape('')).toEqual([]);
  });
});

describe('writeDocx', async () => {
  const buf = await writeDocx(doc);
  const files = unzip(buf);
  const body = files['word/document.xml']!;
  const styles = files['word/styles.xml']!;
  const settings = files['word/settings.xml']!;

  it('writes a zip with the main parts', () => {
    expect(buf.subarray(0, 2).toString('latin1')).toBe('PK');
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/settings.xml', '[Content_Types].xml']) expect(files[part]).toBeDefined();
  });

  it('declares compatibility mode 15 exactly once', () => {
    expect(settings.match(/w:name="compatibilityMode"/g)).toHaveLength(1);
    expect(settings).toMatch(/<w:compatSetting w:val="15" w:name="compatibilityMode"/);
  });

  it('marks runs with Thai as complex script, and only those', () => {
    const runs = textRuns(body);
    expect(runs.length).toBeGreaterThan(20);
    for (const r of runs) {
      if (THAI.test(r.text)) expect(r.rPr, r.text).toContain('<w:cs/>');
      else expect(r.rPr, r.text).not.toContain('<w:cs/>');
    }
    expect(runs.some((r) => !THAI.test(r.text) && /[A-Za-z]/.test(r.text))).toBe(true);
  });

  it('splits runs only at script or formatting changes', () => {
    const runs = textRuns(body);
    // A Thai run never ends or starts inside a Thai word of the same formatting.
    expect(runs.map((r) => r.text)).toContain('ประธานกล่าวเปิดการประชุมเวลา 10.30\u00A0น. และแจ้งว่าสำนักงาน ');
    expect(runs.map((r) => r.text)).toContain('รับรองรายงานการประชุม ครั้งที่ 2/2563');
  });

  it('keeps every run property in schema order, and never switches proofing off', () => {
    for (const xml of [body, styles, files['word/header1.xml'] ?? '']) {
      expect(xml).not.toContain('noProof');
      for (const m of xml.matchAll(/<w:rPr>([\s\S]*?)<\/w:rPr>/g)) expect(rPrOrderOk(m[1]!), m[1]).toBe(true);
    }
  });

  it('names the font in all four slots in the document defaults, and on no run', () => {
    const fonts = '<w:rFonts w:ascii="TH SarabunPSK" w:cs="TH SarabunPSK" w:eastAsia="TH SarabunPSK" w:hAnsi="TH SarabunPSK"/>';
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)![1]!;
    const slots = (s: string) => [...s.matchAll(/<w:rFonts([^>]*)\/>/g)].map((m) => m[1]!.trim().split(/\s+/).sort().join(' '));
    expect(slots(defaults)).toEqual(slots(fonts));
    for (const r of textRuns(body)) expect(r.rPr, r.text).not.toContain('<w:rFonts');
  });

  it('sizes text in both slots in the styles: 16 pt body, 20/18/16 pt headings; runs set only what differs', () => {
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)![1]!;
    expect(defaults).toContain('<w:sz w:val="32"/><w:szCs w:val="32"/>');
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}">([\\s\\S]*?)</w:style>`).exec(styles)![1]!;
    expect(style('DocTitle')).toMatch(/<w:b\/><w:bCs\/><w:sz w:val="40"\/><w:szCs w:val="40"\/>/);
    expect(style('Heading')).toMatch(/<w:b\/><w:bCs\/><w:sz w:val="36"\/><w:szCs w:val="36"\/>/);
    expect(style('Subheading')).toContain('<w:b/><w:bCs/>');
    expect(style('Subheading')).not.toContain('<w:sz ');
    const runs = textRuns(body);
    const rPrOf = (text: string) => runs.find((r) => r.text.startsWith(text))!.rPr;
    for (const heading of ['รายงานการประชุม ', 'ระเบียบวาระที่', 'ปิดประชุม', 'ประธาน']) expect(rPrOf(heading)).not.toMatch(/<w:sz |<w:b\/>/);
    expect(rPrOf('ได้รับรางวัล')).toContain('<w:b/><w:bCs/>');
    expect(rPrOf('Public Sector')).toContain('<w:i/><w:iCs/>');
  });

  it('keeps complex-script markers out of the style chain, and says Thai in the defaults', () => {
    expect(styles).not.toContain('<w:cs/>');
    expect(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)![0]).toContain('<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="th-TH"/>');
    expect(settings).toContain('<w:themeFontLang w:val="en-US" w:bidi="th-TH"/>');
    expect(files['docProps/core.xml']).toContain('<dc:language>th-TH</dc:language>');
    expect(files['docProps/core.xml']).toContain('<dc:title>รายงานการประชุม PMQA</dc:title>');
    expect(files['docProps/core.xml']).toContain('<dc:creator>saraban</dc:creator>');
  });

  it('gives every paragraph the text of the model', () => {
    const texts = paragraphTexts(body).filter((s, k, all) => s !== '' || k < all.length - 1);
    expect(texts).toEqual(expectedTexts(doc));
  });

  it('justifies with thaiDistribute, and indents in twips', () => {
    const justified = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!).find((p) => p.includes('ประธานกล่าว'))!;
    expect(justified).toContain('<w:jc w:val="thaiDistribute"/>');
    expect(justified).toMatch(/<w:ind [^>]*w:firstLine="1418"/);
    expect(body).not.toMatch(/w:val="both"/);
  });

  it('lays out A4 with the model margins', () => {
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1701"/);
  });

  it('numbers lists with Word numbering in Thai digits, hangs markers and indents nested lists further', () => {
    const numbering = files['word/numbering.xml']!;
    const ps = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
    const level = (p: string) => {
      const numId = /<w:numId w:val="(\d+)"\/>/.exec(p)![1];
      const abs = new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)![1];
      return new RegExp(`<w:abstractNum w:abstractNumId="${abs}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)![0];
    };
    const item1 = level(ps.find((p) => p.includes('รับรองรายงาน'))!);
    const sub1 = level(ps.find((p) => p.includes('ข้อย่อยแรก'))!);
    expect(item1).toContain('<w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="%1."/>');
    expect(sub1).toContain('<w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="(%1)"/>');
    const left = (l: string) => Number(/<w:ind [^>]*w:left="(\d+)"/.exec(l)![1]);
    const hanging = (l: string) => Number(/<w:ind [^>]*w:hanging="(\d+)"/.exec(l)![1]);
    expect(left(item1) - hanging(item1)).toBe(567); // marker at the list's 1 cm indent
    expect(hanging(item1)).toBeGreaterThanOrEqual(425);
    expect(left(sub1) - hanging(sub1)).toBe(left(item1)); // nested markers start under the parent's text
    expect(numbering).not.toContain('w:abstractNumId="1"'); // docx's own bullets are gone
  });

  it('sets rows on tab stops, kept on one line', () => {
    const row = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!).find((p) => p.includes('ผู้อำนวยการ'))!;
    expect(row).toContain('<w:keepLines/>');
    for (const pos of [1134, 4253, 6804]) expect(row).toContain(`w:pos="${pos}"`);
    expect(row).toMatch(/<w:ind w:left="567"/);
  });

  it('writes tables with proportional widths, repeating headers and unsplittable rows', () => {
    expect(body).toContain('<w:tblHeader/>');
    expect(body.match(/<w:cantSplit\/>/g)).toHaveLength(3);
    const grid = [...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    expect(grid[1]! / grid[0]!).toBeCloseTo(3, 1);
    expect(body).toContain('<w:gridSpan w:val="2"/>');
    expect(body).toMatch(/<w:tblBorders>[\s\S]*w:val="single"/);
  });

  it('centres the signature on the right of the page and keeps it together', () => {
    const ps = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
    const sig = ps.filter((p) => /ลงชื่อ|สมหญิง|นักวิเคราะห์|Policy Analyst/.test(p.replaceAll('\u2060', '')));
    expect(sig).toHaveLength(4);
    expect(styles).toMatch(/w:styleId="Signature">[\s\S]*?<w:jc w:val="center"\/>[\s\S]*?<\/w:style>/);
    for (const p of sig) {
      expect(p).toContain('<w:pStyle w:val="Signature"/>');
      expect(p).toContain(`<w:ind w:left="${Math.round((16 / 2 - SIGNATURE_SHIFT_CM) * 567)}"`); // half of 16 cm, less the shift
    }
    for (const p of sig.slice(0, -1)) expect(p).toContain('<w:keepNext/>');
  });

  it('centres a signature on a given line: a column symmetric about it, both indents set', async () => {
    // 5 cm from the left margin of 16 cm: the column runs from the margin to 10 cm (6 cm short of the right).
    const sig: Block = { kind: 'signature', signLine: false, caption: [], name: [t('นายสมชาย รักษ์ไทย')], position: [[t('ผู้อำนวยการ')]], center: 5 };
    const xml = unzip(await writeDocx({ meta, blocks: [sig] }))['word/document.xml']!;
    const ps = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!).filter((p) => p.includes('Signature'));
    expect(ps).toHaveLength(3);
    for (const p of ps) expect(p).toContain(`<w:ind w:right="${6 * 567}"/>`);
  });

  it('embeds the image at its width in cm, height by aspect ratio', () => {
    expect(Object.keys(unzipSync(new Uint8Array(buf))).some((n) => n.startsWith('word/media/'))).toBe(true);
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(body)!;
    expect(Number(cx) / 360000).toBeCloseTo(4, 1);
    expect(Number(cy) / 360000).toBeCloseTo(2, 1);
  });

  it('breaks the page before the block after a page break', () => {
    const ps = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
    expect(ps.find((p) => p.includes('ปิดประชุม'))).toContain('<w:pageBreakBefore/>');
  });

  it('numbers pages from 2 in the header, in Thai digits, with a blank first page', () => {
    expect(body).toContain('<w:titlePg/>');
    expect(body).toMatch(/<w:pgNumType w:fmt="thaiNumbers"\/>/);
    const headers = Object.entries(files).filter(([n]) => /^word\/header\d+\.xml$/.test(n)).map(([, x]) => x);
    const numbered = headers.filter((x) => x.includes('PAGE'));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toMatch(/<w:instrText xml:space="preserve"> PAGE <\/w:instrText>/);
    expect(paragraphTexts(numbered[0]!)).toEqual(['- ๒ -']);
    expect(headers.some((x) => !x.includes('PAGE'))).toBe(true);
  });

  it('uses Arabic digits and a footer when asked', async () => {
    const d: Document = { meta: { ...meta, thaiDigits: false, pageNumbers: { from: 1, format: 'หน้า {n}', position: 'bottom' } }, blocks: blocks.slice(0, 3) };
    const f = unzip(await writeDocx(d));
    const x = f['word/document.xml']!;
    expect(x).not.toContain('thaiNumbers');
    expect(x).not.toContain('<w:titlePg/>');
    expect(Object.keys(f).some((n) => n.startsWith('word/header'))).toBe(false);
    const footer = Object.entries(f).find(([n]) => /^word\/footer\d+\.xml$/.test(n))![1];
    expect(paragraphTexts(footer)).toEqual(['หน้า 1']);
  });

  it('hides numbers before a later first page behind an IF field', async () => {
    const d: Document = { meta: { ...meta, thaiDigits: false, pageNumbers: { from: 3, format: '- {n} -', position: 'top' } }, blocks: blocks.slice(0, 3) };
    const f = unzip(await writeDocx(d));
    const header = Object.entries(f).find(([n]) => /^word\/header\d+\.xml$/.test(n))![1];
    const instr = [...header.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => decode(m[1]!)).join('|');
    expect(instr).toBe(' IF | PAGE | >= 3 "- | PAGE | -" "" ');
    expect(f['word/document.xml']).not.toContain('<w:titlePg/>');
  });

  it('draws a rule as a bottom border and sizes a heading by its own size', async () => {
    const d: Document = {
      meta,
      blocks: [
        { kind: 'heading', level: 1, align: 'center', size: 29, content: [t('บันทึกข้อความ')] },
        { kind: 'rule' },
      ],
    };
    const f = unzip(await writeDocx(d));
    expect(f['word/document.xml']).toMatch(/<w:sz w:val="58"\/><w:szCs w:val="58"\/>/);
    expect(f['word/document.xml']).toContain('<w:pStyle w:val="Rule"/>');
    expect(f['word/styles.xml']).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*w:sz="6"/);
  });

  it('writes no header when pages are not numbered', async () => {
    const f = unzip(await writeDocx({ meta: defaultMeta, blocks: blocks.slice(0, 2) }));
    expect(Object.keys(f).some((n) => /header|footer/.test(n))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------

describe('LibreOffice', () => {
  it.skipIf(!haveTools('soffice', 'pdftotext'))(
    'opens the DOCX and draws all its Thai text',
    async () => {
      const dir = mkdtempSync(path.join(tmp, 'lo-'));
      const file = path.join(dir, 'doc.docx');
      writeFileSync(file, await writeDocx(doc));
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
        { stdio: 'ignore', timeout: 55_000 },
      );
      execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path.join(dir, 'doc.pdf'), path.join(dir, 'doc.txt')]);
      // pdftotext gives Thai marks in drawing order (ครัง้ for ครั้ง) and SARA AM decomposed, so
      // compare the letters with white space and marks taken out.
      // DOCX_SAMPLE_DIR=/some/dir keeps the DOCX, PDF and text for a look by eye.
      if (process.env.DOCX_SAMPLE_DIR) for (const f of ['doc.docx', 'doc.pdf', 'doc.txt']) copyFileSync(path.join(dir, f), path.join(process.env.DOCX_SAMPLE_DIR, f));
      const squash = (s: string) => s.normalize('NFKC').replace(/\s|\u00A0|\p{M}/gu, '');
      const pdf = squash(readFileSync(path.join(dir, 'doc.txt'), 'utf8'));
      for (const text of expectedTexts(doc)) expect(pdf).toContain(squash(text));
      // The header shows a number from page 2 on (LibreOffice draws the Thai page-number format as 1, 2, 3).
      expect(readFileSync(path.join(dir, 'doc.txt'), 'utf8')).toMatch(/-\s*(2|๒)\s*-/);
    },
    60_000,
  );
});
