// CommonJS libraries are loaded with require(), not import, on the paths every render takes.
// Node 20 scans an imported CommonJS module's source for its export names (cjs-module-lexer) and
// gives an ES module no code cache: importing saxes took 23 ms, requiring it (from the cache,
// code-cache.ts) 1 ms; zod's CommonJS build halves its 60–70 ms. Types still come from `import type`.
import Module, { createRequire } from 'node:module';

export const requireCjs = createRequire(import.meta.url);

/** require's cache (Module._cache: what require() gives for a resolved file). */
const requireCache = (): Record<string, NodeJS.Module> => (Module as unknown as { _cache: Record<string, NodeJS.Module> })._cache;

/**
 * Makes `exports` what require() gives for `file` from now on (a library's dependency replaced or
 * deferred: runtime/fast-inflate.ts, deferred.ts). False, and nothing done, when the file is
 * already loaded: what holds it keeps it.
 */
export function putInRequireCache(file: string, exports: unknown): boolean {
  const cache = requireCache();
  if (cache[file]) return false;
  const m = new Module(file) as NodeJS.Module & { filename: string; loaded: boolean };
  m.filename = file;
  m.loaded = true;
  m.exports = exports;
  cache[file] = m;
  return true;
}

/** Takes `file` out of require's cache, so that the next require() reads it. */
export function dropFromRequireCache(file: string): void {
  delete requireCache()[file];
}
