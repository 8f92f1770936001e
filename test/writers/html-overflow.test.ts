// Issue 24: text past the page in the HTML. A list item's text (a flex item), a row's last cell
// (a grid track of 1fr) and a table (auto layout) were as wide as their longest word: a
// 5,000-letter word made the page 32,000 px wide. In Chromium, every element stays inside the
// document's box, on a wide screen and on a phone, and no letter is lost.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parse.js';
import { writeHtml } from '../../src/writers/html.js';
import { haveTools } from '../helpers.js';
import { launchBrowser } from '../chromium.js';

const BROWSER = haveTools('chromium');
const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-html-overflow-'));
const LATIN = 'abcdefghij'.repeat(500);
const THAI = 'ประชุม'.repeat(830);
const cases: Record<string, string> = {
  'a long word in a list item': `<list><item>${LATIN}</item></list>`,
  'a dictionary word repeated in a nested list item': `<list><item>ก<list><item>${THAI}</item></list></item></list>`,
  'a long word in a row': `<row stops="0 3"><cell>ชื่อ</cell><cell>${LATIN}</cell></row>`,
  'a table of 20 columns': `<table><tr>${Array.from({ length: 20 }, (_, k) => `<td>ข้อมูลช่องที่${k}</td>`).join('')}</tr></table>`,
  'a long word in a table cell': `<table widths="1 3"><tr><td>${LATIN}</td><td>x</td></tr></table>`,
};
let browser: Browser | undefined;

describe.skipIf(!BROWSER)('HTML: nothing wider than the page', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it.each(Object.entries(cases))('%s', async (name, body) => {
    const file = path.join(tmp, `${name.replace(/\W+/g, '-')}.html`);
    writeFileSync(file, writeHtml(parseMarkup(`<document title="o">${body}</document>`, { source: 'o.xml', baseDir: tmp })));
    for (const width of [1000, 400]) {
      const page = await browser!.newPage({ viewport: { width, height: 800 } });
      await page.goto(`file://${file}`);
      const r = await page.evaluate(() => {
        const doc = document.querySelector('.saraban-document')!;
        const box = doc.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(doc);
        return { right: range.getBoundingClientRect().right, boxRight: box.right, scroll: document.documentElement.scrollWidth, text: (doc as HTMLElement).innerText };
      });
      await page.close();
      expect(r.right, `${width} px`).toBeLessThanOrEqual(r.boxRight + 0.5);
      expect(r.scroll, `${width} px`).toBeLessThanOrEqual(width);
      expect(r.text.replace(/\s+/g, '')).toContain(body.includes(LATIN) ? LATIN : body.includes(THAI) ? THAI : 'ข้อมูลช่องที่19');
    }
  }, 60_000);
});
