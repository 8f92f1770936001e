// V8's code cache for the CommonJS code the CLI loads (pdfmake, pdfkit, fontkit, handlebars, yaml,
// yargs …, and the compiled built-in templates). A clerk's `saraban render` is a new process each time, and compiling those libraries
// from source — and compiling again, lazily, each function the first document calls — was about a
// tenth of a cold render. Node 20 has no module.enableCompileCache, so this does what Node 22's
// does, for CommonJS: compile through vm.Script with the bytecode `npm run build` saved.
//
// The cache is written only by the build (`SARABAN_CODE_CACHE=write`, after rendering the example,
// so the functions a render uses are in it) and only read at run time: nothing is written where a
// user runs saraban. An entry is found by the SHA-1 of the module's source (V8 itself checks only
// the source's length), and V8 refuses bytecode from another Node version or other flags, which
// then compiles from source as before. `SARABAN_CODE_CACHE=off` turns it off.
// Kept (weighed in docs/architecture.md): 130 ms of a cold render's 800 ms CPU, in every command a
// clerk runs and every batch worker's start; a cold render under 0.6 s is met only with it. When
// saraban needs Node 22, module.enableCompileCache() replaces this file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { CODE_ROOT } from '../io/paths.js';
import { patchOff } from './patches.js';

/** Where the build keeps the cache: dist/.code-cache, next to this module's compiled file. */
export const CODE_CACHE_DIR = path.join(CODE_ROOT, '.code-cache', path.sep);

/** The code cache as SARABAN_CODE_CACHE says: read (unset), `write` (the build) or `off` (also SARABAN_OFF=code-cache: patches.ts). */
export function startCodeCache(): void {
  if (!patchOff('code-cache')) installCodeCache(CODE_CACHE_DIR, { write: process.env.SARABAN_CODE_CACHE === 'write' });
}

/** Module's internals this relies on: _compile (what require runs on a file's source), wrap, _resolveFilename. */
interface ModuleInternals {
  prototype: { _compile(this: NodeModule, content: string, filename: string, ...rest: unknown[]): unknown; require(id: string): unknown };
  wrap(source: string): string;
  _resolveFilename(request: string, parent: NodeModule, isMain: boolean, options?: { paths?: string[] }): string;
  _resolveLookupPaths(request: string, parent: NodeModule): string[] | null;
  _cache: Record<string, NodeModule>;
  _extensions: Record<string, unknown>;
}

export interface CodeCacheStats {
  /** Modules compiled from cached bytecode. */
  hits: number;
  /** Modules compiled from source (no entry, or V8 refused it). */
  misses: number;
  /** Entries V8 refused (another Node version or flags). */
  rejected: number;
}

let installed: CodeCacheStats | undefined;
const DEFAULT_LOADER = (vm.constants as Partial<typeof vm.constants> | undefined)?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

/**
 * Compiles every CommonJS module through the code cache in `dir`. With `write`,
 * saves each one's bytecode (including the functions run so far) when the process exits.
 * Returns the counters; a second call returns the first one's.
 */
export function installCodeCache(dir: string, options: { write?: boolean } = {}): CodeCacheStats {
  if (installed) return installed;
  const stats: CodeCacheStats = { hits: 0, misses: 0, rejected: 0 };
  installed = stats;
  const M = Module as unknown as ModuleInternals;
  const compile = M.prototype._compile;
  const made: { script: vm.Script; file: string }[] = [];
  M.prototype._compile = function (this: NodeModule, content: string, filename: string, ...rest: unknown[]): unknown {
    // Only CommonJS comes here (the libraries, and the build's templates.precompiled.cjs): the
    // project's own ES modules never do. An ES module being required is left to Node (20.19
    // passes its format; a syntax error below means the same for a file it did not tell).
    const own = () => compile.call(this, content, filename, ...rest);
    if (rest[0] === 'module') return own();
    const file = path.join(dir, `${createHash('sha1').update(content).digest('hex')}.bin`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    let script: vm.Script;
    try {
      script = new vm.Script(M.wrap(content), {
        filename,
        ...(cachedData ? { cachedData } : {}),
        // import() inside a library resolves as it would without the cache (Node ≥ 20.12 has this).
        ...(DEFAULT_LOADER ? { importModuleDynamically: DEFAULT_LOADER } : {}),
      });
    } catch (e) {
      if (e instanceof SyntaxError) return own();
      throw e;
    }
    if (cachedData && !script.cachedDataRejected) stats.hits++;
    else {
      stats.misses++;
      if (cachedData) stats.rejected++;
    }
    if (options.write) made.push({ script, file });
    return run(this, script, filename, M);
  };
  if (options.write) {
    // Written through the output gate like every file saraban makes. It is loaded now, as the
    // build's run starts, not statically: a user's run never writes, and reads this module first.
    let write: ((file: string, data: Uint8Array) => void) | undefined;
    void import('../io/output.js').then((m) => (write = m.writeFileAtomic));
    process.once('exit', () => {
      if (!write) throw new Error('the code cache was not written: the output gate was not loaded before exit');
      for (const { script, file } of made) write(file, script.createCachedData());
    });
  }
  return stats;
}

/** What Node's own _compile does with the compiled wrapper: call it with this module's require. */
function run(module: NodeModule, script: vm.Script, filename: string, M: ModuleInternals): unknown {
  const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
  const require = ((id: string) => M.prototype.require.call(module, id)) as NodeJS.Require;
  require.resolve = ((request: string, options?: { paths?: string[] }) => M._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  require.resolve.paths = (request: string) => M._resolveLookupPaths(request, module);
  require.main = process.mainModule;
  require.cache = M._cache as NodeJS.Require['cache'];
  require.extensions = M._extensions as NodeJS.Require['extensions'];
  return fn.call(module.exports, module.exports, require, module, filename, path.dirname(filename));
}
