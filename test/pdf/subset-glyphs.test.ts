// The glyph records the PDF writer keeps per font file (src/writers/pdf/subset-glyphs.ts) are what
// fontkit's own subsetter reads, glyph by glyph: the same bytes, components, advance and bearing.
import { describe, expect, it } from 'vitest';
import { buildFonts } from '../../src/writers/pdf/fonts.js';
import { fromPdfkit } from '../../src/writers/pdf/internals.js';
import { glyphBox, glyphRecord, type SubsetFont } from '../../src/writers/pdf/subset-glyphs.js';

interface Subset {
  glyf: Uint8Array[];
  offset: number;
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  glyphs: number[];
  _addGlyph(gid: number): number;
}
type Font = SubsetFont & { numGlyphs: number; createSubset(): Subset; getGlyph(gid: number): ReturnType<SubsetFont['getGlyph']> };

describe('subset glyph records', () => {
  it('match fontkit for every glyph of every style, composites included', () => {
    const fontkit = fromPdfkit('fontkit') as { create(b: Buffer): Font };
    let composites = 0;
    for (const [style, ttf] of Object.entries(buildFonts())) {
      const font = fontkit.create(ttf);
      for (let gid = 0; gid < font.numGlyphs; gid++) {
        const subset = font.createSubset();
        Object.assign(subset, { glyf: [], offset: 0, loca: { offsets: [] }, hmtx: { metrics: [] } });
        subset._addGlyph(gid);
        const rec = glyphRecord(font, gid);
        const ours = Uint8Array.from(rec.data);
        const view = new DataView(ours.buffer);
        // fontkit numbers a composite's components in the subset: as the first ones here, in order
        for (const c of rec.components ?? []) view.setUint16(c.pos, subset.glyphs.indexOf(c.glyphID));
        if (rec.components) composites++;
        expect(Buffer.from(ours).equals(Buffer.from(subset.glyf[0]!)), `${style} glyph ${gid}`).toBe(true);
        expect(subset.hmtx.metrics[0], `${style} glyph ${gid}`).toEqual({ advance: rec.advance, bearing: rec.bearing });
        expect(glyphBox(font, gid)).toEqual({ ...pick(font.getGlyph(gid).bbox) });
      }
    }
    expect(composites).toBeGreaterThan(0);
  });
});

const pick = (b: { minX: number; minY: number; maxX: number; maxY: number }) => ({ minX: b.minX, minY: b.minY, maxX: b.maxX, maxY: b.maxY });
