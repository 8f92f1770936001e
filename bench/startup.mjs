#!/usr/bin/env node
// Start-up benchmark: wall time of cold `saraban` processes (each a new Node process, as a clerk
// runs it), interleaved so a busy machine slows every command alike; prints min and median.
//
//   npm run bench:startup                 10 runs of each command
//   npm run bench:startup -- --runs 20
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
const BIN = path.join(ROOT, 'bin/saraban.js');
const SEED = path.join(ROOT, 'data/trat-pmqa-2564.yaml');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(args.runs);

if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) {
  console.error('bench: dist/ is not built: run npm run build first');
  process.exit(2);
}
const out = mkdtempSync(path.join(tmpdir(), 'saraban-startup-'));
const COMMANDS = [
  { name: 'node -e 0 (floor)', argv: ['-e', '0'] },
  { name: 'saraban --help', argv: [BIN, '--help'] },
  { name: 'saraban --version', argv: [BIN, '--version'] },
  { name: 'saraban validate <seed>', argv: [BIN, 'validate', SEED] },
  { name: 'saraban render <seed> -f docx', argv: [BIN, 'render', SEED, '-f', 'docx', '--out', out] },
  { name: 'saraban render <seed> (4 formats)', argv: [BIN, 'render', SEED, '--out', out] },
];

const times = COMMANDS.map(() => []);
for (let r = 0; r < runs; r++) {
  COMMANDS.forEach((c, k) => {
    const t = performance.now();
    const child = spawnSync(process.execPath, c.argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - t;
    if (child.status !== 0) {
      console.error(`bench: ${c.name} failed (exit ${child.status}):\n${child.stderr}`);
      process.exit(1);
    }
    times[k].push(ms);
  });
}
rmSync(out, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`saraban start-up — ${availableParallelism()} cores, Node ${process.version}, ${runs} interleaved runs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`${'command'.padEnd(36)} ${'min s'.padStart(7)} ${'median s'.padStart(9)}`);
COMMANDS.forEach((c, k) => console.log(`${c.name.padEnd(36)} ${(Math.min(...times[k]) / 1000).toFixed(3).padStart(7)} ${(median(times[k]) / 1000).toFixed(3).padStart(9)}`));
