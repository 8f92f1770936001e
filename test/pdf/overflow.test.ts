// Text that cannot fit (issue 10, item 4): a word with no break opportunity, a long dictionary
// word in a narrow cell, a <nobr> name longer than the line. Every letter must be in the PDF's
// text and inside the page box; the writer wraps by grapheme cluster and warns.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parse.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { wrapWarnings } from '../../src/writers/pdf/overflow.js';
import { haveTools } from '../helpers.js';

const POPPLER = haveTools('pdftotext');

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-overflow-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LATIN = 'abcdefghij'.repeat(500);
const THAI_WORD = 'สถาปัตยกรรมศาสตรมหาบัณฑิต';
const NAME = 'นายณัฐพงษ์ สงวนจิตร '.repeat(8).trim();
const NO_BREAKS = 'กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ'.repeat(60);

async function render(body: string): Promise<{ text: string; boxes: number[][]; width: number; height: number }> {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><document title="overflow">${body}</document>`;
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await writePdf(parseMarkup(xml, { source: 'overflow.xml', baseDir: tmp })));
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(bbox)!;
  const boxes = [...bbox.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)"/g)].map((m) => m.slice(1).map(Number));
  return { text, boxes, width: Number(page[1]), height: Number(page[2]) };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!POPPLER)('text wider than its line', () => {
  it.each([
    ['a 5,000-letter word with no break, justified', `<p align="justify">${LATIN}</p>`, LATIN, true],
    ['2,700 Thai consonants in a row', `<p align="justify">${NO_BREAKS}</p>`, NO_BREAKS, false],
    ['a long dictionary word in a narrow table cell', `<table widths="1 9"><tr><td>${THAI_WORD}</td><td>x</td></tr></table>`, THAI_WORD, true],
    ['a <nobr> name longer than the line', `<p>ชื่อ <nobr>${NAME}</nobr> จบ</p>`, NAME, true],
    ['a heading with no break', `<h1 align="center">${LATIN.slice(0, 400)}</h1>`, LATIN.slice(0, 400), true],
  ])('%s: every letter is copied out and inside the page box', async (_, body, source, warns) => {
    const warnings: string[] = [];
    const sink = wrapWarnings.sink;
    wrapWarnings.sink = (m) => void warnings.push(m);
    const t0 = Date.now();
    const { text, boxes, width, height } = await render(body);
    wrapWarnings.sink = sink;
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(squeeze(text)).toContain(squeeze(source));
    for (const [x0, y0, x1, y1] of boxes) {
      expect(x0!).toBeGreaterThanOrEqual(0);
      expect(y0!).toBeGreaterThanOrEqual(0);
      expect(x1!).toBeLessThanOrEqual(width + 0.01);
      expect(y1!).toBeLessThanOrEqual(height + 0.01);
    }
    // Never a mark torn from its consonant: no line starts with a combining mark or following vowel.
    // eslint-disable-next-line no-misleading-character-class -- single Thai marks are the point
    for (const line of text.split('\n')) expect(line).not.toMatch(/^[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/u);
    if (warns) expect(warnings.join('\n')).toMatch(/wraps between letters|ตัดขึ้นบรรทัดใหม่/);
  }, 60_000);
});

// Issue 24: a list item's text and a row's last cell are star columns, which pdfmake made as wide
// as their widest word: a 5,000-letter word ran past the page. Now every letter stays inside the
// text area (between the margins), and a row taller than a page flows on instead of vanishing.
describe.skipIf(!POPPLER)('long words in lists and rows stay between the margins', () => {
  const RIGHT_MARGIN = (2 * 72) / 2.54;
  it.each([
    ['a 5,000-letter word in a list item', `<list><item>${LATIN}</item></list>`, LATIN],
    ['a dictionary word repeated 800 times in a list item', `<list><item>${'ประชุม'.repeat(830)}</item></list>`, 'ประชุม'.repeat(830)],
    ['2,700 Thai consonants in a nested list item', `<list><item>ก<list><item>${NO_BREAKS}</item></list></item></list>`, NO_BREAKS],
    ['a 5,000-letter word in a row', `<row stops="0 3"><cell>ชื่อ</cell><cell>${LATIN}</cell></row>`, LATIN],
  ])('%s', async (_, body, source) => {
    const sink = wrapWarnings.sink;
    wrapWarnings.sink = () => undefined;
    const { text, boxes, width } = await render(body);
    wrapWarnings.sink = sink;
    expect(squeeze(text)).toContain(squeeze(source));
    expect(boxes.length).toBeGreaterThan(0);
    for (const [x0, , x1] of boxes) {
      expect(x0!).toBeGreaterThanOrEqual(0);
      expect(x1!).toBeLessThanOrEqual(width - RIGHT_MARGIN + 1);
    }
  }, 60_000);
  it('refuses a table whose columns cannot hold a letter, naming the column', async () => {
    const row = `<tr>${Array.from({ length: 100 }, (_, k) => `<td>ช่อง${k}</td>`).join('')}</tr>`;
    await expect(render(`<table>${row}</table>`)).rejects.toMatchObject({ key: 'markup-table-narrow', params: { columns: 100, column: 1 } });
    await expect(render(`<table widths="0.01 10">${'<tr><td>ก</td><td>ข</td></tr>'}</table>`)).rejects.toMatchObject({ key: 'markup-table-narrow', params: { column: 1 } });
    // Twenty columns fit: each wraps its text by letters where it must.
    const twenty = `<tr>${Array.from({ length: 20 }, (_, k) => `<td>ข้อมูลช่องที่${k}</td>`).join('')}</tr>`;
    const sink = wrapWarnings.sink;
    wrapWarnings.sink = () => undefined;
    const { boxes, width } = await render(`<table>${twenty}</table>`);
    wrapWarnings.sink = sink;
    for (const [, , x1] of boxes) expect(x1!).toBeLessThanOrEqual(width - RIGHT_MARGIN + 1);
  }, 60_000);
});

describe.skipIf(!POPPLER)('long paragraphs (a linear text path)', () => {
  const words = ['ประชุม', 'คณะกรรมการ', 'จังหวัด', 'ได้', 'มอบหมาย', 'ให้', 'ส่วนราชการ', 'ดำเนินการ', 'ฟื้นฟู', 'เศรษฐกิจ', 'และ', 'รายงาน '];
  it.each([
    ['a 200 KB "a-a-a-…" paragraph', 'a-'.repeat(100_000)],
    ['a 1 MB Thai paragraph', Array.from({ length: 1_000_000 / 7 }, (_, k) => words[(k * 7) % words.length]).join('').slice(0, 1_000_000)],
  ])('%s renders in well under 30 s with every letter', async (_, text) => {
    const sink = wrapWarnings.sink;
    wrapWarnings.sink = () => undefined;
    const t0 = Date.now();
    const { text: copied } = await render(`<p align="justify">${text}</p>`);
    wrapWarnings.sink = sink;
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(squeeze(copied)).toBe(squeeze(text));
  }, 120_000);
});
