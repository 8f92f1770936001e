/* global window, document, performance, fetch, MutationObserver -- page.evaluate callbacks run in the browser */
// Preview latency of `saraban serve` for the seed minutes (data/trat-pmqa-2564.yaml): from the
// last keystroke in a field to the preview iframe showing the new render (debounce + check +
// render to HTML + transfer + the iframe's load), in headless Chromium. Also times the server's
// /api/preview alone. Run after `npm run build`: node bench/serve.mjs [--shots DIR] [--runs N]
import { copyFileSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../dist/serve/server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const k = process.argv.indexOf(name);
  return k > 0 ? process.argv[k + 1] : fallback;
};
const runs = Number(arg('--runs', 20));
const shots = arg('--shots');

const dir = mkdtempSync(path.join(tmpdir(), 'saraban-bench-serve-'));
copyFileSync(path.join(root, 'data/trat-pmqa-2564.yaml'), path.join(dir, 'trat-pmqa-2564.yaml'));
const server = await startServer({ dir, file: 'trat-pmqa-2564.yaml', port: 0, lang: 'th' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.link); // the printed address: its key becomes the page's cookie
  await page.waitForFunction(() => Number(document.body.dataset.previews ?? 0) > 0);
  await page.evaluate(() => document.fonts.ready);
  // Time from the last input event to the preview counter moving (set on the iframe's load).
  await page.evaluate(() => {
    window.latencies = [];
    document.addEventListener('input', () => (window.lastInput = performance.now()), true);
    new MutationObserver(() => window.latencies.push(performance.now() - window.lastInput)).observe(document.body, { attributes: true, attributeFilter: ['data-previews'] });
  });
  const venue = page.locator('[id="f:meeting/venue"]');
  const end = [];
  for (let k = 0; k < runs + 2; k++) {
    await venue.focus();
    await page.keyboard.press('End');
    const before = await page.evaluate(() => window.latencies.length);
    await page.keyboard.type(k % 2 ? ' ก' : 'ข', { delay: 40 });
    await page.waitForFunction((n) => window.latencies.length > n, before);
    await page.waitForTimeout(400); // let any earlier, aborted render settle
    if (k >= 2) end.push(await page.evaluate(() => window.latencies.at(-1)));
  }
  const server_ms = await page.evaluate(async (n) => {
    const token = document.querySelector('meta[name="saraban-token"]').content;
    const out = [];
    for (let k = 0; k < n; k++) {
      const t = performance.now();
      const res = await fetch('/api/preview', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Saraban-Token': token }, body: JSON.stringify({ data: window.saraban.data, template: 'minutes' }) });
      const body = await res.json();
      out.push({ total: performance.now() - t, render: body.ms, bytes: body.html.length });
    }
    return out;
  }, runs);
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${s[Math.floor(s.length / 2)].toFixed(0)} ms, p90 ${s[Math.floor(s.length * 0.9)].toFixed(0)} ms, min ${s[0].toFixed(0)} ms, max ${s.at(-1).toFixed(0)} ms`;
  };
  console.log(`seed minutes (${(server_ms[0].bytes / 1000).toFixed(0)} kB of HTML), ${runs} runs`);
  console.log(`last keystroke → preview updated: ${stats(end)} (debounce included)`);
  console.log(`POST /api/preview round trip:     ${stats(server_ms.map((x) => x.total))}`);
  console.log(`  of which check + render:        ${stats(server_ms.map((x) => x.render))}`);
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'serve-seed-1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(shots, 'serve-seed-390.png') });
    await page.evaluate(() => document.querySelector('.preview-pane').scrollIntoView());
    await page.screenshot({ path: path.join(shots, 'serve-seed-390-preview.png') });
    console.log(`screenshots in ${shots}`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
