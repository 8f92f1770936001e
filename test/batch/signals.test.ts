// Ctrl-C and SIGTERM on a running batch, sent as real signals to the built command line: the
// first stops starting records, the second abandons those in flight; either way the batch exits
// 130 within moments with its summary, leaves only whole files, and a rerun finishes the rest.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../src/batch/run.js';
import { buildIfStale, ROOT } from '../helpers.js';
import { pdfProblem, unzipNames } from './whole-files.js';

const CLI = path.join(ROOT, 'bin/saraban.js');
const CSV = path.join(ROOT, 'test/fixtures/batch/agencies-200.csv');
const SHARED = path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml');
const dir = mkdtempSync(path.join(tmpdir(), 'saraban-batch-signals-'));

beforeAll(() => {
  buildIfStale();
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const args = (out: string, jobs: string, ...more: string[]) => ['batch', CSV, '-t', 'memo', '--with', SHARED, '--out', out, '--format', 'pdf,docx', '--jobs', jobs, ...more];
const documents = (out: string) => {
  try {
    return readdirSync(out).filter((f) => !f.startsWith('.'));
  } catch {
    return []; // the output folder is not there yet
  }
};

/** Starts a batch, waits for its first documents, sends the signals; the exit code, output and the time from the first signal to the exit. */
async function interrupt(out: string, jobs: string, signals: NodeJS.Signals[], lang = 'en') {
  const child = spawn(process.execPath, [CLI, ...args(out, jobs, '--lang', lang)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let n = 0; n < 600 && documents(out).length < 10; n++) await new Promise((r) => setTimeout(r, 50));
  const sent = performance.now();
  for (const [k, signal] of signals.entries()) {
    if (k) await new Promise((r) => setTimeout(r, 30));
    process.kill(child.pid!, signal);
  }
  // The harness's own backstop, counted from the signals (on a loaded machine reaching ten
  // documents alone can take tens of seconds): a batch that ignored them is killed, and fails.
  const late = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await exited;
  clearTimeout(late);
  return { code, stdout, stderr, ms: performance.now() - sent };
}

function expectWholeFiles(out: string) {
  const files = readdirSync(out);
  expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  for (const f of files) {
    if (f.endsWith('.pdf')) expect(pdfProblem(path.join(out, f)), f).toBeUndefined();
    if (f.endsWith('.docx')) expect(unzipNames(path.join(out, f)), f).toContain('word/document.xml');
  }
}

describe('saraban batch stopped by a signal', () => {
  for (const [jobs, signal] of [['0', 'SIGINT'], ['1', 'SIGTERM'], ['2', 'SIGINT']] as const) {
    it(`--jobs ${jobs}: the first ${signal} stops starting records, exits 130 with the summary, and a rerun finishes`, async () => {
      const out = path.join(dir, `once-${jobs}`);
      const run = await interrupt(out, jobs, [signal]);
      expect(run.code, run.stderr).toBe(130);
      expect(run.ms).toBeLessThan(3000);
      expect(run.stdout).toMatch(/200 documents \(memo, pdf \+ docx\) in .*: \d+ rendered, 0 skipped \(up to date\), 3 failed/);
      expect(run.stdout).toMatch(/stopped before \d+ records/);
      const done = Number(/stopped as asked: (\d+) of 200 records done/.exec(run.stderr)?.[1]);
      expect(done).toBeGreaterThanOrEqual(10);
      expect(done).toBeLessThan(150);
      expectWholeFiles(out);
      // Both formats of every record counted as done are in place; nothing else is.
      expect(documents(out)).toHaveLength(2 * (done - 3));

      const rerun = spawnSync(process.execPath, [CLI, ...args(out, jobs, '--json')], { encoding: 'utf8' });
      expect(rerun.status).toBe(3);
      expect(JSON.parse(rerun.stdout)).toMatchObject({ skipped: done - 3, rendered: 197 - (done - 3), failed: 3, interrupted: false });
    }, 120_000);
  }

  it('a 100,000-row table stops within moments, whether it is being read, checked or rendered', async () => {
    const csv = path.join(dir, 'long.csv');
    const lines = ['agency,topic,order'];
    for (let k = 0; k < 100_000; k++) lines.push(`สำนักงานทดสอบที่ ${k},เรื่องที่ ${k},${(k % 50) + 1}`);
    writeFileSync(csv, `${lines.join('\n')}\n`);
    // Past start-up (the handler is set once the command is loaded), then while reading or checking.
    for (const wait of [2000, 4500]) {
      const out = path.join(dir, `long-${wait}`);
      const child = spawn(process.execPath, [CLI, 'batch', csv, '-t', 'memo', '--with', SHARED, '--out', out, '--format', 'txt', '--jobs', '0', '--lang', 'en'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await new Promise((r) => setTimeout(r, wait));
      const sent = performance.now();
      process.kill(child.pid!, 'SIGINT');
      // A batch that does not stop is killed, not left running after the test.
      const late = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(late);
      const ms = performance.now() - sent;
      expect(code, stderr).toBe(130);
      expect(ms).toBeLessThan(3000); // a second or two, with room for a machine shared by several test runs
      console.log(`stopped ${Math.round(ms)} ms after SIGINT at ${wait} ms: ${stderr.trim().split('\n')[0]}`);
      expect(stderr).toMatch(/stopped as asked/);
      expect(documents(out).length).toBeLessThan(100_000);
    }
  }, 120_000);

  it('a second Ctrl-C abandons the records in flight at once: exit 130, Thai summary, no temporary or partial file', async () => {
    const out = path.join(dir, 'twice');
    const run = await interrupt(out, '2', ['SIGINT', 'SIGINT'], 'th');
    expect(run.code, run.stderr).toBe(130);
    expect(run.ms).toBeLessThan(2000);
    expect(run.stderr).toMatch(/หยุดตามคำสั่ง: เสร็จ \d+ จาก 200 ฉบับ/);
    expect(run.stdout).toMatch(/หยุดตามคำสั่งก่อนทำอีก \d+ ฉบับ/);
    expectWholeFiles(out);
    const summary = JSON.parse(spawnSync(process.execPath, [CLI, ...args(out, '2', '--json')], { encoding: 'utf8' }).stdout) as BatchSummary;
    expect(summary.rendered + summary.skipped).toBe(197);
  }, 120_000);
});
