// The HTML in a real browser (playwright-core driving Debian's /usr/bin/chromium): justified Thai
// is not spread letter by letter on a phone, and stays justified on a wide screen.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, loadAndValidate, prepareTemplate } from '../../src/build.js';
import { writeHtml } from '../../src/writers/html.js';
import { ROOT } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-html-'));
let browser: Browser | undefined;
let file = '';

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('HTML justification in Chromium', () => {
  beforeAll(async () => {
    const data = path.join(ROOT, 'data/trat-pmqa-2564.yaml');
    const { data: d } = await loadAndValidate(data);
    const doc = buildDocument(d, await prepareTemplate('minutes'), path.dirname(data));
    file = path.join(tmp, 'minutes.html');
    writeFileSync(file, await writeHtml(doc));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
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
    const out = await page.evaluate(() =>
      Array.from(document.querySelectorAll('p.justify')).map((p) => {
        const spread = Array.from(p.querySelectorAll('.w')).slice(0, 20).map((w) => {
          const alone = document.createElement('span');
          alone.textContent = w.textContent;
          alone.style.whiteSpace = 'nowrap';
          p.appendChild(alone);
          const extra = w.getBoundingClientRect().width - alone.getBoundingClientRect().width;
          alone.remove();
          return extra;
        });
        return { align: getComputedStyle(p).textAlign, spread: Math.max(0, ...spread) };
      }),
    );
    await page.close();
    return out;
  }

  it('does not spread words letter by letter at 390 px, and keeps the no-wrap units', async () => {
    const paras = await measure(390);
    expect(paras.length).toBeGreaterThan(3);
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
