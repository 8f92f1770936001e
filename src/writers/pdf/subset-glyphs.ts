// What fontkit's TTF subsetter reads for each glyph it embeds — the glyph's bytes in the glyf
// table, its components, advance and left bearing, and (for the synthetic composites of
// pdfkit-thai-fix.ts) its outline's box — kept per font file for the process. pdfkit opens a new
// fontkit font for every document, so every PDF decoded the same glyphs again: with the boxes,
// 15 % of a warm minutes PDF. A record is what fontkit's own _addGlyph computes, byte for byte.

/** A glyph outline's box, in font units. */
export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}
/** The parts of a fontkit TTFFont this reads (fontkit 2.0, TTFSubset._addGlyph). */
export interface SubsetFont {
  stream: { buffer: object };
  loca: { offsets: number[] };
  _variationProcessor?: unknown;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  getGlyph(gid: number): {
    advanceWidth: number;
    bbox: BBox;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
}

export interface GlyphRecord {
  /** The glyph's bytes in the glyf table (not to be changed: a composite's are copied first). */
  data: Uint8Array;
  /** A composite glyph's components: the glyph ids, and where each id sits in `data`. */
  components?: { glyphID: number; pos: number }[];
  advance: number;
  bearing: number;
  bbox?: BBox;
}

/** Records per font file (the buffer pdfkit opened the font from). A font has a bounded number of glyphs. */
const byFont = new WeakMap<object, Map<number, GlyphRecord>>();

/** The record of glyph `gid`, read once per process for each font file. */
export function glyphRecord(font: SubsetFont, gid: number): GlyphRecord {
  let glyphs = byFont.get(font.stream.buffer);
  if (!glyphs) byFont.set(font.stream.buffer, (glyphs = new Map()));
  let rec = glyphs.get(gid);
  if (!rec) {
    const glyph = font.getGlyph(gid);
    const glyf = glyph._decode();
    const start = font.loca.offsets[gid]!;
    const stream = font._getTableStream('glyf');
    stream.pos += start;
    const data = Uint8Array.from(stream.readBuffer(font.loca.offsets[gid + 1]! - start));
    rec = { data, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
    if (glyf && glyf.numberOfContours < 0) rec.components = (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos }));
    glyphs.set(gid, rec);
  }
  return rec;
}

/** The outline's box of glyph `gid` (fontkit computes it from the path: kept with the record). */
export function glyphBox(font: SubsetFont, gid: number): BBox {
  const rec = glyphRecord(font, gid);
  if (!rec.bbox) {
    const b = font.getGlyph(gid).bbox;
    rec.bbox = { minX: b.minX, minY: b.minY, maxX: b.maxX, maxY: b.maxY };
  }
  return rec.bbox;
}
