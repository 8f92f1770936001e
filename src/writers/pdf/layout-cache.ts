// Shaping a word (fontkit's GSUB/GPOS layout) is the largest cost of a Thai PDF: about half of a
// warm render. pdfkit caches a word's layout per font object, and makes a new font object for
// every document, so every document shaped its words again — the same template sentences, the
// same names. This keeps the layouts per font buffer for the process. A cached layout is what
// pdfkit's own per-document cache holds and shares between uses (glyph ids, code points,
// advances, scaled positions); within one font buffer they are the same for every document.
// Glyphs are kept as plain records of what encoding reads (pdfkit-thai-fix.ts), so the cache does
// not hold on to the font object of the document that shaped the word.
import { embeddedFont } from './pdfkit-thai-fix.js';
import { ownerOf } from './internals.js';

interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}
interface Run {
  glyphs: Glyph[];
  positions: unknown[];
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
      if (cache.size >= MAX_WORDS) cache.clear();
      const shaped = this.layoutRun(text);
      const glyphs = shaped.glyphs.map((g) => ({ id: g.id, codePoints: g.codePoints, advanceWidth: g.advanceWidth }));
      cache.set(text, (run = { glyphs, positions: shaped.positions, advanceWidth: shaped.advanceWidth }));
    }
    return run;
  };
  installed = true;
}
