// Modules the libraries load when they load, for features saraban never asks of them: pdfkit's
// encryption (@noble's AES and SHA-2), fontkit's WOFF2 decoder (brotli, which decodes its
// 120 KB dictionary as it loads: saraban's fonts are TrueType), pdfmake's SVG parser (xmldoc:
// saraban's images are PNG and JPEG), and zod's error messages in some
// fifty languages (saraban has its own, in Thai and English). Together about 30 ms of every cold
// render. Each is put in require's cache as a stand-in that loads the real module the first time
// anything of it is used, so a document that did use one would still get it.
// Kept (docs/architecture.md): about 100 ms of a cold render's CPU; SARABAN_OFF=deferred turns it off.
import { createRequire } from 'node:module';
import { dropFromRequireCache, putInRequireCache } from './cjs.js';
import { patchOff } from './patches.js';

/** A module to defer: the request a library makes, resolved as that library resolves it. */
export interface Deferred {
  /** require() as the library that loads the module has it (resolution only). */
  from: NodeJS.Require;
  request: string;
  /** What the module exports: brotli's decompress is a function, the others plain objects. */
  kind: 'function' | 'object';
  /** Its __esModule flag (TypeScript's CommonJS output sets it), which importers read as they load. */
  esModule: boolean;
}

/** Puts a stand-in for each module in require's cache (a module already loaded is left alone).
 *  The lists are where the libraries are loaded: writers/pdf/preload.ts, data/zod.ts. */
export function defer(modules: readonly Deferred[]): void {
  if (patchOff('deferred')) return;
  for (const d of modules) {
    let file: string;
    try {
      file = d.from.resolve(d.request);
    } catch {
      continue; // laid out differently: the library loads it as usual
    }
    standIn(file, d.kind, d.esModule);
  }
}

/** The stand-in of `file`; the real module, once loaded, replaces it in the cache too. */
export function standIn(file: string, kind: Deferred['kind'], esModule: boolean): void {
  let real: Record<PropertyKey, unknown> | undefined;
  const load = (): Record<PropertyKey, unknown> => {
    if (!real) {
      dropFromRequireCache(file);
      real = createRequire(file)(file) as Record<PropertyKey, unknown>;
    }
    return real;
  };
  // An arrow function has no 'prototype', whose descriptor a proxy could not report otherwise.
  const target = kind === 'function' ? () => undefined : {};
  putInRequireCache(
    file,
    new Proxy(target, {
      get: (_t, key) => (key === '__esModule' && !real ? esModule || undefined : Reflect.get(load(), key)),
      has: (_t, key) => Reflect.has(load(), key),
      ownKeys: () => Reflect.ownKeys(load()).filter((k) => k !== 'prototype'),
      getOwnPropertyDescriptor: (_t, key) => {
        const desc = Reflect.getOwnPropertyDescriptor(load(), key);
        return desc ? { ...desc, configurable: true } : undefined;
      },
      apply: (_t, self, args: unknown[]) => Reflect.apply(load() as unknown as (...a: unknown[]) => unknown, self, args),
    }),
  );
}
