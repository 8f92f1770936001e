// The HTML in a real browser (playwright-core driving Debian's chromium): justified Thai
// is not spread letter by letter on a phone, and stays justified on a wide screen.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, loadAndValidate, prepareTemplate } from '../../src/pipeline/documents.js';
import { writeHtml } from '../../src/writers/html.js';
import { ROOT, findTool, haveTools } from '../helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-html-'));
let browser: Browser | undefined;
let file = '';

describe.skipIf(!haveTools('chromium'))('HTML justification in Chromium', () => {
  beforeAll(async () => {
    const data = path.join(ROOT, 'data/trat-pmqa-2564.yaml');
    const { data: d } = await loadAndValidate(data);
    const doc = buildDocument(d, await prepareTemplate('minutes'), path.dirname(data));
    file = path.join(tmp, 'minutes.html');
    writeFileSync(file, await writeHtml(doc));
    browser = await chromium.launch({ executablePath: findTool('chromium'), args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** For each justified paragraph: its alignment, and how much wider its words are drawn than alone. */
  async function measure(width: number) {
    const page = await browser!.newPage({ viewport: { width, height: 800 } });
    await page.goto(`file://${file}`);
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
        // The most a gap between two letters (no white space on either side) grew.
        let spread = 0;
        for (let i = 1; i < j.length && i < l.length; i++) {
          if (/\s/.test(j[i]!.c) || /\s/.test(j[i - 1]!.c) || j[i]!.y !== j[i - 1]!.y) continue;
          spread = Math.max(spread, j[i]!.x - j[i - 1]!.x - (l[i]!.x - l[i - 1]!.x));
        }
        return { align: getComputedStyle(p).textAlign, spread, chars: j.length };
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
    }
  }, 60_000);

  it('justifies between phrases on a wide screen, still without spreading words', async () => {
    const paras = await measure(1200);
    for (const p of paras) {
      expect(p.align).toBe('justify');
      expect(p.spread).toBeLessThan(0.5);
    }
  }, 60_000);
});
