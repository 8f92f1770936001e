// `node bench/large-minutes.mjs [cli]`: the example minutes with 10,000 attendees, rendered in
// every format by the built command line (or the one given) under /usr/bin/time: wall time and
// peak RSS of the whole process. The data file is made in a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const CLI = process.argv[2] ?? path.join(ROOT, 'bin/saraban.js');
const N = Number(process.env.ATTENDEES ?? 10_000);
const NAMES = ['สมศักดิ์', 'กมลชนก', 'ณัฐวุฒิ', 'ประเสริฐ', 'วิไลวรรณ'];
const SURNAMES = ['ตัวอย่าง', 'แสงทอง', 'ใจดี', 'รักงาน', 'มั่นคง'];

const dir = mkdtempSync(path.join(tmpdir(), 'saraban-bench-minutes-'));
const example = readFileSync(path.join(ROOT, 'templates/examples/minutes.yaml'), 'utf8');
const present = Array.from({ length: N }, (_, k) =>
  `    - { title: นาย, name: ${NAMES[k % 5]}, surname: ${SURNAMES[(k >> 3) % 5]}${k}, position: นักวิเคราะห์นโยบายและแผนชำนาญการ กองยุทธศาสตร์ ${k}, role: กรรมการ }`,
).join('\n');
const data = example.replace(/ {2}present:[^\n]*\n(?: {4}[^\n]*\n)+/, `  present:\n${present}\n`);
writeFileSync(path.join(dir, 'minutes.yaml'), data);
const rss = path.join(dir, 'rss');
const started = performance.now();
const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', rss, process.execPath, CLI, 'render', 'minutes.yaml', '--out', 'out'], { cwd: dir, encoding: 'utf8' });
const seconds = (performance.now() - started) / 1000;
const peak = Number(readFileSync(rss, 'utf8').trim().split('\n').at(-1)) / 1024;
console.log(`${N} attendees: exit ${r.status}, ${seconds.toFixed(1)} s, peak RSS ${peak.toFixed(0)} MB`);
if (r.status !== 0) console.log(r.stderr.slice(0, 2000));
else console.log(r.stdout);
rmSync(dir, { recursive: true, force: true });
