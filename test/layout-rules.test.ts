// Rules of the source layout (issue 25, docs/architecture.md) kept by a test rather than by hand:
// a source file over about 500 lines says why in its header, and every file of the repository
// the README and docs/ name exists (a folder moved leaves no stale path behind).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const MAX_LINES = 500;

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

describe('the source layout', () => {
  it(`a source file over ${MAX_LINES} lines says why in its header`, () => {
    const long = [...sources('src'), ...sources('web')].filter((f) => readFileSync(path.join(ROOT, f), 'utf8').split('\n').length > MAX_LINES + 1);
    const unexplained = long.filter((f) => !/^\/\/ Over 500 lines on purpose: \S/m.test(readFileSync(path.join(ROOT, f), 'utf8').split('\n').slice(0, 15).join('\n')));
    expect(unexplained).toEqual([]);
  });

  it('every path of the repository the README and docs/ name exists', () => {
    const docs = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const missing = docs.flatMap((doc) => {
      const text = readFileSync(path.join(ROOT, doc), 'utf8');
      // Links are written relative to the page (docs/x.md → ../src/…): the same tree. A pattern
      // (templates/partials/news-*.hbs, templates/<name>.hbs) names no one file.
      const named = (text.match(/(?<![\w./-])(?:\.\.\/)*(?:src|web|test|templates|launchers|scripts|bench|schema)\/[\w./*<>{}-]*[\w*>}]/g) ?? []).filter((p) => !/[*<{]/.test(p)).map((p) => p.replace(/^(\.\.\/)+/, ''));
      return [...new Set(named)].filter((p) => !existsSync(path.join(ROOT, p))).map((p) => `${doc}: ${p}`);
    });
    expect(missing).toEqual([]);
  });
});
