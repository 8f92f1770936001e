// Shared test helpers: paths and the example meeting, built once per test file.
import { spawnSync } from 'node:child_process';
import { accessSync, appendFileSync, constants, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, inject } from 'vitest';
import { loadAndValidate, prepareTemplate, buildDocument } from '../src/pipeline/documents.js';
import type { Document } from '../src/model/document.js';

export const ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
export const EXAMPLE = path.join(ROOT, 'data/trat-pmqa-2564.yaml');
export const SEED = path.join(ROOT, 'test/fixtures/seed-news-release.txt');

/** The seed without its website counter line ("(Visited 1 times, 1 visits today)"). */
export function seedRelease(text: string): string {
  return text.replace(/\n*\(Visited \d+ times?, \d+ visits? today\)\s*$/, '\n');
}

export async function exampleDocument(template = 'news', file = EXAMPLE): Promise<Document> {
  const { loaded, data } = await loadAndValidate(file);
  return buildDocument(data, await prepareTemplate(template), path.dirname(loaded.file));
}

/**
 * Tests of the built command (bin/saraban.js runs dist/) compile the sources first when one is
 * newer than the build — not always: another test file may be running the built command then.
 */
export function buildIfStale(): void {
  const built = path.join(ROOT, 'dist/index.js');
  const newest = Math.max(...readdirSync(path.join(ROOT, 'src'), { recursive: true }).map((f) => statSync(path.join(ROOT, 'src', String(f))).mtimeMs));
  if (!existsSync(built) || statSync(built).mtimeMs < newest) {
    // Type errors are the typecheck step's to report; tsc emits anyway.
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  }
}

// ── System tools (scripts/system-deps.txt) ──────────────────────────────────────────────────────

export interface Tool {
  name: string;
  /** A command looked up on PATH, or font:NAME for a font fontconfig lists. */
  check: string;
  package: string;
  use: string;
}

export const TOOLS: ReadonlyMap<string, Tool> = new Map(
  readFileSync(path.join(ROOT, 'scripts/system-deps.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [name, check, pkg, ...use] = line.trim().split(/\s+/) as [string, string, string, ...string[]];
      return [name, { name, check, package: pkg, use: use.join(' ') }];
    }),
);

type Env = Record<string, string | undefined>;

/** Where `command` is on the env's PATH, as the shell would find it. */
export function onPath(command: string, env: Env = process.env): string | undefined {
  if (command.includes('/')) return executable(command) ? command : undefined;
  for (const dir of (env.PATH ?? '').split(':')) {
    const file = path.join(dir || '.', command);
    if (executable(file)) return file;
  }
  return undefined;
}

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** The tool's program (or, for a font, the fc-list that lists it); undefined when it is missing. */
export function findTool(name: string, env: Env = process.env): string | undefined {
  const tool = TOOLS.get(name);
  if (!tool) throw new Error(`${name} is not in scripts/system-deps.txt`);
  if (name === 'chromium' && env.CHROMIUM_PATH) return onPath(env.CHROMIUM_PATH, env);
  if (!tool.check.startsWith('font:')) return onPath(tool.check, env);
  const fcList = onPath('fc-list', env);
  if (!fcList) return undefined;
  const r = spawnSync(fcList, [tool.check.slice('font:'.length), 'family'], { encoding: 'utf8', env: { ...env } as NodeJS.ProcessEnv });
  return r.status === 0 && r.stdout.trim() ? fcList : undefined;
}

/** What a test needing `names` does on this machine: run; skip, saying why (a clerk's computer
 *  without LibreOffice still runs the rest); or, in CI, fail — CI must run every test. */
export function toolsVerdict(names: readonly string[], env: Env = process.env): { action: 'run' } | { action: 'skip' | 'fail'; reason: string } {
  const missing = names.filter((name) => !findTool(name, env)).map((name) => TOOLS.get(name)!);
  if (missing.length === 0) return { action: 'run' };
  const packages = [...new Set(missing.map((t) => t.package))];
  const what = missing.map((t) => `${t.name} (${t.use})`).join(', ');
  const ci = env.CI !== undefined && !['', '0', 'false'].includes(env.CI);
  return ci
    ? { action: 'fail', reason: `missing ${what}; CI runs every test: install ${packages.join(' ')} (scripts/system-deps.sh)` }
    : { action: 'skip', reason: `missing ${what}; npm test as root installs them, or apt-get install ${packages.join(' ')}` };
}

/**
 * True when the tools are here. Otherwise, in CI, an error (the test file fails); elsewhere false,
 * with the reason printed and counted for the run's summary (test/global-setup.ts):
 * `describe.skipIf(!haveTools('pdftotext'))(…)`.
 */
export function haveTools(...names: string[]): boolean {
  const verdict = toolsVerdict(names);
  if (verdict.action === 'run') return true;
  if (verdict.action === 'fail') throw new Error(verdict.reason);
  const test = path.relative(ROOT, expect.getState().testPath ?? '') || 'a test file';
  const line = `SKIPPED ${test}: ${verdict.reason}`;
  console.warn(`\n⚠ ${line}\n`);
  const log = inject('skippedLog');
  if (log) appendFileSync(log, `${line}\n`);
  return false;
}

/**
 * How much longer `run` takes on an input four times as long: about 4 when linear, 16 when
 * quadratic. Each size is timed as the best of three tries, each try repeating `run` often enough
 * to last 20 ms on the smaller input; the whole measure is taken up to `attempts` times while the
 * ratio stays above `bound`, so a busy machine, a collection or a cache boundary does not decide.
 * A try over a second is not repeated, and no new attempt starts after 10 s: quadratic code
 * fails the test instead of holding it for minutes.
 */
export function growthOver4x(make: (n: number) => string, run: (input: string) => unknown, n: number, bound = 10, attempts = 3): { ratio: number; small: number; large: number } {
  const time = (input: string, reps: number) => {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) run(input);
    return (performance.now() - t0) / reps;
  };
  const best = (input: string, reps: number) => {
    let min = Infinity;
    for (let k = 0; k < 3 && (k === 0 || min * reps < 1000); k++) min = Math.min(min, time(input, reps));
    return min;
  };
  const small = make(n);
  const large = make(4 * n);
  const start = performance.now();
  let out = { ratio: Infinity, small: 0, large: 0 };
  for (let k = 0; k < attempts && out.ratio >= bound && performance.now() - start < 10_000; k++) {
    const reps = Math.min(50, Math.ceil(20 / Math.max(time(small, 1), 0.1))); // also the warm-up
    const t1 = best(small, reps);
    const t4 = best(large, reps);
    if (t4 / t1 < out.ratio) out = { ratio: t4 / t1, small: t1, large: t4 };
  }
  return out;
}
