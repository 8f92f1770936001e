// Modules the libraries load when they load, for features saraban never asks of them: pdfkit's
// encryption (@noble's AES and SHA-2), fontkit's WOFF2 decoder (brotli, which decodes its
// 120 KB dictionary as it loads: saraban's fonts are TrueType), pdfmake's SVG parser (xmldoc:
// saraban's images are PNG and JPEG), and zod's error messages in some
// fifty languages (saraban has its own, in Thai and English). Together about 30 ms of every cold
// render. Each is put in require's cache as a stand-in that loads the real module the first time
// anything of it is used, so a document that did use one would still get it.
import { createRequire } from 'node:module';
import path from 'node:path';
import { dropFromRequireCache, putInRequireCache, requireCjs } from './cjs.js';

interface Deferred {
  /** A file of the library that requires the module, and the request it makes. */
  from: () => string;
  request: string;
  /** What the module exports: brotli's decompress is a function, the others plain objects. */
  kind: 'function' | 'object';
  /** Its __esModule flag (TypeScript's CommonJS output sets it), which importers read as they load. */
  esModule: boolean;
}

/** Resolves as pdfmake's own copies do (writers/pdf/internals.ts has the same two steps). */
const pdfkitFile = () => createRequire(requireCjs.resolve('pdfmake')).resolve('pdfkit');
const fontkitFile = () => createRequire(pdfkitFile()).resolve('fontkit');

/** The modules deferred, by the part of saraban that loads their library. */
export const DEFERRED = {
  pdf: [
    { from: pdfkitFile, request: '@noble/ciphers/aes', kind: 'object', esModule: true },
    { from: pdfkitFile, request: '@noble/hashes/sha2', kind: 'object', esModule: true },
    { from: pdfkitFile, request: '@noble/hashes/utils', kind: 'object', esModule: true },
    { from: fontkitFile, request: 'brotli/decompress.js', kind: 'function', esModule: false },
    { from: () => requireCjs.resolve('pdfmake'), request: 'xmldoc', kind: 'object', esModule: false },
  ],
  // zod's classic API requires its locales as `../locales/index.cjs` (zod 4).
  zod: [{ from: () => path.join(path.dirname(requireCjs.resolve('zod')), 'v4/classic/external.cjs'), request: '../locales/index.cjs', kind: 'object', esModule: true }],
} satisfies Record<string, Deferred[]>;

const done = new Set<keyof typeof DEFERRED>();

/** Puts the stand-ins of a group in require's cache (once; a module already loaded is left alone). */
export function defer(group: keyof typeof DEFERRED): void {
  if (done.has(group)) return;
  done.add(group);
  for (const d of DEFERRED[group]) {
    let file: string;
    try {
      file = createRequire(d.from()).resolve(d.request);
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
