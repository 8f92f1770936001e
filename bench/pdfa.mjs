// `npm run bench:pdfa`: what the archive costs. Warm times of the plain PDF against the PDF/A
// (tagged, XMP, output intent, the data attached), of one signature added (PAdES, an incremental
// update) and of `verify` (the signatures, and the data rendered again), for the example minutes
// (4 pages) and generated minutes of 40 and 300 paragraphs; per document and per page, with the
// bytes each adds. A self-signed certificate is made with openssl for the run. Imports the
// compiled library from dist/ (npm run build runs first). BENCH_N warm runs (default 10).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadAndValidate, prepareTemplate, buildDocument } from '../dist/pipeline/documents.js';
import { writePdf } from '../dist/writers/pdf/index.js';
import { archiveOf } from '../dist/archive/options.js';
import { openP12 } from '../dist/archive/cms.js';
import { signPdf } from '../dist/archive/sign.js';
import { verifySignatures } from '../dist/archive/verify.js';
import { checkEmbeddedData } from '../dist/archive/data-check.js';
import { PdfFile } from '../dist/archive/pdf-file.js';
import { writeMinutes } from './minutes-data.mjs';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const N = Number(process.env.BENCH_N ?? 10);
const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-bench-pdfa-'));

execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-days', '2', '-nodes', '-keyout', path.join(tmp, 'k'), '-out', path.join(tmp, 'c'), '-subj', '/CN=bench'], { stdio: 'ignore' });
execFileSync('openssl', ['pkcs12', '-export', '-inkey', path.join(tmp, 'k'), '-in', path.join(tmp, 'c'), '-out', path.join(tmp, 'p12'), '-passout', 'pass:bench'], { stdio: 'ignore' });
const who = openP12(readFileSync(path.join(tmp, 'p12')), 'bench');

/** Median and min of `n` warm runs (after two warm-up runs) of `fn`, in ms. */
async function time(fn) {
  for (let k = 0; k < 2; k++) await fn();
  const ms = [];
  for (let k = 0; k < N; k++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], min: ms[0] };
}

/** `a` and `b` run alternately: the times of each, and the median of b − a over the pairs. */
async function paired(a, b) {
  for (let k = 0; k < 2; k++) {
    await a();
    await b();
  }
  const ta = [];
  const tb = [];
  for (let k = 0; k < N; k++) {
    let t = performance.now();
    await a();
    ta.push(performance.now() - t);
    t = performance.now();
    await b();
    tb.push(performance.now() - t);
  }
  const stats = (ms) => [...ms].sort((x, y) => x - y);
  const diffs = stats(tb.map((t, k) => t - ta[k]));
  const sa = stats(ta);
  const sb = stats(tb);
  return { a: { median: sa[N >> 1], min: sa[0] }, b: { median: sb[N >> 1], min: sb[0] }, extra: diffs[N >> 1] };
}

const files = [path.join(ROOT, 'data/trat-pmqa-2564.yaml'), writeMinutes(tmp, 40), writeMinutes(tmp, 300)];
const f = (n) => n.toFixed(1).padStart(7);
console.log(`warm medians of ${N} runs (min in brackets); per page after the slash\n`);
console.log('document            pages  plain PDF            PDF/A (+ median of pairs, per page)             sign                verify (per page)           bytes plain → PDF/A → signed');
for (const file of files) {
  const { loaded, data } = await loadAndValidate(file);
  const template = await prepareTemplate('minutes');
  const doc = buildDocument(data, template, path.dirname(file));
  const archived = { ...doc, meta: { ...doc.meta, archive: archiveOf(loaded, data, 'minutes') } };
  const plainBytes = await writePdf(doc);
  const pdfaBytes = Buffer.from(await writePdf(archived));
  const signedBytes = await signPdf(pdfaBytes, who);
  const pages = Number(/\/Count (\d+)/.exec(new PdfFile(pdfaBytes).text)?.[1] ?? 1);
  // Plain and PDF/A alternate, so that a busy machine slows both alike; the cost is the median
  // of the pairs' differences.
  const pairs = await paired(() => writePdf(doc), () => writePdf(archived));
  const plain = pairs.a;
  const pdfa = pairs.b;
  const sign = await time(() => signPdf(pdfaBytes, who));
  const verify = await time(async () => {
    verifySignatures(signedBytes);
    await checkEmbeddedData(signedBytes, file);
  });
  const name = path.basename(file).padEnd(20);
  const both = (t) => `${f(t.median)} [${t.min.toFixed(1)}] ms`;
  const extra = pairs.extra;
  console.log(
    `${name}${String(pages).padStart(5)} ${both(plain)} ${both(pdfa)} (+${extra.toFixed(1)}, ${(extra / pages).toFixed(2)}/p) ${both(sign)} ${both(verify)} (${(verify.min / pages).toFixed(1)}/p)   ${plainBytes.length} → ${pdfaBytes.length} → ${signedBytes.length}`,
  );
}
rmSync(tmp, { recursive: true, force: true });
