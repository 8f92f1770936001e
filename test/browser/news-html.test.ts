// The news release's HTML in a real browser: headless Chromium (Debian's /usr/bin/chromium, driven
// by playwright-core) at a phone's width and a desktop's. On a phone the page has no horizontal
// overflow and no print margins; photos are lazy-loaded; hashtags are links. Screenshots are
// written to $SARABAN_SCREENSHOTS when it is set, to be looked at.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDataFile } from '../../src/pipeline/render.js';
import { EXAMPLE, haveTools } from '../helpers.js';
import { launchBrowser } from '../chromium.js';

const BROWSER = haveTools('chromium');
const dir = mkdtempSync(path.join(tmpdir(), 'saraban-browser-'));
let browser: Browser;
let page: string;

beforeAll(async () => {
  if (!BROWSER) return;
  // The seed release with two photos (one portrait) and a credit.
  mkdirSync(path.join(dir, 'photos'));
  for (const [name, w, h, hue] of [['a.jpg', 2000, 1500, 200], ['b.jpg', 1500, 2000, 30]] as const) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="hsl(${hue},50%,50%)"/><circle cx="${w / 2}" cy="${h / 2}" r="${w / 4}" fill="#fff"/></svg>`;
    await sharp(Buffer.from(svg)).jpeg().toFile(path.join(dir, 'photos', name));
  }
  const { readFileSync } = await import('node:fs');
  const data = readFileSync(EXAMPLE, 'utf8').replace(
    /^ {2}hashtags:/m,
    '  photos:\n    - { src: photos/a.jpg, caption: ประธานกล่าวเปิดการประชุม, url: "https://example.go.th/photos/a.jpg" }\n    - { src: photos/b.jpg, caption: ผู้เข้าร่วมประชุม }\n  photo_credit: "ภาพ: กลุ่มงานประชาสัมพันธ์"\n  hashtags:',
  );
  writeFileSync(path.join(dir, 'release.yaml'), data);
  await renderDataFile(path.join(dir, 'release.yaml'), { outDir: dir, templates: ['news'], formats: ['html'] });
  page = `file://${path.join(dir, 'release.news.html')}`;
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(width: number) {
  const p = await browser.newPage({ viewport: { width, height: 844 } });
  await p.goto(page);
  await p.evaluate(() => document.fonts.ready);
  const shots = process.env.SARABAN_SCREENSHOTS;
  if (shots) {
    mkdirSync(shots, { recursive: true });
    // Lazy photos load as they come into view: scroll through the page first.
    await p.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 30));
      }
      await Promise.all(Array.from(document.images).map((i) => i.decode().catch(() => undefined)));
      window.scrollTo(0, 0);
    });
    await p.screenshot({ path: path.join(shots, `news-${width}.png`), fullPage: true });
  }
  return p;
}

describe.skipIf(!BROWSER)('the news release in Chromium', () => {
  it('fits a 390 px phone: no horizontal overflow, no print margins, no 2.5 cm indent', async () => {
    const p = await open(390);
    const m = await p.evaluate(() => {
      const article = document.querySelector('.saraban-document')!;
      const lead = Array.from(article.querySelectorAll('p')).find((e) => e.getAttribute('style')?.includes('text-indent'))!;
      return {
        scrollWidth: document.documentElement.scrollWidth,
        paddingLeft: parseFloat(getComputedStyle(article).paddingLeft),
        indent: parseFloat(getComputedStyle(lead).textIndent),
        photoColumns: getComputedStyle(article.querySelector('.photos')!).gridTemplateColumns.split(' ').length,
        widest: Math.max(...Array.from(article.querySelectorAll('*')).map((e) => e.getBoundingClientRect().right)),
      };
    });
    expect(m.scrollWidth).toBeLessThanOrEqual(390);
    expect(m.widest).toBeLessThanOrEqual(390);
    expect(m.paddingLeft).toBeLessThanOrEqual(20); // not 3 cm (113 px)
    expect(m.indent).toBeLessThan(40); // not 2.5 cm (94 px)
    expect(m.photoColumns).toBe(1);
    await p.close();
  });

  it('keeps the document look at 1280 px: photos two a row, lazy-loaded, hashtags as links, share tags', async () => {
    const p = await open(1280);
    const m = await p.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      photoColumns: getComputedStyle(document.querySelector('.photos')!).gridTemplateColumns.split(' ').length,
      lazy: Array.from(document.querySelectorAll('.photo img')).map((i) => (i as HTMLImageElement).loading),
      captions: Array.from(document.querySelectorAll('.photo figcaption')).map((c) => c.textContent),
      tags: Array.from(document.querySelectorAll('a.hashtag')).map((a) => (a as HTMLAnchorElement).href),
      og: Object.fromEntries(Array.from(document.querySelectorAll('meta[property^="og:"]')).map((e) => [e.getAttribute('property'), e.getAttribute('content')])),
      indent: parseFloat(getComputedStyle(Array.from(document.querySelectorAll('p')).find((e) => e.getAttribute('style')?.includes('text-indent'))!).textIndent),
    }));
    expect(m.scrollWidth).toBeLessThanOrEqual(1280);
    expect(m.photoColumns).toBe(2);
    expect(m.lazy).toEqual(['lazy', 'lazy']);
    expect(m.captions).toEqual(['ประธานกล่าวเปิดการประชุม', 'ผู้เข้าร่วมประชุม']);
    expect(m.tags).toContain(`https://www.facebook.com/hashtag/${encodeURIComponent('ตราดสวรรค์ตะวันออก')}`);
    expect(m.og['og:image']).toBe('https://example.go.th/photos/a.jpg');
    expect(m.og['og:title']).toMatch(/^พช\. ร่วมประชุมซักซ้อมเสมือนจริง/);
    expect(m.indent).toBeGreaterThan(90); // 2.5 cm on a wide screen
    await p.close();
  });
});
