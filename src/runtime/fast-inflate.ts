// fontkit, linebreak and unicode-properties each build Unicode tables (unicode-trie) when they
// load, and unicode-trie inflates them — twice each — with tiny-inflate, a DEFLATE decoder in
// JavaScript that runs unoptimised in a new process: about 20 ms of every cold PDF. Node's own
// zlib does the same in well under a millisecond. So before those libraries load (preload.ts), the
// tiny-inflate they would require is put in require's cache
// as a function with tiny-inflate's contract: inflate raw DEFLATE `source` into `dest`, and
// return `dest`, or the filled part of it as `dest.slice` gives it.
// Kept (docs/architecture.md): about 60 ms of a cold PDF's CPU; SARABAN_OFF=fast-inflate turns it off.
import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
import { putInRequireCache } from './cjs.js';
import { patchOff } from './patches.js';
import { fromFontkit, fromPdfmake } from '../writers/pdf/internals.js';

/** tiny-inflate's function, on zlib. */
export function inflateInto<T extends Uint8Array>(source: Uint8Array, dest: T): T {
  const out = inflateRawSync(source, { maxOutputLength: Math.max(1, dest.length) });
  dest.set(out);
  return out.length < dest.length ? (dest.slice(0, out.length) as T) : dest;
}

/** The tiny-inflate files the PDF libraries resolve to (one, unless npm nested a second copy). */
export function tinyInflateFiles(): string[] {
  const trie = createRequire(fromFontkit.resolve('unicode-trie'));
  const linebreak = createRequire(fromPdfmake.resolve('linebreak'));
  const files = new Set<string>();
  for (const from of [fromFontkit, trie, createRequire(linebreak.resolve('unicode-trie'))]) {
    try {
      files.add(from.resolve('tiny-inflate'));
    } catch {
      // a layout without it: that library then uses whatever it finds
    }
  }
  return [...files];
}

/** Puts the zlib-based function in require's cache for each of tinyInflateFiles() not yet loaded. */
export function installFastInflate(): void {
  if (patchOff('fast-inflate')) return;
  for (const file of tinyInflateFiles()) putInRequireCache(file, inflateInto);
}
