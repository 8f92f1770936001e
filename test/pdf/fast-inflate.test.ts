// The PDF writer swaps tiny-inflate (the DEFLATE decoder unicode-trie loads its tables with) for
// one on Node's zlib (src/runtime/fast-inflate.ts): it must give what tiny-inflate gives.
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateInto, tinyInflateFiles } from '../../src/runtime/fast-inflate.js';
import '../../src/writers/pdf/index.js';
import { fromPdfkit } from '../../src/writers/pdf/internals.js';

type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;

/** tiny-inflate itself, evaluated apart from require's cache (which now holds the swap). */
function tinyInflate(): Inflate {
  const file = tinyInflateFiles()[0]!;
  const module = { exports: {} as unknown };
  const source = createRequire(import.meta.url)('node:fs').readFileSync(file, 'utf8') as string;
  new Function('module', 'exports', source)(module, module.exports);
  return module.exports as Inflate;
}

describe('the DEFLATE decoder of the Unicode tables', () => {
  it('is the one the PDF libraries load', () => {
    const files = tinyInflateFiles();
    expect(files.length).toBeGreaterThan(0);
    const trie = createRequire(createRequire(fromPdfkit.resolve('fontkit')).resolve('unicode-trie'));
    expect(trie('tiny-inflate')).toBe(inflateInto);
  });

  it('gives what tiny-inflate gives, into a buffer of the exact size or a larger one', () => {
    const tiny = tinyInflate();
    const texts = [Buffer.alloc(0), Buffer.from('ก'.repeat(5000)), Buffer.from(Array.from({ length: 70_000 }, (_, k) => (k * 7919) % 251))];
    for (const text of texts) {
      for (const level of [0, 1, 6, 9]) {
        const packed = deflateRawSync(text, { level });
        for (const extra of [0, 17]) {
          const ours = inflateInto(packed, new Uint8Array(text.length + extra));
          const theirs = tiny(packed, new Uint8Array(text.length + extra));
          expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
          expect(ours.length).toBe(theirs.length);
          expect(ours.length).toBe(text.length);
        }
      }
    }
  });

  it('refuses a source that inflates past the buffer, as tiny-inflate cannot fill it either', () => {
    const packed = deflateRawSync(Buffer.alloc(1000, 1));
    expect(() => inflateInto(packed, new Uint8Array(10))).toThrow();
  });
});
