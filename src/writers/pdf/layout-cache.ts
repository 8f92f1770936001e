// Shaping a word (fontkit's GSUB/GPOS layout) is the largest cost of a Thai PDF: about half of a
// warm render. pdfkit caches a word's layout per font object, and makes a new font object for
// every document, so every document shaped its words again — the same template sentences, the
// same names. This keeps the layouts per font buffer for the process. A cached layout is what
// pdfkit's own per-document cache holds and shares between uses (glyph ids, code points,
// advances, scaled positions); within one font buffer they are the same for every document.
// Glyphs are kept as plain records of what encoding reads (pdfkit-thai-fix.ts), so the cache does
// not hold on to the font object of the document that shaped the word.
//
// A Thai word is shaped cluster by cluster (shapingUnits): a cold process shapes every word once,
// while fontkit's code still runs unoptimised, and words share few strings but many clusters
// (the seed: 773 words, about 8,100 characters, but some 300 clusters). Sarabun's Thai lookups
// never reach across a cluster, except its ฤๅ/ฦๅ ligature (kept as one unit): test/pdf/
// shaping-units.test.ts shapes the word list, Thai digits and every pair of Thai characters
// both ways in all four faces and finds the same glyphs, code points and positions.
import { clusters } from './justify.js';
import { embeddedFont } from './pdfkit-thai-fix.js';
import { ownerOf } from './internals.js';

interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}
/** A glyph's place, in points (pdfkit has scaled fontkit's font units). */
interface Position {
  xAdvance: number;
}
interface Run {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}
interface EmbeddedFont {
  font: { stream: { buffer: object } };
  layoutRun(text: string): Run;
  layoutCached(text: string): Run;
}

/** Words kept per font; past this the cache starts over (memory stays bounded on any input). */
const MAX_WORDS = 20_000;
const byFont = new WeakMap<object, Map<string, Run>>();
let installed = false;

/** Text shaped by clusters: Thai letters, digits and marks, spaces and the break controls. Any
 *  other character (Latin, punctuation) may kern with its neighbours, so such a word is shaped whole. */
const BY_CLUSTER = /^[\u0E01-\u0E5B\u200B\u2060\u00A0 ]+$/;
/** LAKKHANGYAO: ligates with the ฤ or ฦ before it, so it stays in that unit. */
const LAKKHANGYAO = '\u0E45';

/** The pieces a text is shaped in, or undefined when it is shaped whole. */
export function shapingUnits(text: string): string[] | undefined {
  if (!BY_CLUSTER.test(text)) return undefined;
  const units: string[] = [];
  for (const c of clusters(text)) {
    if (units.length > 0 && c.startsWith(LAKKHANGYAO)) units[units.length - 1] += c;
    else units.push(c);
  }
  return units.length > 1 ? units : undefined;
}

/** Patches pdfkit's EmbeddedFont once; `ttf` is any TrueType font (to reach the class). */
export function installLayoutCache(ttf: Buffer): void {
  if (installed) return;
  const proto = ownerOf(embeddedFont(ttf), 'layoutCached', 'layout cache');
  proto.layoutCached = function layoutCached(this: EmbeddedFont, text: string): Run {
    const key = this.font.stream.buffer;
    let cache = byFont.get(key);
    if (!cache) byFont.set(key, (cache = new Map()));
    let run = cache.get(text);
    if (!run) {
      const units = shapingUnits(text);
      if (units) {
        const glyphs: Glyph[] = [];
        const positions: Position[] = [];
        let advanceWidth = 0;
        for (const unit of units) {
          const part = this.layoutCached(unit);
          for (let i = 0; i < part.glyphs.length; i++) {
            glyphs.push(part.glyphs[i]!);
            positions.push(part.positions[i]!);
            // Summed glyph by glyph, in order, as fontkit's advanceWidth is: the same number to the last bit.
            advanceWidth += part.positions[i]!.xAdvance;
          }
        }
        run = { glyphs, positions, advanceWidth };
      } else {
        const shaped = this.layoutRun(text);
        const glyphs = shaped.glyphs.map((g) => ({ id: g.id, codePoints: g.codePoints, advanceWidth: g.advanceWidth }));
        run = { glyphs, positions: shaped.positions, advanceWidth: shaped.advanceWidth };
      }
      if (cache.size >= MAX_WORDS) cache.clear();
      cache.set(text, run);
    }
    return run;
  };
  installed = true;
}
