// Keep-with-next in the PDF (keep.ts): a heading never ends a page; a run of kept blocks (an
// agenda item's heading and its first topic's heading) moves to the next page together with the
// first line of the text that follows, in one layout pass. Speed is measured by
// bench/pdf-scaling.mjs, not here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parse.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { buildDocument, loadAndValidate, prepareTemplate } from '../../src/pipeline/documents.js';
import { writeMinutes } from '../../bench/minutes-data.mjs';
import { haveTools } from '../helpers.js';
import { extractPages } from './extract.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-keep-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function pages(pdf: Uint8Array): Promise<string[][]> {
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return (await extractPages(file, 'poppler')).map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean));
}

const BODY = 'เนื้อความของเรื่องนี้ ฝ่ายเลขานุการเสนอให้ส่วนราชการซักซ้อมการนำเสนอผลการดำเนินงานตามตัวชี้วัดของจังหวัด '.repeat(3).trim();

describe.skipIf(!haveTools('pdftotext'))('PDF keep-with-next', () => {
  it('moves two kept headings with the first line of the text after them, wherever the page ends', async () => {
    let moved = 0;
    for (let filler = 22; filler <= 32; filler++) {
      const lines = Array.from({ length: filler }, (_, k) => `<p>บรรทัดที่ ${k + 1}</p>`).join('');
      const xml = `<?xml version="1.0" encoding="UTF-8"?><document title="keep">${lines}<p keep-with-next="true"><b>หัวข้อใหญ่</b></p><p keep-with-next="true"><b>หัวข้อย่อย</b></p><p>${BODY}</p></document>`;
      const text = await pages(await writePdf(parseMarkup(xml, { source: 'keep.xml', baseDir: tmp })));
      const pageOf = (s: string) => text.findIndex((p) => p.some((l) => l.startsWith(s)));
      const head = pageOf('หัวข้อใหญ่');
      expect([pageOf('หัวข้อย่อย'), pageOf('เนื้อความ')], `${filler} lines before`).toEqual([head, head]);
      if (head > 0) {
        moved++;
        // The page it left is not empty: the filler before the headings stays there.
        expect(text[head - 1]!.some((l) => l.startsWith('บรรทัดที่'))).toBe(true);
      }
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('keeps a heading inside a list item with its text, and a keep whose last block is kept with what follows', async () => {
    for (let filler = 24; filler <= 30; filler++) {
      const lines = Array.from({ length: filler }, (_, k) => `<p>บรรทัดที่ ${k + 1}</p>`).join('');
      const xml = `<?xml version="1.0" encoding="UTF-8"?><document title="keep">${lines}<list><item>ข้อหนึ่ง<p keep-with-next="true"><b>หัวข้อในรายการ</b></p><p>เนื้อความในรายการ</p></item></list><keep><p>ส่วนต้น</p><p keep-with-next="true">ส่วนท้าย</p></keep><p>ข้อความที่ตามมา</p></document>`;
      const text = await pages(await writePdf(parseMarkup(xml, { source: 'keep.xml', baseDir: tmp })));
      const pageOf = (s: string) => text.findIndex((p) => p.some((l) => l.includes(s)));
      expect(pageOf('เนื้อความในรายการ'), `${filler} lines before`).toBe(pageOf('หัวข้อในรายการ'));
      expect(pageOf('ข้อความที่ตามมา'), `${filler} lines before`).toBe(pageOf('ส่วนท้าย'));
    }
  });

  it('ends no page of long minutes with an agenda or topic heading, and leaves none alone on a page', async () => {
    const file = writeMinutes(tmp, 300);
    const { data } = await loadAndValidate(file);
    const doc = buildDocument(data, await prepareTemplate('minutes'), tmp);
    const text = await pages(await writePdf(doc));
    expect(text.length).toBeGreaterThan(20);
    const heading = /^(ระเบียบวาระที่|[๐-๙]+\.[๐-๙]+ เรื่องที่)/;
    text.forEach((lines, k) => {
      const body = lines.filter((l) => !/^- [๐-๙]+ -$/.test(l)); // the page number
      expect(heading.test(body.at(-1)!), `page ${k + 1} ends with "${body.at(-1)}"`).toBe(false);
      if (k < text.length - 1) expect(body.length, `page ${k + 1}`).toBeGreaterThan(10);
    });
  });
});
