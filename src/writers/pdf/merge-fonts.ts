// Merges @fontsource's per-script subsets of one Sarabun style (thai + latin + latin-ext) into
// one TrueType font, so a run such as "Aวันที่", "(ร่าง)" or "๒๕๖๗)" is shaped by one font and
// pdfmake never splits a word into pieces of different fonts (which would open justify gaps
// inside it).
//
// The Thai subset is the base: it keeps glyph ids 0..n-1, so its GSUB (ccmp, liga), GPOS (mark,
// mkmk) and GDEF stay valid byte for byte and Thai is shaped exactly as in the original. The
// other subsets' glyphs are appended (their .notdef dropped, composite component ids shifted),
// the cmaps are united (Thai wins on overlap) and the counters of hmtx/loca/maxp/hhea/post/OS/2
// are rebuilt. One empty zero-width glyph is added for U+200B/200C/200D/2060/FEFF: the PDF
// writer marks Thai word boundaries with ZWSP and must draw nothing there.
// Known loss: Latin-only layout features (kerning, fi/fl ligatures, frac) are not carried over;
// Latin is set with plain advance widths. Subsets are unhinted (no fpgm/prep/cvt), so nothing
// else needs merging.
// Kept (docs/architecture.md): it runs once, at build time, and buys correctness, not speed; no
// library merges fonts while keeping the Thai subset's GSUB/GPOS byte for byte (fontkit reads and
// subsets, it does not merge).
import { fromPdfkit } from './internals.js';
import { searchParams, TRUETYPE, writeSfnt, type Tables } from './sfnt.js';

/** Code points drawn as nothing, with no advance (ZWSP, ZWNJ, ZWJ, WJ, BOM); the PDF text
 *  fix (pdfkit-thai-fix.ts) also leaves them out of copied text. */
export const ZERO_WIDTH: readonly number[] = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

// pdfkit's own (CommonJS) fontkit: importing 'fontkit' here would load its ES-module build as a
// second copy, compiled and initialised again in every process that writes a PDF. Required at the
// first merge, not at import: the pipeline imports this module (via measure.ts) for validate and DOCX too.
const openFont = (data: Buffer) => (fromPdfkit('fontkit') as typeof import('fontkit')).create(data);

interface GlyphData {
  data: Buffer;
  advance: number;
  lsb: number;
}

const need = (tables: Tables, tag: string): Buffer => {
  const t = tables.get(tag);
  if (!t) throw new Error(`font has no ${tag} table`);
  return t;
};

/** Splits a TrueType font's glyf into one buffer per glyph, with its horizontal metrics. */
function explode(tables: Tables): GlyphData[] {
  const [head, maxp, hhea, loca, glyf, hmtx] = ['head', 'maxp', 'hhea', 'loca', 'glyf', 'hmtx'].map((t) => need(tables, t)) as [
    Buffer, Buffer, Buffer, Buffer, Buffer, Buffer,
  ];
  const numGlyphs = maxp.readUInt16BE(4);
  const longLoca = head.readInt16BE(50) === 1;
  const nHM = hhea.readUInt16BE(34);
  const at = (g: number) => (longLoca ? loca.readUInt32BE(g * 4) : loca.readUInt16BE(g * 2) * 2);
  const glyphs: GlyphData[] = [];
  for (let g = 0; g < numGlyphs; g++) {
    const advance = hmtx.readUInt16BE(Math.min(g, nHM - 1) * 4);
    const lsb = g < nHM ? hmtx.readInt16BE(g * 4 + 2) : hmtx.readInt16BE(nHM * 4 + (g - nHM) * 2);
    glyphs.push({ data: Buffer.from(glyf.subarray(at(g), at(g + 1))), advance, lsb });
  }
  return glyphs;
}

/** A copy of a composite glyph with its component glyph ids shifted by `offset`. */
function shiftComponents(data: Buffer, offset: number): Buffer {
  if (data.length === 0 || data.readInt16BE(0) >= 0) return data; // empty or simple glyph
  const out = Buffer.from(data);
  let p = 10;
  for (;;) {
    const flags = out.readUInt16BE(p);
    out.writeUInt16BE(out.readUInt16BE(p + 2) + offset, p + 2);
    p += 4 + (flags & 0x0001 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
    if (flags & 0x0008) p += 2; // WE_HAVE_A_SCALE
    else if (flags & 0x0040) p += 4; // WE_HAVE_AN_X_AND_Y_SCALE
    else if (flags & 0x0080) p += 8; // WE_HAVE_A_TWO_BY_TWO
    if (!(flags & 0x0020)) return out; // MORE_COMPONENTS
  }
}

/** A cmap with format-4 subtables for (3,1) and (0,3); the subsets hold only BMP characters. */
function buildCmap(map: Map<number, number>): Buffer {
  const segs: { start: number; end: number; delta: number }[] = [];
  for (const cp of [...map.keys()].filter((c) => c <= 0xfffe).sort((a, b) => a - b)) {
    const delta = map.get(cp)! - cp;
    const s = segs.at(-1);
    if (s && cp === s.end + 1 && delta === s.delta) s.end = cp;
    else segs.push({ start: cp, end: cp, delta });
  }
  segs.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const n = segs.length;
  const search = searchParams(n, 2);
  const st = Buffer.alloc(16 + n * 8);
  st.writeUInt16BE(4, 0);
  st.writeUInt16BE(st.length, 2);
  st.writeUInt16BE(n * 2, 6);
  st.writeUInt16BE(search.searchRange, 8);
  st.writeUInt16BE(search.entrySelector, 10);
  st.writeUInt16BE(search.rangeShift, 12);
  segs.forEach((s, i) => {
    st.writeUInt16BE(s.end, 14 + i * 2);
    st.writeUInt16BE(s.start, 16 + n * 2 + i * 2);
    st.writeUInt16BE((s.delta + 65536) & 0xffff, 16 + n * 4 + i * 2);
    // idRangeOffset stays 0
  });
  const hdr = Buffer.alloc(20);
  hdr.writeUInt16BE(2, 2); // two encoding records sharing one subtable
  hdr.writeUInt16BE(0, 4);
  hdr.writeUInt16BE(3, 6);
  hdr.writeUInt32BE(hdr.length, 8);
  hdr.writeUInt16BE(3, 12);
  hdr.writeUInt16BE(1, 14);
  hdr.writeUInt32BE(hdr.length, 16);
  return Buffer.concat([hdr, st]);
}

/** Merges the tables of TrueType fonts into one TTF; the first font is the base (see above). */
export function mergeFonts(fonts: Tables[]): Buffer {
  const base = fonts[0];
  if (!base) throw new Error('mergeFonts: no fonts');
  const cmap = new Map<number, number>();
  const glyphs: GlyphData[] = [];
  const maxp = Buffer.from(need(base, 'maxp'));
  fonts.forEach((tables, fi) => {
    const font = openFont(writeSfnt({ flavor: TRUETYPE, tables }));
    const own = explode(tables);
    const offset = fi === 0 ? 0 : glyphs.length - 1; // appended fonts lose their .notdef
    own.forEach((g, i) => {
      if (fi > 0 && i === 0) return;
      glyphs.push(fi === 0 ? g : { ...g, data: shiftComponents(g.data, offset) });
    });
    for (const cp of font.characterSet) {
      const gid = font.glyphForCodePoint(cp).id;
      if (!cmap.has(cp) && gid !== 0) cmap.set(cp, gid + offset);
    }
    const m = need(tables, 'maxp');
    for (let o = 6; o < 32; o += 2) maxp.writeUInt16BE(Math.max(maxp.readUInt16BE(o), m.readUInt16BE(o)), o); // maxPoints..maxComponentDepth
  });
  const zeroWidth = glyphs.length;
  glyphs.push({ data: Buffer.alloc(0), advance: 0, lsb: 0 });
  for (const cp of ZERO_WIDTH) if (!cmap.has(cp)) cmap.set(cp, zeroWidth);

  // glyf + long loca
  const loca = Buffer.alloc((glyphs.length + 1) * 4);
  const parts: Buffer[] = [];
  let off = 0;
  glyphs.forEach((g, i) => {
    loca.writeUInt32BE(off, i * 4);
    const padded = Buffer.alloc((g.data.length + 3) & ~3);
    g.data.copy(padded);
    parts.push(padded);
    off += padded.length;
  });
  loca.writeUInt32BE(off, glyphs.length * 4);
  const hmtx = Buffer.alloc(glyphs.length * 4);
  glyphs.forEach((g, i) => {
    hmtx.writeUInt16BE(g.advance, i * 4);
    hmtx.writeInt16BE(g.lsb, i * 4 + 2);
  });

  const out: Tables = new Map([...base].map(([tag, buf]) => [tag, Buffer.from(buf)]));
  out.set('glyf', Buffer.concat(parts));
  out.set('loca', loca);
  out.set('hmtx', hmtx);
  out.set('cmap', buildCmap(cmap));

  const head = need(out, 'head');
  head.writeInt16BE(1, 50); // indexToLocFormat: long
  const bbox = [0, 0, 0, 0];
  for (const t of fonts) {
    const h = need(t, 'head');
    bbox[0] = Math.min(bbox[0]!, h.readInt16BE(36));
    bbox[1] = Math.min(bbox[1]!, h.readInt16BE(38));
    bbox[2] = Math.max(bbox[2]!, h.readInt16BE(40));
    bbox[3] = Math.max(bbox[3]!, h.readInt16BE(42));
  }
  bbox.forEach((v, k) => head.writeInt16BE(v, 36 + k * 2));

  maxp.writeUInt16BE(glyphs.length, 4);
  out.set('maxp', maxp);
  const hhea = need(out, 'hhea');
  hhea.writeUInt16BE(glyphs.length, 34); // numberOfHMetrics: every glyph has full metrics
  hhea.writeUInt16BE(Math.max(...glyphs.map((g) => g.advance)), 10);

  const post = Buffer.from(need(out, 'post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0); // format 3: no glyph names
  out.set('post', post);

  const os2 = need(out, 'OS/2');
  for (const t of fonts.slice(1)) {
    const o = need(t, 'OS/2');
    for (let k = 42; k < 58; k += 4) os2.writeUInt32BE((os2.readUInt32BE(k) | o.readUInt32BE(k)) >>> 0, k); // ulUnicodeRange1..4
  }
  const cps = [...cmap.keys()].filter((c) => c > 0);
  os2.writeUInt16BE(Math.min(...cps), 64);
  os2.writeUInt16BE(Math.min(0xffff, Math.max(...cps)), 66);
  return writeSfnt({ flavor: TRUETYPE, tables: out });
}
