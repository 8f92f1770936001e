// The code cache (src/runtime/code-cache.ts): bytecode is used when it matches the source, and never
// when it does not — V8 itself checks only the source's length, so an edit that keeps the length
// must still be compiled afresh. Each case runs the built module in a process of its own (the
// cache patches require).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, ROOT } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'saraban-code-cache-'));
beforeAll(buildIfStale, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cache = path.join(dir, 'cache');
const lib = path.join(dir, 'node_modules/lib');
mkdirSync(lib, { recursive: true });
const esm = path.join(dir, 'node_modules/esm-only');
mkdirSync(esm, { recursive: true });
writeFileSync(path.join(esm, 'package.json'), '{ "type": "module", "main": "index.js" }');
writeFileSync(path.join(esm, 'index.js'), 'export const kind = "esm";\n');

/** Loads lib (and the ES-only package, through require) with the cache; returns what it printed. */
function run(write: boolean): { value: string; stats: { hits: number; misses: number; rejected: number } } {
  const script = `
    import { installCodeCache } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/runtime/code-cache.js')).href)};
    import { createRequire } from 'node:module';
    const stats = installCodeCache(${JSON.stringify(cache)}, { write: ${write} });
    const require = createRequire(${JSON.stringify(path.join(dir, 'main.cjs'))});
    const value = require('lib').value() + '/' + require('esm-only').kind + '/' + require.resolve('lib').endsWith('index.js');
    console.log(JSON.stringify({ value, stats }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as ReturnType<typeof run>;
}

describe('code cache', () => {
  it('compiles from saved bytecode, and afresh when the source changed (even to the same length) or the bytecode is damaged', () => {
    writeFileSync(path.join(lib, 'index.js'), 'exports.value = () => "one";\n');
    expect(run(true)).toEqual({ value: 'one/esm/true', stats: { hits: 0, misses: 1, rejected: 0 } });
    expect(readdirSync(cache)).toHaveLength(1);
    expect(run(false)).toEqual({ value: 'one/esm/true', stats: { hits: 1, misses: 0, rejected: 0 } });

    writeFileSync(path.join(lib, 'index.js'), 'exports.value = () => "two";\n'); // same length
    expect(run(false)).toEqual({ value: 'two/esm/true', stats: { hits: 0, misses: 1, rejected: 0 } });

    expect(run(true).value).toBe('two/esm/true');
    for (const f of readdirSync(cache)) writeFileSync(path.join(cache, f), Buffer.alloc(64, 7));
    expect(run(false)).toEqual({ value: 'two/esm/true', stats: { hits: 0, misses: 1, rejected: 1 } });
  });
});
