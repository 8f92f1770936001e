// The TrueType file of a font subset, written directly. fontkit's TTFSubset.encode builds it with
// restructure — the head, hhea and maxp tables copied (a deep clone each) and re-encoded field by
// field, every loca offset and hmtx entry through a generic encoder: half of embedding a font in a
// warm one-page memo, more in a cold process. Only four things differ from one subset of a font
// to the next: the glyph bytes (glyf), their offsets (loca), their metrics (hmtx), and two counts
// (maxp.numGlyphs, hhea.numberOfMetrics). So the first subset of each font file is encoded by
// fontkit itself, and its file is the template of the rest: the table directory and the tables
// that do not change are kept as fontkit wrote them, the two counts patched in place. The file is
// byte for byte fontkit's (test/pdf/subset-file.test.ts compares many subsets of every face).

/** What fontkit's TTFSubset holds while it encodes (fontkit 2.0). */
export interface EncodingSubset {
  glyphs: unknown[];
  glyf: Uint8Array[];
  offset: number;
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[]; bearings: number[] };
  _addGlyph(entry: unknown): number;
}

interface Template {
  /** The 12-byte file header (sfnt version, table count, search fields). */
  header: Uint8Array;
  /** The tables in fontkit's order, and the bytes of those that are the same in every subset. */
  tables: { tag: string; fixed?: Uint8Array }[];
}

/** Offsets of the counts patched per subset (OpenType spec: maxp.numGlyphs, hhea.numberOfMetrics). */
const MAXP_NUM_GLYPHS = 4;
const HHEA_NUMBER_OF_METRICS = 34;
const CHANGING = new Set(['glyf', 'loca', 'hmtx']);

/** Per font file: the template, or null when fontkit's file did not have the expected shape. */
const templates = new WeakMap<object, Template | null>();

/**
 * The subset's file. `reference` is fontkit's own encode (bound to the subset); `fontFile` the
 * buffer the font was opened from, which the template is kept for.
 */
export function encodeSubset(subset: EncodingSubset, fontFile: object, reference: () => Uint8Array): Uint8Array {
  const template = templates.get(fontFile);
  if (template === undefined) {
    const file = reference();
    templates.set(fontFile, templateOf(file, subset));
    return file;
  }
  if (template === null) return reference();
  return encodeWith(template, subset);
}

/** The template taken from fontkit's file of `subset` (just encoded), if it is as expected. */
function templateOf(file: Uint8Array, subset: EncodingSubset): Template | null {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = view.getUint16(4);
  const tables: Template['tables'] = [];
  let at = 12 + 16 * count;
  const bytes = new Map<string, Uint8Array>();
  for (let k = 0; k < count; k++) {
    const entry = 12 + 16 * k;
    const tag = String.fromCharCode(...file.subarray(entry, entry + 4));
    const [checkSum, offset, length] = [view.getUint32(entry + 4), view.getUint32(entry + 8), view.getUint32(entry + 12)];
    // fontkit writes no checksums and the tables back to back, in directory order.
    if (checkSum !== 0 || offset !== at) return null;
    const data = file.slice(offset, offset + length);
    bytes.set(tag, data);
    tables.push(CHANGING.has(tag) ? { tag } : { tag, fixed: data });
    at += length;
  }
  if (at !== file.length) return null;
  const n = subset.glyf.length;
  // Long loca offsets only (Sarabun's): a font with short ones is left to fontkit.
  if (subset.loca.version !== 1) return null;
  const maxp = bytes.get('maxp');
  const hhea = bytes.get('hhea');
  const ok =
    [...CHANGING].every((tag) => bytes.has(tag)) &&
    maxp !== undefined &&
    hhea !== undefined &&
    new DataView(maxp.buffer).getUint16(MAXP_NUM_GLYPHS) === n &&
    new DataView(hhea.buffer).getUint16(HHEA_NUMBER_OF_METRICS) === subset.hmtx.metrics.length &&
    subset.hmtx.bearings.length === 0 &&
    bytes.get('loca')!.length === (n + 1) * 4;
  return ok ? { header: file.slice(0, 12), tables } : null;
}

function encodeWith(template: Template, subset: EncodingSubset): Uint8Array {
  // What fontkit's encode does before it writes: every glyph added (its components after it).
  subset.glyf = [];
  subset.offset = 0;
  subset.loca = { offsets: [], version: 1 };
  subset.hmtx = { metrics: [], bearings: [] };
  for (let i = 0; i < subset.glyphs.length; i++) subset._addGlyph(subset.glyphs[i]);
  subset.loca.offsets.push(subset.offset);
  const glyphs = subset.glyf.length;
  const { metrics } = subset.hmtx;

  const sizes = template.tables.map(({ tag, fixed }) =>
    tag === 'glyf' ? subset.offset : tag === 'loca' ? (glyphs + 1) * 4 : tag === 'hmtx' ? metrics.length * 4 : fixed!.length,
  );
  const start = 12 + 16 * template.tables.length;
  const out = new Uint8Array(start + sizes.reduce((a, b) => a + b, 0));
  const view = new DataView(out.buffer);
  out.set(template.header);
  let at = start;
  template.tables.forEach(({ tag, fixed }, k) => {
    const entry = 12 + 16 * k;
    for (let c = 0; c < 4; c++) out[entry + c] = tag.charCodeAt(c);
    view.setUint32(entry + 8, at);
    view.setUint32(entry + 12, sizes[k]!);
    if (tag === 'glyf') {
      let p = at;
      for (const g of subset.glyf) {
        out.set(g, p);
        p += g.length;
      }
    } else if (tag === 'loca') {
      subset.loca.offsets.forEach((o, i) => view.setUint32(at + 4 * i, o));
    } else if (tag === 'hmtx') {
      metrics.forEach((m, i) => {
        view.setUint16(at + 4 * i, m.advance);
        view.setInt16(at + 4 * i + 2, m.bearing);
      });
    } else {
      out.set(fixed!, at);
      if (tag === 'maxp') view.setUint16(at + MAXP_NUM_GLYPHS, glyphs);
      if (tag === 'hhea') view.setUint16(at + HHEA_NUMBER_OF_METRICS, metrics.length);
    }
    at += sizes[k]!;
  });
  return out;
}
