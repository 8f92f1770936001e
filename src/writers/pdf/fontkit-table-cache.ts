// fontkit decodes a font's tables (cmap, GSUB, GPOS, hmtx…) lazily, once per Font object, and
// pdfkit makes a new Font object for every document: a batch of memos decoded the same four
// fonts' tables again for each one. This keeps the decoded tables per font buffer, so each is
// decoded once per process. The decoded tables are read-only data (subsetting clones what it
// changes), and saraban's font buffers live as long as the process. Glyph outlines likewise:
// subsetting decodes every glyph a document uses (only to find a composite's components), again
// for each document; the decoded outline of a glyph id is kept per font buffer.
import { fromPdfkit, ownerOf } from './internals.js';

interface TableEntry {
  tag: string;
}
interface DecodingFont {
  stream: { buffer: object };
  _decodeTable(table: TableEntry): unknown;
}

interface DecodingGlyph {
  id: number;
  _font: DecodingFont & { _variationProcessor?: unknown };
  _decode(): unknown;
}

const decoded = new WeakMap<object, Map<string, unknown>>();
const outlines = new WeakMap<object, Map<number, unknown>>();
let installed = false;

/** Patches fontkit's TrueType font class once; `ttf` is any TrueType font (to reach the class). */
export function installFontTableCache(ttf: Buffer): void {
  if (installed) return;
  const fontkit = fromPdfkit('fontkit') as { create(buf: Uint8Array): object };
  const proto = ownerOf(fontkit.create(ttf), '_decodeTable', 'font table cache');
  const original = proto._decodeTable as DecodingFont['_decodeTable'];
  proto._decodeTable = function _decodeTable(this: DecodingFont, table: TableEntry): unknown {
    let tables = decoded.get(this.stream.buffer);
    if (!tables) decoded.set(this.stream.buffer, (tables = new Map()));
    if (!tables.has(table.tag)) tables.set(table.tag, original.call(this, table));
    return tables.get(table.tag);
  };
  const font = fontkit.create(ttf) as { getGlyph(id: number): object };
  const glyphProto = ownerOf(font.getGlyph(1), '_decode', 'font table cache');
  const decode = glyphProto._decode as DecodingGlyph['_decode'];
  glyphProto._decode = function _decode(this: DecodingGlyph): unknown {
    if (this._font._variationProcessor) return decode.call(this); // outlines vary with the axes
    let byId = outlines.get(this._font.stream.buffer);
    if (!byId) outlines.set(this._font.stream.buffer, (byId = new Map()));
    if (!byId.has(this.id)) byId.set(this.id, decode.call(this));
    return byId.get(this.id);
  };
  installed = true;
}
