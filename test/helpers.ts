// Shared test helpers: paths and the example meeting, built once per test file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAndValidate, prepareTemplate, buildDocument } from '../src/build.js';
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
