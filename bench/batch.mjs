#!/usr/bin/env node
// Batch rendering benchmark: documents per second and peak memory of `saraban batch`, through the
// built library (dist/, so run `npm run build` first) and its worker pool.
//
//   npm run bench:batch                 1,000 one-page memos and 200 three-page minutes, PDF + DOCX
//   npm run bench:batch -- --big        also 10,000 memos, with memory sampled along the way
//   npm run bench:batch -- --only big   only the 10,000 memos
//   npm run bench:batch -- --only memos --count 300 --formats pdf
//   npm run bench:batch -- --worker-heap 0   without the workers' heap cap (faster, more memory)
//
// Each scenario runs in a child process of its own, so its peak RSS (getrusage maxrss: the
// process with all its worker threads) is its own and not the previous scenario's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const DIST = path.join(ROOT, 'dist/batch/run.js');

const { values: args } = parseArgs({
  options: {
    scenario: { type: 'string' }, // internal: run one scenario in this process
    only: { type: 'string' },
    count: { type: 'string' },
    formats: { type: 'string', default: 'pdf,docx' },
    jobs: { type: 'string' },
    'worker-heap': { type: 'string' },
    big: { type: 'boolean', default: false },
  },
});

// One row per document. Memos vary by agency and slot, so no two are the same document.
const OFFICES = ['สำนักงานพัฒนาชุมชนจังหวัด', 'สำนักงานเกษตรจังหวัด', 'สำนักงานพาณิชย์จังหวัด', 'สำนักงานที่ดินจังหวัด', 'สำนักงานสาธารณสุขจังหวัด', 'สำนักงานจัดหางานจังหวัด', 'สำนักงานขนส่งจังหวัด', 'สำนักงานสถิติจังหวัด'];
const PROVINCES = ['ตราด', 'จันทบุรี', 'ระยอง', 'ชลบุรี', 'ฉะเชิงเทรา', 'ปราจีนบุรี', 'สระแก้ว', 'นครนายก', 'สมุทรปราการ', 'ชัยนาท'];
const TOPICS = ['การส่งเสริมการท่องเที่ยวชุมชน (นวัตวิถี)', 'การส่งเสริมการเกษตรแปลงใหญ่ (ทุเรียน)', 'การส่งเสริมการค้าชายแดน', 'การรังวัดด้วยดาวเทียมจลน์', 'การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง (Long Term Care)', 'การทวงคืนผืนป่า'];

const SCENARIOS = {
  memos: {
    describe: 'one-page memos (บันทึกข้อความ)',
    count: 1000,
    template: 'memo',
    shared: path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml'),
    row: (k) => [OFFICES[k % OFFICES.length] + PROVINCES[Math.floor(k / OFFICES.length) % PROVINCES.length], TOPICS[k % TOPICS.length], String((k % 10) + 5)],
    header: ['agency', 'topic', 'order'],
  },
  minutes: {
    describe: 'three-page minutes (รายงานการประชุม)',
    count: 200,
    template: 'minutes',
    shared: path.join(ROOT, 'data/committee-sample.yaml'),
    row: (k) => [String(k + 1)],
    header: ['copy'],
  },
};

if (args.scenario) await runScenario(args.scenario);
else await main();

async function main() {
  if (!existsSync(DIST)) {
    console.error('bench: dist/ is not built: run npm run build first');
    process.exit(2);
  }
  const runs = [];
  const names = args.only ? args.only.split(',') : ['memos', 'minutes'];
  for (const name of names.filter((n) => n !== 'big')) runs.push({ name, count: Number(args.count ?? SCENARIOS[name].count) });
  if (args.big || names.includes('big')) runs.push({ name: 'memos', count: 10000, samples: true });
  console.log(`saraban batch benchmark — ${availableParallelism()} cores, Node ${process.version}, formats ${args.formats}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const results = [];
  for (const run of runs) {
    const child = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--scenario', run.name, '--count', String(run.count), '--formats', args.formats, ...(args.jobs ? ['--jobs', args.jobs] : []), ...(args['worker-heap'] ? ['--worker-heap', args['worker-heap']] : [])],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 },
    );
    if (child.status !== 0) {
      console.error(`bench: the ${run.name} run failed (exit ${child.status})`);
      process.exit(1);
    }
    const r = JSON.parse(child.stdout);
    results.push(r);
    console.log(
      `${String(r.count).padStart(6)} ${SCENARIOS[r.name].describe.padEnd(36)} ${r.seconds.toFixed(1).padStart(6)} s ` +
        `${r.documentsPerSecond.toFixed(1).padStart(6)} documents/s  peak RSS ${r.peakRssMb} MB` +
        (r.failed ? `  (${r.failed} FAILED)` : ''),
    );
    if (run.samples) console.log(`       RSS every ${r.sampleEvery} documents (MB): ${r.rssSamplesMb.join(' ')}`);
  }
  if (results.some((r) => r.failed)) process.exit(1);
}

async function runScenario(name) {
  const { runBatch } = await import(DIST);
  const scenario = SCENARIOS[name];
  const count = Number(args.count ?? scenario.count);
  const dir = mkdtempSync(path.join(tmpdir(), `saraban-bench-${name}-`));
  try {
    const csv = path.join(dir, 'list.csv');
    const lines = [scenario.header.join(',')];
    for (let k = 0; k < count; k++) lines.push(scenario.row(k).join(','));
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const sampleEvery = Math.max(1, Math.round(count / 20));
    const samples = [];
    const summary = await runBatch({
      source: csv,
      template: scenario.template,
      shared: scenario.shared,
      formats: args.formats.split(','),
      outDir: path.join(dir, 'out'),
      ...(args.jobs ? { jobs: Number(args.jobs) } : {}),
      ...(args['worker-heap'] ? { workerHeapMb: Number(args['worker-heap']) } : {}),
      onProgress: (p) => {
        if (p.done % sampleEvery === 0) samples.push(Math.round(process.memoryUsage().rss / 2 ** 20));
      },
    });
    process.stdout.write(
      JSON.stringify({
        name,
        count,
        seconds: summary.seconds,
        documentsPerSecond: summary.documentsPerSecond,
        failed: summary.failed,
        // getrusage: the peak resident set of this process, worker threads included (kB on Linux).
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        sampleEvery,
        rssSamplesMb: samples,
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
