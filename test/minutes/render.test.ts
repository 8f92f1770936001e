// The committee sample rendered to files, as `saraban render data/committee-sample.yaml --template
// minutes` does: the PDF is measured (page numbers, margins, indent) and the DOCX is converted
// with LibreOffice to check that every field survives. Rendering and conversion run once.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDataFile } from '../../src/pipeline/render.js';
import { toArabicDigits, toThaiDigits } from '../../src/thai/index.js';
import { findTool, haveTools, ROOT } from '../helpers.js';

const run = promisify(execFile);
/** The PDF measured by poppler's pdftotext (word boxes) and pdfinfo. */
const POPPLER = haveTools('pdftotext');
const SAMPLE = path.join(ROOT, 'data/committee-sample.yaml');
const PT_PER_CM = 72 / 2.54;
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 2.5 * PT_PER_CM, right: 2 * PT_PER_CM, bottom: 2 * PT_PER_CM, left: 3 * PT_PER_CM };
const INDENT = 2.5 * PT_PER_CM;

let dir: string;
let files: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'saraban-minutes-'));
  const rendered = await renderDataFile(SAMPLE, { templates: ['minutes'], outDir: dir });
  files = Object.fromEntries(rendered.map((r) => [r.format, r.file]));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function pdfText(file: string, args: string[] = []): Promise<string> {
  return (await run('pdftotext', [...args, file, '-'], { maxBuffer: 1 << 26 })).stdout;
}

async function pageCount(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}
/** Every word of the PDF with its box in pt, from `pdftotext -bbox` (pages counted from 1). */
async function pageWords(file: string): Promise<Word[]> {
  const html = await pdfText(file, ['-bbox']);
  const words: Word[] = [];
  html.split('<page ').slice(1).forEach((part, k) => {
    for (const m of part.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: k + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! });
    }
  });
  return words;
}

/** Words grouped into the lines of the page (same page and top), each sorted left to right. */
function physicalLines(words: Word[]): Word[][] {
  const lines = new Map<string, Word[]>();
  for (const w of words) {
    const key = `${w.page}:${Math.round(w.yMin)}`;
    lines.set(key, [...(lines.get(key) ?? []), w]);
  }
  return [...lines.values()].map((l) => l.sort((a, b) => a.xMin - b.xMin));
}

/**
 * Text for comparing with text extracted from a PDF: no white space (lines wrap differently) and
 * no Thai vowel and tone marks above or below the line, which pdftotext puts out of order when a
 * font positions them over the preceding letter.
 */
const squash = (s: string) => s.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+/g, '');
const isPageNumber = (s: string) => /^-\s*[0-9๐-๙]+\s*-$/.test(s.trim());

describe('minutes rendered from the committee sample', () => {
  it('writes DOCX, PDF, HTML and TXT', async () => {
    expect(Object.keys(files).sort()).toEqual(['docx', 'html', 'pdf', 'txt']);
    for (const f of Object.values(files)) expect(path.basename(f)).toMatch(/^committee-sample\.minutes\.(docx|pdf|html|txt)$/);
    expect(await readFile(files.txt!, 'utf8')).toMatch(/^รายงานการประชุม/);
    // The HTML wraps units a browser could split in no-wrap spans; the text is what counts here.
    const html = (await readFile(files.html!, 'utf8')).replace(/<span class="w">([^<]*)<\/span>/g, '$1');
    expect(html).toContain('ระเบียบวาระที่ ๔ เรื่องเพื่อพิจารณา');
  });

  it.skipIf(!POPPLER)('numbers pages from 2 at the top centre, "- ๒ -", and leaves page 1 without', async () => {
    const pages = await pageCount(files.pdf!);
    expect(pages).toBeGreaterThanOrEqual(2);
    const page = async (n: number) => (await pdfText(files.pdf!, ['-layout', '-f', String(n), '-l', String(n)])).split('\n').filter((l) => l.trim());
    const first = await page(1);
    expect(squash(first[0]!)).toBe(squash('รายงานการประชุมคณะกรรมการพัฒนาคุณภาพการบริหารจัดการภาครัฐ กรมตัวอย่าง'));
    expect(first.some(isPageNumber)).toBe(false);
    const words = await pageWords(files.pdf!);
    expect(words.filter((w) => w.page === 1 && w.yMax < MARGIN.top)).toEqual([]);
    for (let n = 2; n <= pages; n++) {
      expect(squash((await page(n))[0]!), `page ${n}`).toBe(squash(`- ${toThaiDigits(String(n))} -`));
      const number = words.filter((w) => w.page === n && w.yMax < MARGIN.top);
      expect(number.map((w) => w.text).join(' '), `page ${n}`).toBe(`- ${toThaiDigits(String(n))} -`);
      const centre = (Math.min(...number.map((w) => w.xMin)) + Math.max(...number.map((w) => w.xMax))) / 2;
      expect(Math.abs(centre - (MARGIN.left + (A4.width - MARGIN.left - MARGIN.right) / 2)), `page ${n} centre`).toBeLessThan(2);
    }
  });

  it.skipIf(!POPPLER)('keeps the text within the margins: top 2.5 cm, right 2 cm, bottom 2 cm, left 3 cm', async () => {
    const all = await pageWords(files.pdf!);
    const words = all.filter((w) => w.yMin >= MARGIN.top - 1); // the page number stands above
    const left = Math.min(...words.map((w) => w.xMin));
    expect(left).toBeGreaterThan(MARGIN.left - 1);
    expect(left).toBeLessThan(MARGIN.left + 1); // the labels and agenda headings stand at the margin
    expect(Math.max(...words.map((w) => w.xMax))).toBeLessThanOrEqual(A4.width - MARGIN.right + 0.5);
    expect(Math.max(...words.map((w) => w.yMax))).toBeLessThanOrEqual(A4.height - MARGIN.bottom + 0.5);
    expect(all.filter((w) => w.yMin < MARGIN.top - 1).every((w) => /^[-๐-๙]$/.test(w.text))).toBe(true);
    for (const page of new Set(words.map((w) => w.page))) {
      const top = Math.min(...words.filter((w) => w.page === page).map((w) => w.yMin));
      expect(top, `page ${page}`).toBeGreaterThan(MARGIN.top - 1);
      expect(top, `page ${page}`).toBeLessThan(MARGIN.top + 12);
    }
  });

  it.skipIf(!POPPLER)('indents the first line of a paragraph 2.5 cm and sets headings at the margin', async () => {
    const lines = physicalLines(await pageWords(files.pdf!));
    const starting = (prefix: string) => lines.filter((l) => squash(l.map((w) => w.text).join('')).startsWith(squash(prefix)));
    const x = (prefix: string) => starting(prefix).map((l) => Math.round(l[0]!.xMin * 10) / 10);
    const indented = Math.round((MARGIN.left + INDENT) * 10) / 10;
    const margin = Math.round(MARGIN.left * 10) / 10;
    expect(x('ประธานแจ้งว่า')).toEqual([indented]);
    expect(x('ฝ่ายเลขานุการได้จัดส่ง')).toEqual([indented]);
    expect(x('มติที่ประชุม')).toEqual(Array(5).fill(indented));
    expect(x('ระเบียบวาระที่')).toEqual(Array(5).fill(margin));
    for (const label of ['ผู้มาประชุม', 'ผู้ไม่มาประชุม', 'ผู้เข้าร่วมประชุม', 'เริ่มประชุมเวลา', 'เลิกประชุมเวลา']) expect(x(label), label).toEqual([margin]);
  });

  it.skipIf(!POPPLER || !haveTools('soffice'))('converts from DOCX with LibreOffice, keeping every field in order', async () => {
    const soffice = findTool('soffice')!;
    const profile = await mkdtemp(path.join(tmpdir(), 'lo-'));
    try {
      await run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, files.docx!], { timeout: 120_000 });
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
    const converted = path.join(dir, 'committee-sample.minutes.pdf');
    const text = squash(
      toArabicDigits(await pdfText(converted, ['-raw'])).split('\n').filter((l) => !isPageNumber(l)).join('\n'),
    ).replace(/[.…]{3,}/g, '');
    // List markers are Word numbering (thaiNumbers), which LibreOffice 7.4 draws in Arabic digits
    // ("1)" for "๑)", docs/docx.md): digits are compared as Arabic on both sides.
    const txt = toArabicDigits((await readFile(files.txt!, 'utf8')).replace(/[.…]{3,}/g, ''));
    // Paragraph lines must appear in order. Table rows are checked a table at a time: a PDF's text
    // runs down a column's wrapped lines before the next column, so each cell must appear (its
    // characters in order) within the table's stretch of text.
    const lines = txt.split('\n').filter((l) => l.trim());
    let at = 0;
    for (let k = 0; k < lines.length; k++) {
      if (!lines[k]!.includes('\t')) {
        const found = text.indexOf(squash(lines[k]!), at);
        expect(found, `"${lines[k]}" after offset ${at}`).toBeGreaterThanOrEqual(0);
        at = found + squash(lines[k]!).length;
        continue;
      }
      const rows: string[] = [];
      while (lines[k]?.includes('\t')) rows.push(lines[k++]!);
      k--;
      const start = at;
      const stretch = start + 3 * squash(rows.join('')).length;
      for (const cell of rows.flatMap((r) => r.split('\t')).map(squash).filter(Boolean)) {
        const end = subsequenceEnd(cell, text, start, stretch);
        expect(end, `cell "${cell}" of the table after offset ${start}`).toBeGreaterThan(start);
        at = Math.max(at, end);
      }
    }
  }, 180_000);
});

/** Where needle ends when its characters are found in order in hay[from, to), or -1. */
function subsequenceEnd(needle: string, hay: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < Math.min(to, hay.length) && k < needle.length; i++) {
    if (hay[i] === needle[k] && ++k === needle.length) return i + 1;
  }
  return needle.length === 0 ? from : -1;
}
