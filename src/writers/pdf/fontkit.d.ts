// The few fontkit 2.0 (no bundled types) members saraban uses: reading a TTF's character map,
// shaping a line to measure it.
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
  }
  export interface Font {
    characterSet: number[];
    numGlyphs: number;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    glyphForCodePoint(codePoint: number): Glyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Shapes a string; its advanceWidth is in font units. */
    layout(text: string): { advanceWidth: number };
  }
  export function create(buffer: Buffer | Uint8Array, postscriptName?: string): Font;
}
