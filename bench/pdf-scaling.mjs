// `npm run bench:scaling`: PDF layout time against document length — minutes with agenda items
// and topics (headings kept with the next block) from about 4 to 280 pages (bench/minutes-data.mjs).
// Each size runs in a process of its own after ten warm-up renders of a small one: the time of writePdf (best
// of RUNS, and of as many more as fit in MIN_MS: a 4-page render takes about 15 ms, and the best of
// three such was mostly the machine's noise), ms per page, and the process's peak RSS. Layout is
// linear when ms per page stays flat.
// Imports the compiled library from dist/ (npm run build runs first).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const SIZES = (process.env.SIZES ?? '30,100,300,1000,2000,3000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 3);
/** Runs go on past RUNS until this much time is spent on one size. */
const MIN_MS = Number(process.env.MIN_MS ?? 500);
/** Rounds over all sizes, interleaved; each size keeps its best (a shared machine is noisy). */
const ROUNDS = Number(process.env.ROUNDS ?? 2);

if (process.argv[2] === '--one') {
  const [dir, n] = [process.argv[3], Number(process.argv[4])];
  const { loadAndValidate, prepareTemplate, buildDocument } = await import('../dist/pipeline/documents.js');
  const { writePdf } = await import('../dist/writers/pdf/index.js');
  const { writeMinutes } = await import('./minutes-data.mjs');
  const build = async (file) => buildDocument((await loadAndValidate(file)).data, await prepareTemplate('minutes'), path.dirname(file));
  const warm = await build(writeMinutes(dir, 20));
  for (let k = 0; k < 10; k++) await writePdf(warm); // warm-up: fonts, and the JIT's optimised code
  const doc = await build(writeMinutes(dir, n));
  let best = Infinity;
  let pdf;
  const started = performance.now();
  for (let r = 0; r < RUNS || performance.now() - started < MIN_MS; r++) {
    const t = performance.now();
    pdf = await writePdf(doc);
    best = Math.min(best, performance.now() - t);
  }
  const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
  console.log(JSON.stringify({ paragraphs: n, pages, ms: +best.toFixed(1), rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
  process.exit(0);
}

const dir = mkdtempSync(path.join(tmpdir(), 'saraban-scaling-'));
const self = fileURLToPath(import.meta.url);
console.log(`minutes with headings: writePdf best of ${RUNS} runs (or more, to ${MIN_MS} ms) x ${ROUNDS} rounds after a warm-up, one process per size and round (node ${process.version})`);
const best = new Map();
for (let round = 0; round < ROUNDS; round++) {
  for (const n of SIZES) {
    const row = JSON.parse(execFileSync(process.execPath, [self, '--one', dir, String(n)], { encoding: 'utf8' }).trim().split('\n').at(-1));
    console.log(JSON.stringify(row));
    const was = best.get(n);
    best.set(n, { ...row, ms: Math.min(row.ms, was?.ms ?? Infinity), rssMB: Math.max(row.rssMB, was?.rssMB ?? 0) });
  }
}
const rows = SIZES.map((n) => best.get(n));
for (const row of rows) {
  row.msPerPage = +(row.ms / row.pages).toFixed(2);
  row.vsSmallest = +(row.msPerPage / rows[0].msPerPage).toFixed(2);
}
console.table(rows);
rmSync(dir, { recursive: true, force: true });
