// `npm run bench`: warm render time of a 3-page Thai document (the seed meeting's minutes),
// saraban's PDF and DOCX writers against bare pdfmake on the same text (the same Sarabun TTF
// files, no Thai handling). Imports the compiled library from dist/ (npm run build runs first).
// Bare pdfmake is measured twice: in this process after saraban's runs, where it shares the
// process-wide font caches saraban installs into pdfkit/fontkit (decoded tables, shaped words),
// so the ratio is the cost of saraban's own layout work; and in a process of its own (`--bare`),
// as a user of pdfmake alone would run it. Prints min and median of BENCH_N warm runs (default 20).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadAndValidate, prepareTemplate, buildDocument } from '../dist/pipeline/documents.js';
import { writePdf } from '../dist/writers/pdf/index.js';
import { writeDocx } from '../dist/writers/docx/index.js';
import { SARABUN_SCALE, breakOffsets } from '../dist/thai/index.js';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const N = Number(process.env.BENCH_N ?? 20);
const BARE = process.argv.includes('--bare');
const WARMUP = 3;

const file = path.join(ROOT, 'data/trat-pmqa-2564.yaml');
const { data } = await loadAndValidate(file);
const doc = buildDocument(data, await prepareTemplate('minutes'), path.dirname(file));
// A one-page memo: where the DOCX package's fixed parts weigh most.
const memoFile = path.join(ROOT, 'templates/examples/memo.yaml');
const memo = buildDocument((await loadAndValidate(memoFile)).data, await prepareTemplate('memo'), path.dirname(memoFile));

/** Every paragraph-like text of the document, for the bare pdfmake run. */
function texts(d) {
  const inl = (c) => c.map((i) => (i.kind === 'text' ? i.text : ' ')).join('');
  const block = (b) => {
    switch (b.kind) {
      case 'heading': case 'paragraph': return [inl(b.content)];
      case 'list': return b.items.flatMap((it) => [inl(it.content), ...it.children.flatMap(block)]);
      case 'row': return [b.cells.map(inl).join(' ')];
      case 'table': return b.rows.map((r) => r.map((c) => inl(c.content)).join(' '));
      case 'signature': return [inl(b.name), ...b.position.map(inl)];
      default: return [];
    }
  };
  return d.blocks.flatMap(block);
}

/**
 * The text with a ZWSP at each Thai word break: pdfmake finds no break in Thai by itself, and
 * would set each paragraph as one word cut letter by letter (slow, and not the same layout work).
 */
function breakable(text) {
  const at = new Set(breakOffsets(text));
  let out = '';
  for (let i = 0; i < text.length; i++) out += (at.has(i) && text[i - 1] !== ' ' ? '\u200B' : '') + text[i];
  return out;
}

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake');
function barePdfmake() {
  // Registered after saraban's runs: setFonts replaces saraban's font table. The same TTF files
  // saraban uses (fonts/, built by npm run build): @fontsource's WOFF would make bare pdfmake
  // inflate the glyph table for every document, a cost of the font format, not of the layout.
  const faces = { normal: 'Regular', bold: 'Bold', italics: 'Italic', bolditalics: 'BoldItalic' };
  const map = {};
  for (const [k, f] of Object.entries(faces)) {
    pdfmake.virtualfs.writeFileSync(`bare-${f}.ttf`, readFileSync(path.join(ROOT, 'fonts', `Sarabun-${f}.ttf`)));
    map[k] = `bare-${f}.ttf`;
  }
  // Saraban's own family stays registered (its files are in pdfmake's virtual file system), so
  // the two can run interleaved.
  const sarabun = { normal: 'Sarabun-Regular.ttf', bold: 'Sarabun-Bold.ttf', italics: 'Sarabun-Italic.ttf', bolditalics: 'Sarabun-BoldItalic.ttf' };
  pdfmake.setFonts(BARE ? { Bare: map } : { Sarabun: sarabun, Bare: map });
  const size = doc.meta.fontSize * SARABUN_SCALE;
  const content = texts(doc).map((text) => ({ text: breakable(text), alignment: 'justify', leadingIndent: 70.87, margin: [0, 0, 0, 4] }));
  return () =>
    pdfmake.createPdf({ pageSize: 'A4', pageMargins: [85, 71, 57, 57], defaultStyle: { font: 'Bare', fontSize: size, lineHeight: 1.485 }, content }).getBuffer();
}

const pages = (buf) => (Buffer.from(buf).toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

async function measure(name, run) {
  const t0 = performance.now();
  let out = await run();
  const cold = performance.now() - t0;
  for (let i = 0; i < WARMUP; i++) out = await run();
  const times = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    out = await run();
    times.push(performance.now() - t);
  }
  const avg = times.reduce((a, b) => a + b, 0) / N;
  const median = times.sort((a, b) => a - b)[N >> 1];
  const n = name.includes('DOCX') ? undefined : pages(out);
  const row = {
    name,
    pages: n ?? '-',
    per3PagesMs: n ? ((median * 3) / n).toFixed(1) : '-',
    coldMs: cold.toFixed(0),
    warmMinMs: times[0].toFixed(1),
    warmMedianMs: median.toFixed(1),
    warmAvgMs: avg.toFixed(1),
    kB: (out.byteLength / 1024).toFixed(0),
  };
  console.log(JSON.stringify(row));
  return row;
}

/** Like measure, for several runners taking turns. */
async function interleaved(runners) {
  const times = runners.map(() => []);
  const outs = [];
  for (let i = 0; i < WARMUP + N; i++) {
    for (const [k, [, run]] of runners.entries()) {
      const t = performance.now();
      outs[k] = await run();
      if (i >= WARMUP) times[k].push(performance.now() - t);
    }
  }
  return runners.map(([name], k) => {
    const sorted = times[k].sort((a, b) => a - b);
    const n = pages(outs[k]);
    const median = sorted[N >> 1];
    const row = { name, pages: n, per3PagesMs: ((median * 3) / n).toFixed(1), coldMs: '-', warmMinMs: sorted[0].toFixed(1), warmMedianMs: median.toFixed(1), warmAvgMs: (sorted.reduce((a, b) => a + b, 0) / N).toFixed(1), kB: (outs[k].byteLength / 1024).toFixed(0) };
    console.log(JSON.stringify(row));
    return row;
  });
}

if (BARE) {
  await measure('bare pdfmake', barePdfmake());
  process.exit(0);
}

console.log(`minutes of data/trat-pmqa-2564.yaml, ${N} warm runs after ${WARMUP} warm-up runs (node ${process.version})`);
// saraban's PDF and bare pdfmake alternate run by run, so that other work on the machine weighs
// on both alike.
const saraban = () => writePdf(doc);
await saraban(); // fonts registered before bare pdfmake adds its own
const bareRun = barePdfmake();
const [pdf, bare] = await interleaved([
  ['saraban PDF (merged TTF, Thai breaks, ToUnicode fix)', saraban],
  ['bare pdfmake, same process (shared font caches)', bareRun],
]);
const rows = [pdf, await measure('saraban DOCX', () => writeDocx(doc)), await measure('saraban memo DOCX', () => writeDocx(memo)), bare];
const alone = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--bare'], { encoding: 'utf8', env: { ...process.env, BENCH_N: String(N) } });
const own = JSON.parse(alone.trim().split('\n').at(-1));
own.name = 'bare pdfmake, own process (no saraban patches)';
console.log(JSON.stringify(own));
rows.push(own);
console.table(rows);
// Per page: bare pdfmake sets the text on fewer pages (no keeps, no signatures, tighter lines).
const ratio = (k) => (Number(pdf[k]) / pdf.pages / (Number(bare[k]) / bare.pages)).toFixed(2);
const perDoc = (k) => (Number(pdf[k]) / Number(bare[k])).toFixed(2);
console.log(`saraban PDF / bare pdfmake (same process, interleaved): per document ${perDoc('warmMinMs')}x (min), ${perDoc('warmMedianMs')}x (median); per page ${ratio('warmMinMs')}x (min), ${ratio('warmMedianMs')}x (median)`);
