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
