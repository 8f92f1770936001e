// The HTML in a real browser (playwright-core driving Debian's chromium): justified Thai
// is not spread letter by letter on a phone, and on a wide screen is justified over every
// letter, with no wide gap on a line with few spaces.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parse.js';
import { buildDocument, loadAndValidate, prepareTemplate } from '../../src/pipeline/documents.js';
import { writeHtml } from '../../src/writers/html.js';
import { ROOT, haveTools } from '../helpers.js';
import { launchBrowser } from '../chromium.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-html-'));
let browser: Browser | undefined;
let files: string[] = [];

describe.skipIf(!haveTools('chromium'))('HTML justification in Chromium', () => {
  beforeAll(async () => {
    const data = path.join(ROOT, 'data/trat-pmqa-2564.yaml');
    const { data: d } = await loadAndValidate(data);
    const docs = [buildDocument(d, await prepareTemplate('minutes'), path.dirname(data))];
    // The stress pages: lines with one or two spaces among long names and compounds.
    for (const f of ['thai-typeset-stress.xml', 'thai-justify-stress.xml']) {
      const src = path.join(ROOT, 'test/fixtures', f);
      docs.push(parseMarkup(readFileSync(src, 'utf8'), { source: src, baseDir: path.dirname(src) }));
    }
    files = docs.map((doc, k) => {
      const file = path.join(tmp, `${k}.html`);
      writeFileSync(file, writeHtml(doc));
      return file;
    });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** For each justified paragraph: its alignment, and how much wider its words are drawn than alone. */
  async function measure(width: number) {
    const out = [];
    for (const file of files) out.push(...(await measureFile(file, width)));
    return out;
  }
  async function measureFile(file: string, width: number) {
    const page = await browser!.newPage({ viewport: { width, height: 800 } });
    await page.goto(`file://${file}`);
    if (process.env.CSS_TRY) await page.addStyleTag({ content: process.env.CSS_TRY });
    await page.evaluate(() => document.fonts.ready);
    const out = await page.evaluate(() => {
      // x of every character, via one-character ranges.
      const xs = (root: Node) => {
        const out: { c: string; x: number; y: number }[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          for (let i = 0; i < n.data.length; i++) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + 1);
            const b = r.getBoundingClientRect();
            out.push({ c: n.data[i]!, x: b.left, y: Math.round(b.top) });
          }
        }
        return out;
      };
      return Array.from(document.querySelectorAll('p.justify')).map((p) => {
        // The same paragraph start-aligned, beside it: lines break the same; only the gaps differ.
        const plain = p.cloneNode(true) as HTMLElement;
        plain.classList.remove('justify');
        plain.style.textAlign = 'left';
        p.after(plain);
        const [j, l] = [xs(p), xs(plain)];
        plain.remove();
        // The most a gap between two letters (no white space on either side) grew, the most any gap
        // grew (a space's too), and the most a vowel or mark moved away from its consonant.
        let spread = 0;
        let widest = 0;
        let torn = 0;
        for (let i = 1; i < j.length && i < l.length; i++) {
          if (j[i]!.y !== j[i - 1]!.y) continue;
          const grew = j[i]!.x - j[i - 1]!.x - (l[i]!.x - l[i - 1]!.x);
          widest = Math.max(widest, grew);
          if (/[\u0E31\u0E33-\u0E3A\u0E47-\u0E4E]/.test(j[i]!.c)) torn = Math.max(torn, Math.abs(grew));
          if (/\s/.test(j[i]!.c) || /\s/.test(j[i - 1]!.c)) continue;
          spread = Math.max(spread, grew);
        }
        return { align: getComputedStyle(p).textAlign, spread, widest, torn, em: parseFloat(getComputedStyle(p).fontSize), chars: j.length };
      });
    });
    await page.close();
    return out;
  }

  it('does not spread words letter by letter at 390 px, and keeps the no-wrap units', async () => {
    const paras = await measure(390);
    expect(paras.length).toBeGreaterThan(3);
    expect(paras.reduce((n, p) => n + p.chars, 0)).toBeGreaterThan(500);
    for (const p of paras) {
      expect(p.align).toBe('start');
      expect(p.spread).toBeLessThan(0.5);
      expect(p.widest).toBeLessThan(0.5);
    }
  }, 60_000);

  it('justifies a wide screen over every letter (inter-character), opening no gap wider than 0.2 em', async () => {
    const paras = await measure(1280);
    const widest = Math.max(...paras.map((p) => p.widest / p.em));
    console.log(`widest gap growth at 1280 px: ${(widest * paras[0]!.em).toFixed(1)} px (${widest.toFixed(3)} em), between letters ${Math.max(...paras.map((p) => p.spread)).toFixed(2)} px`);
    expect(paras.length).toBeGreaterThan(20);
    for (const p of paras) {
      expect(p.align).toBe('justify');
      // Justified between words, a line with one or two spaces opened gaps of 75 px (5 em) here.
      expect(p.widest / p.em).toBeLessThan(0.2);
      expect(p.torn).toBeLessThan(0.05);
    }
    // The slack is spread, not left at the line end.
    expect(widest).toBeGreaterThan(0.02);
  }, 60_000);
});
