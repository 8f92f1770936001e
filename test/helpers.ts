// Shared test helpers: paths and the example meeting, built once per test file.
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
