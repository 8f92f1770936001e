// Runtime fixes to pdfkit / fontkit (the versions pdfmake brings: src/runtime/patches.ts) so Thai text
// copies out of the PDF exactly as it went in. This is the only file that touches their
// untyped internals; the narrow interfaces below list every member relied on, and install()
// runs a self-test that fails loudly if a new pdfkit or fontkit changes them.
//
// Root causes (seen as "ประจำาปี" and lost า in copied text):
//  A) fontkit caches ONE Glyph per glyph id, with the codePoints of its first use. Sarabun's
//     ccmp decomposes ำ into ํ + า; the า from that decomposition carries no code points, and
//     from then on every real า in the document reports [] too.
//  B) pdfkit's EmbeddedFont.encode writes the ToUnicode entry of a glyph on first use only, so
//     one outline can map to one text only.
import { fromPdfmake, ownerOf } from './internals.js';
import { ClusterSpacing, clusters } from './justify.js';
import { ZERO_WIDTH } from './merge-fonts.js';
import { encodeSubset, type EncodingSubset } from './subset-file.js';
import { glyphBox, glyphRecord, type BBox, type SubsetFont } from './subset-glyphs.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- pdfkit/fontkit internals are untyped */

interface FkGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
  bbox: BBox;
}
interface FkFont {
  getGlyph(id: number, characters?: number[]): FkGlyph;
}
interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth?: number;
}
interface Component {
  gid: number;
  dx: number;
  dy: number;
}
interface SyntheticGlyph {
  components: Component[];
}
interface TtfSubset {
  glyphs: (number | SyntheticGlyph)[];
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(gid: number): number;
  _addGlyph(entry: number | SyntheticGlyph): number;
  encode(): Uint8Array;
  __thaiFix?: boolean;
}
interface EmbeddedFont {
  font: FkFont;
  subset: TtfSubset;
  scale: number;
  unicode: number[][];
  widths: number[];
  layout(text: string, features?: unknown): { glyphs: FkGlyph[]; positions: GlyphPosition[] };
  encode(text: string, features?: unknown): [string[], GlyphPosition[]];
  widthOfString(text: string, size: number, features?: unknown): number;
  _thaiCid?: Map<string, number>;
  /** CID → its four hex digits, as the content stream writes it. */
  _thaiHex?: string[];
}

/** Default-ignorable characters the writer inserts (break control), drawn as nothing by the
 *  merged font; they are left out of copied text too. */
const IGNORABLE: ReadonlySet<number> = new Set(ZERO_WIDTH);
/** NBSP only keeps words together on the page; copied text gets a plain space. */
const COPY_AS: ReadonlyMap<number, number> = new Map([[0x00a0, 0x0020]]);

const SELF_TEST = 'ทำ ญาติ น้ำ ปี่ ฝั่ง\u200Bต่างๆ\u00A0A\u2060- ฟื้น';
const SELF_TEST_COPY = 'ทำ ญาติ น้ำ ปี่ ฝั่งต่างๆ A- ฟื้น';

/** pdfkit's EmbeddedFont for a TTF, loaded the way pdfmake loads pdfkit (CommonJS). */
export function embeddedFont(ttf: Buffer): EmbeddedFont {
  const PDFDocument = fromPdfmake('pdfkit') as new (o: object) => { font(src: Buffer): { _font: EmbeddedFont } };
  // font: null — no default Helvetica: pdfkit would read and parse its AFM file for nothing (19 ms cold)
  return new PDFDocument({ autoFirstPage: false, font: null }).font(ttf)._font;
}

const WHO = 'Thai PDF fix';
let installed = false;

/** Installs both fixes once per process; `ttf` is any TrueType font (used to reach the classes). */
export function installThaiPdfFixes(ttf: Buffer): void {
  if (installed) return;
  const probe = embeddedFont(ttf);
  patchGetGlyph(ownerOf(probe.font, 'getGlyph', WHO));
  patchEncode(ownerOf(probe, 'encode', WHO));
  patchWidth(ownerOf(probe, 'widthOfString', WHO));
  const font = embeddedFont(ttf);
  const [codes, positions] = font.encode(SELF_TEST);
  if (positions.some((p) => p.xOffset || p.yOffset)) throw new Error(`${WHO} self-test failed: a mark is still drawn at an offset`);
  const copied = codes.map((h) => String.fromCodePoint(...(font.unicode[parseInt(h, 16)] ?? []))).join('');
  if (copied !== SELF_TEST_COPY) throw new Error(`${WHO} self-test failed: ${JSON.stringify(copied)}`);
  installed = true;
}

/** (A) A glyph asked for with other characters than the cached ones gets a thin view carrying them. */
function patchGetGlyph(proto: any): void {
  if (proto.__thaiFix) return;
  proto.__thaiFix = true;
  const original = proto.getGlyph as FkFont['getGlyph'];
  proto.getGlyph = function getGlyph(this: FkFont, gid: number, characters?: number[]): FkGlyph {
    const g = original.call(this, gid, characters ?? []);
    if (!g || characters === undefined) return g;
    const cur = g.codePoints;
    if (cur.length === characters.length && cur.every((c, i) => c === characters[i])) return g;
    return Object.create(g, { codePoints: { value: characters, enumerable: true } }) as FkGlyph;
  };
}

/**
 * (B) EmbeddedFont.encode, rewritten:
 *  a) A zero-advance glyph with text followed by a spacing glyph with none (the two halves of
 *     a GSUB multiple substitution: ำ → ํ + า, or น้ำ's ligature ํ้ + า) is drawn as ONE
 *     synthetic composite glyph added to the subset, mapped to the cluster's text. Offsets come
 *     from the GPOS result, so the drawing is unchanged.
 *  b) A CID is keyed by (glyph, text, width): one outline drawn for different texts gets one
 *     CID per text, so the ToUnicode CMap holds each.
 *  c) Default-ignorables (fontkit draws them as a zero-advance space) are dropped.
 *  d) A mark drawn at an offset (GPOS mark/mkmk) becomes a synthetic one-component glyph with
 *     the offset built in and zero width, drawn in line with its base. pdfkit would otherwise
 *     move the text matrix for it: extractors then saw a raised tone mark as a line of its own
 *     ("ฟื" + newline + "้นฟู") or a gap inside ฝั่ง.
 *  e) NBSP copies out as a space (COPY_AS).
 *  f) A ClusterSpacing as `features` (justify.ts) lays the text out cluster by cluster and adds
 *     the extra advance after the clusters it names: pdfkit writes it as TJ adjustments.
 */
function patchEncode(proto: any): void {
  if (proto.__thaiFix) return;
  proto.__thaiFix = true;
  proto.encode = function encode(this: EmbeddedFont, text: string, features?: unknown): [string[], GlyphPosition[]] {
    const { glyphs, positions } = features instanceof ClusterSpacing ? layoutSpaced(this, text, features) : this.layout(text, features);
    const scale = this.scale;
    const byKey = (this._thaiCid ??= new Map());
    const hex = (this._thaiHex ??= []);
    patchSubset(this.subset, this.font);
    const codes: string[] = [];
    const outPositions: GlyphPosition[] = [];
    for (let i = 0; i < glyphs.length; i++) {
      const g = glyphs[i]!;
      const p = positions[i]!;
      if (g.codePoints.length === 1 && g.codePoints[0] === 0x20 && p.xAdvance === 0) continue; // (c)
      const c = copiedText(g);
      const next = glyphs[i + 1];
      const q = positions[i + 1];
      // What the glyph becomes: plain, (a) a composite with the next glyph, or (d) an offset mark.
      let shape: 'plain' | 'composite' | 'mark' = 'plain';
      let dx = 0;
      let dy = 0;
      let key = c.plainKey;
      if (next && q && c.cps.length && p.xAdvance === 0 && next.codePoints.length === 0 && q.xAdvance > 0) {
        // (a) glyph i drawn relative to glyph i+1's origin
        shape = 'composite';
        dx = Math.round((p.xOffset - q.xOffset) / scale);
        dy = Math.round((p.yOffset - q.yOffset) / scale);
        key = `c${g.id},${dx},${dy}+${next.id}:${c.text}`;
        outPositions.push(q);
      } else if ((p.xAdvance === 0 || g.advanceWidth === 0) && (p.xOffset || p.yOffset)) {
        // (d) a mark drawn at an offset: the offset goes into a one-component glyph (its xAdvance
        // stays: justification may add after it)
        shape = 'mark';
        dx = Math.round(p.xOffset / scale);
        dy = Math.round(p.yOffset / scale);
        key = `m${g.id},${dx},${dy}:${c.text}`;
        outPositions.push({ ...p, xOffset: 0, yOffset: 0, advanceWidth: 0 });
      } else {
        outPositions.push(p);
      }
      let cid = byKey.get(key);
      if (cid === undefined) {
        if (shape === 'plain') {
          cid = this.subset.includeGlyph(g.id);
          if (this.unicode[cid] != null) {
            // (b) this outline already has a CID for another text or width
            this.subset.glyphs.push(g.id);
            cid = this.subset.glyphs.length - 1;
          }
          this.widths[cid] = g.advanceWidth * scale;
        } else {
          const components = shape === 'composite' ? [{ gid: g.id, dx, dy }, { gid: next!.id, dx: 0, dy: 0 }] : [{ gid: g.id, dx, dy }];
          this.subset.glyphs.push({ components });
          cid = this.subset.glyphs.length - 1;
          this.widths[cid] = shape === 'composite' ? next!.advanceWidth * scale : 0;
        }
        byKey.set(key, cid);
        this.unicode[cid] = c.cps.length ? c.cps : [0xfffd];
      }
      if (shape === 'composite') i++;
      codes.push((hex[cid] ??= `0000${cid.toString(16)}`.slice(-4)));
    }
    return [codes, outPositions];
  };
}

interface Copied {
  /** The code points the glyph copies out as. */
  cps: number[];
  /** Them, joined: part of every CID key. */
  text: string;
  /** The glyph's CID key when drawn plainly. */
  plainKey: string;
}
const copied = new WeakMap<FkGlyph, Copied>();
/** A glyph's copied text and its CID key when drawn plainly, once per glyph object (shaped words are cached: layout-cache.ts). */
function copiedText(g: FkGlyph): Copied {
  let c = copied.get(g);
  if (!c) {
    const cps = g.codePoints.filter((cp) => !IGNORABLE.has(cp)).map((cp) => COPY_AS.get(cp) ?? cp);
    const text = cps.join(',');
    copied.set(g, (c = { cps, text, plainKey: `${g.id}:${text}` }));
  }
  return c;
}

/** (f) The text laid out per grapheme cluster, with extra advance after the named clusters. */
function layoutSpaced(font: EmbeddedFont, text: string, spacing: ClusterSpacing): { glyphs: FkGlyph[]; positions: GlyphPosition[] } {
  const glyphs: FkGlyph[] = [];
  const positions: GlyphPosition[] = [];
  let at = 0;
  let k = 0;
  for (const c of clusters(text)) {
    at += c.length;
    const run = font.layout(c);
    for (let i = 0; i < run.glyphs.length; i++) {
      const g = run.glyphs[i]!;
      // Break-control characters draw nothing; dropped here so the extra lands on a real glyph.
      if (run.positions[i]!.xAdvance === 0 && g.codePoints.length && g.codePoints.every((cp) => cp === 0x20 || IGNORABLE.has(cp))) continue;
      glyphs.push(g);
      positions.push(run.positions[i]!);
    }
    while (k < spacing.cuts.length && spacing.cuts[k]! < at) k++;
    if (spacing.cuts[k] === at && positions.length) {
      const lastPos = positions[positions.length - 1]!;
      positions[positions.length - 1] = { ...lastPos, xAdvance: lastPos.xAdvance + spacing.extra[k]! };
      k++;
    }
  }
  return { glyphs, positions };
}

/** Measuring ignores a ClusterSpacing: pdfmake measures an inline with its font features. */
function patchWidth(proto: any): void {
  if (proto.__thaiWidthFix) return;
  proto.__thaiWidthFix = true;
  const original = proto.widthOfString as EmbeddedFont['widthOfString'];
  proto.widthOfString = function widthOfString(this: EmbeddedFont, text: string, size: number, features?: unknown): number {
    return original.call(this, text, size, features instanceof ClusterSpacing ? undefined : features);
  };
}

/** Teaches one fontkit TTFSubset to write the synthetic composite glyphs of (a). */
function patchSubset(subset: TtfSubset, fkFont: FkFont): void {
  if (subset.__thaiFix) return;
  subset.__thaiFix = true;
  const original = subset._addGlyph;
  const font = fkFont as unknown as SubsetFont;
  // The file itself, written from the first subset's as template (subset-file.ts).
  const encode = subset.encode;
  subset.encode = function (this: TtfSubset): Uint8Array {
    return encodeSubset(this as unknown as EncodingSubset, font.stream.buffer, () => encode.call(this));
  };
  subset._addGlyph = function addGlyph(this: TtfSubset, entry: number | SyntheticGlyph): number {
    if (typeof entry !== 'object') {
      if (font._variationProcessor) return original.call(this, entry);
      // fontkit's _addGlyph, from the process-wide record (subset-glyphs.ts)
      const rec = glyphRecord(font, entry);
      let data = rec.data;
      if (rec.components) {
        data = Uint8Array.from(rec.data);
        const view = new DataView(data.buffer);
        for (const c of rec.components) view.setUint16(c.pos, this.includeGlyph(c.glyphID));
      }
      this.glyf.push(data);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({ advance: rec.advance, bearing: rec.bearing });
      this.offset += data.length;
      return this.glyf.length - 1;
    }
    const comps = entry.components;
    let [xMin, yMin, xMax, yMax] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const c of comps) {
      const bb = glyphBox(font, c.gid);
      if (bb.minX == null || bb.minX === Infinity) continue; // empty glyph
      xMin = Math.min(xMin, bb.minX + c.dx);
      yMin = Math.min(yMin, bb.minY + c.dy);
      xMax = Math.max(xMax, bb.maxX + c.dx);
      yMax = Math.max(yMax, bb.maxY + c.dy);
    }
    if (xMin === Infinity) xMin = yMin = xMax = yMax = 0;
    const buf = new Uint8Array(10 + comps.length * 8);
    const v = new DataView(buf.buffer);
    v.setInt16(0, -1); // composite
    v.setInt16(2, xMin);
    v.setInt16(4, yMin);
    v.setInt16(6, xMax);
    v.setInt16(8, yMax);
    const last = comps.length - 1;
    comps.forEach((c, k) => {
      const sid = this.includeGlyph(c.gid);
      // ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES | (MORE_COMPONENTS, or USE_MY_METRICS on the spacing glyph)
      const flags = 0x0001 | 0x0002 | (k < last ? 0x0020 : 0x0200);
      const o = 10 + k * 8;
      v.setUint16(o, flags);
      v.setUint16(o + 2, sid);
      v.setInt16(o + 4, c.dx);
      v.setInt16(o + 6, c.dy);
    });
    this.glyf.push(buf);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: glyphRecord(font, comps[last]!.gid).advance, bearing: xMin });
    this.offset += buf.length;
    return this.glyf.length - 1;
  };
}
