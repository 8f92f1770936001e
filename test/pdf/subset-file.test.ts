// The subset font file the PDF writer embeds (src/writers/pdf/subset-file.ts) is fontkit's own,
// byte for byte: after the first subset of a face (encoded by fontkit, and kept as the template),
// every other one is written directly. Compared here for many subsets of every face: a few
// glyphs, hundreds, composites (whose components join the subset), and all glyphs of the font.
import { describe, expect, it } from 'vitest';
import { buildFonts } from '../../src/writers/pdf/fonts.js';
import { fromPdfkit } from '../../src/writers/pdf/internals.js';
import { encodeSubset, type EncodingSubset } from '../../src/writers/pdf/subset-file.js';

interface Subset extends EncodingSubset {
  includeGlyph(gid: number): number;
  encode(): Uint8Array;
}
interface Font {
  numGlyphs: number;
  stream: { buffer: object };
  createSubset(): Subset;
}

/** A pseudo-random glyph list (the same every run). */
function glyphList(seed: number, count: number, numGlyphs: number): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % numGlyphs;
  });
}

describe('the subset font file', () => {
  it('is what fontkit writes, for subsets of every face', () => {
    const fontkit = fromPdfkit('fontkit') as { create(b: Buffer): Font };
    for (const [style, ttf] of Object.entries(buildFonts())) {
      const font = fontkit.create(ttf);
      const lists = [[0, 1, 2], ...Array.from({ length: 40 }, (_, k) => glyphList(k + 1, 1 + ((k * 37) % 400), font.numGlyphs)), Array.from({ length: font.numGlyphs }, (_, g) => g)];
      const subsetOf = (gids: number[]) => {
        const s = font.createSubset();
        for (const g of gids) s.includeGlyph(g);
        return s;
      };
      let direct = 0;
      for (const gids of lists) {
        const theirs = Buffer.from(subsetOf(gids).encode());
        const sub = subsetOf(gids);
        let usedFontkit = false;
        const ours = Buffer.from(
          encodeSubset(sub, font.stream.buffer, () => {
            usedFontkit = true;
            return sub.encode();
          }),
        );
        if (!usedFontkit) direct++;
        expect(ours.equals(theirs), `${style}: ${gids.length} glyphs`).toBe(true);
      }
      // Only the first subset of the face went through fontkit.
      expect(direct, style).toBe(lists.length - 1);
    }
  });
});
