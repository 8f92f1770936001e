// Once per test run: the tests skipped for a missing system tool (test/helpers.ts, haveTools) are
// counted and listed at the end, so that a run that skipped some cannot pass for a full one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file haveTools appends a line to for each skip. */
    skippedLog: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'saraban-skips-'));
  const log = path.join(dir, 'skipped.txt');
  project.provide('skippedLog', log);
  return () => {
    let lines: string[] = [];
    try {
      lines = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
    } catch {
      // nothing skipped
    }
    rmSync(dir, { recursive: true, force: true });
    if (lines.length === 0) return;
    const bar = '━'.repeat(100);
    console.warn(`\n${bar}\n⚠ ${lines.length} test group${lines.length === 1 ? ' was' : 's were'} SKIPPED for missing system tools (scripts/system-deps.sh installs them):\n${lines.map((l) => `  ${l}`).join('\n')}\n${bar}\n`);
  };
}
