// The batch as a clerk runs it: the built command line (dist/), its worker pool, its exit code and
// JSON summary, and a batch killed half-way then run again.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../src/batch/run.js';
import { buildIfStale, ROOT } from '../helpers.js';
import { pdfProblem, unzipNames } from './whole-files.js';

const CLI = path.join(ROOT, 'bin/saraban.js');
const CSV = path.join(ROOT, 'test/fixtures/batch/agencies-200.csv');
const SHARED = path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml');
const dir = mkdtempSync(path.join(tmpdir(), 'saraban-batch-cli-'));

beforeAll(() => {
  buildIfStale();
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const batchArgs = (out: string, ...more: string[]) => ['batch', CSV, '--template', 'memo', '--with', SHARED, '--out', out, '--jobs', '2', ...more];
const documents = (out: string) => readdirSync(out).filter((f) => !f.startsWith('.'));

describe('saraban batch (command line)', () => {
  it('exits 3 with a JSON summary naming the three broken rows, and writes the 197 others', () => {
    const out = path.join(dir, 'json');
    const run = spawnSync(process.execPath, [CLI, ...batchArgs(out, '--format', 'txt', '--json')], { encoding: 'utf8' });
    expect(run.status).toBe(3);
    const summary = JSON.parse(run.stdout) as BatchSummary;
    expect(summary).toMatchObject({ total: 200, rendered: 197, skipped: 0, failed: 3 });
    expect(summary.failures.map((f) => f.row)).toEqual([19, 78, 151]);
    expect(run.stderr).toMatch(/3 of 200 records failed/);
    expect(documents(out)).toHaveLength(197);
  }, 60_000);

  it('leaves no broken file when killed half-way, and a rerun finishes the rest', async () => {
    const out = path.join(dir, 'killed');
    const child = spawn(process.execPath, [CLI, ...batchArgs(out, '--format', 'pdf,docx')], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill it (no chance to clean up) once a few documents are written.
    for (let n = 0; n < 600; n++) {
      await new Promise((r) => setTimeout(r, 50));
      let count = 0;
      try {
        count = documents(out).length;
      } catch {
        // the output folder is not there yet
      }
      if (count >= 20) break;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const before = documents(out).length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(2 * 197); // it really was stopped half-way

    const rerun = spawnSync(process.execPath, [CLI, ...batchArgs(out, '--format', 'pdf,docx', '--json')], { encoding: 'utf8' });
    expect(rerun.status).toBe(3);
    const summary = JSON.parse(rerun.stdout) as BatchSummary;
    expect(summary.rendered + summary.skipped).toBe(197);
    expect(summary.skipped).toBeGreaterThan(0);
    expect(summary.failures.map((f) => f.row)).toEqual([19, 78, 151]);

    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(197);
    expect(files.filter((f) => f.endsWith('.docx'))).toHaveLength(197);
    for (const f of files) {
      if (f.endsWith('.pdf')) expect(pdfProblem(path.join(out, f)), f).toBeUndefined();
      if (f.endsWith('.docx')) expect(unzipNames(path.join(out, f)), f).toContain('word/document.xml');
    }
    // One more run has nothing left to do.
    const third = spawnSync(process.execPath, [CLI, ...batchArgs(out, '--format', 'pdf,docx', '--json')], { encoding: 'utf8' });
    expect(JSON.parse(third.stdout)).toMatchObject({ rendered: 0, skipped: 197, failed: 3 });
  }, 180_000);
});
