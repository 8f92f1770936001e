// Thai distributed justification (what Word's w:jc="thaiDistribute" does), in place of pdfmake's
// own justify, which widens the gap between its inline pieces — for Thai, between words, where a
// reader then sees (and copies) spaces that were never typed. Here the extra width of a justified
// line is spread over the boundaries between grapheme clusters: a consonant moves with its vowels
// and marks, a real space takes SPACE_SHARE times a cluster's share, and no gap between two
// clusters grows past CLUSTER_CAP of a space. That stays far below the gap at which poppler,
// MuPDF and pdf.js infer a space (about a tenth of the font size), so copied text stays exact. A
// line that would need more (a short line before a long unbreakable name) stays start-aligned.
//
// pdfmake decides the line (ElementWriter.alignLine, patched here once); pdfkit draws it: each
// inline carries a ClusterSpacing as its font "features", which the patched encode
// (pdfkit-thai-fix.ts) turns into extra advance after the given clusters, inside one TJ.
import { fromPdfmake, ownerOf } from './internals.js';

/** The largest gap added between two clusters, as a share of the font's space width. */
export const CLUSTER_CAP = 0.24;
/** A real space takes this many times a cluster gap's share of the line's extra width. */
export const SPACE_SHARE = 4;
/** The most a space may grow, as a share of its own width. */
export const SPACE_CAP = 2.5;
/** The most a gap between two clusters may close, as a share of a space: none. Any overlap makes
 *  poppler's layout mode split the word there (a zero-width mark followed by a glyph further left
 *  even starts a new line), so only spaces close. */
export const CLUSTER_SHRINK = 0;
/** The most a space may close, as a share of its width. */
export const SPACE_SHRINK = 0.3;

/** Extra advance (1/1000 em, pdfkit's glyph units) after the clusters that end at `cuts`. */
export class ClusterSpacing {
  constructor(
    /** UTF-16 offsets into the inline's text, ascending: where a cluster ends. */
    readonly cuts: number[],
    /** Extra advance after each cut, in 1/1000 em. */
    readonly extra: number[],
  ) {}
}

/**
 * Whether a UTF-16 unit continues the cluster before it: Thai above/below vowels, SARA AM (a
 * spacing mark in UAX #29) and tone marks, other combining marks, joiners and variation
 * selectors, a low surrogate — and the break-control characters the writer inserts (ZWSP, WJ),
 * which draw nothing. A hand-rolled test: Intl.Segmenter per line cost more than the layout.
 */
function continuesCluster(c: number): boolean {
  if (c < 0x300) return false;
  if (c >= 0x0e31 && c <= 0x0e4e) return c === 0x0e31 || (c >= 0x0e33 && c <= 0x0e3a) || c >= 0x0e47;
  if (c <= 0x36f) return true;
  if (c >= 0xdc00 && c <= 0xdfff) return true;
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || (c >= 0xfe00 && c <= 0xfe0f)) return true;
  return c > 0x7f && MARK.test(String.fromCharCode(c));
}
const MARK = /\p{M}/u;

/**
 * What distribute() can widen in a text, for the line fitter: the gaps between two clusters that
 * are not spaces (counting the one after its last cluster, which the next inline continues), its
 * spaces, and the spaces it ends with (a line's trailing space is never widened).
 */
export function countGaps(text: string): { clusters: number; spaces: number; trailing: number } {
  let clusters = 0;
  let spaces = 0;
  let trailing = 0;
  let prev: 'none' | 'space' | 'cluster' = 'none';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (continuesCluster(c)) continue;
    if (c === 0x20 || c === 0xa0) {
      spaces++;
      trailing++;
      prev = 'space';
    } else {
      if (prev === 'cluster') clusters++;
      trailing = 0;
      prev = 'cluster';
    }
  }
  if (prev === 'cluster') clusters++;
  return { clusters, spaces, trailing };
}
const SPACE = /^[ \u00A0]$/;

/** Grapheme clusters of a text (as drawn: a consonant with its vowels and marks), with ZWSP/WJ joined to the cluster before them. */
export function clusters(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && continuesCluster(text.charCodeAt(i))) continue;
    out.push(text.slice(start, i));
    start = i;
  }
  return out;
}

interface PdfkitFont {
  widthOfString(text: string, size: number, features?: unknown): number;
}
const widthCache = new WeakMap<PdfkitFont, Map<number, Map<string, number>>>();
/** Width of a cluster at a size, cached per font object (one per document) and size. */
function clusterWidths(font: PdfkitFont, size: number): (cluster: string) => number {
  let bySize = widthCache.get(font);
  if (!bySize) widthCache.set(font, (bySize = new Map()));
  let cache = bySize.get(size);
  if (!cache) bySize.set(size, (cache = new Map()));
  const c = cache;
  return (cluster) => {
    let w = c.get(cluster);
    if (w === undefined) c.set(cluster, (w = font.widthOfString(cluster, size)));
    return w;
  };
}

interface Inline {
  text: string;
  x: number;
  width: number;
  font: PdfkitFont;
  fontSize: number;
  alignment?: string;
  fontFeatures?: unknown;
  justifyShift?: number;
}
/** The inline properties pdfmake draws with: inlines that agree on all of them can be one text call. */
const STYLE_KEYS = [
  'font', 'fontSize', 'fontFeatures', 'color', 'background', 'opacity', 'decoration', 'decorationColor', 'decorationStyle',
  'decorationThickness', 'link', 'linkToPage', 'linkToDestination', 'sup', 'sub', 'characterSpacing', 'alignment', 'height',
] as const;

/**
 * Joins neighbouring inlines of one style into one: pdfmake splits a line at every break
 * opportunity (every Thai word) and draws each piece as its own text object, and extractors
 * judge the seam between two text objects more loosely than a gap inside one (MuPDF and pdf.js
 * then insert a space). One text object per style run keeps every gap inside a TJ, and draws faster.
 */
export function mergeInlines(line: Line): void {
  const out: Inline[] = [];
  for (const inl of line.inlines) {
    const prev = out.at(-1) as Record<string, unknown> | undefined;
    const cur = inl as unknown as Record<string, unknown>;
    if (prev && !prev._pageNodeRef && !cur._pageNodeRef && STYLE_KEYS.every((k) => prev[k] === cur[k])) {
      (prev as unknown as Inline).text += inl.text;
      (prev as unknown as Inline).width = inl.x + inl.width - (prev as unknown as Inline).x;
    } else out.push({ ...inl });
  }
  line.inlines = out;
}

interface Line {
  inlines: Inline[];
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  leadingCut: number;
  trailingCut: number;
  getWidth(): number;
}

interface Gap {
  inline: number;
  /** Offset in the inline's text after which the gap opens. */
  at: number;
  space: boolean;
}

/**
 * Spreads a justified line's slack over its cluster gaps. Returns false (and changes nothing)
 * when that would need a gap past its cap, so the line stays start-aligned. Without `widen`
 * (a last line) it only closes a line set wider than `width`.
 */
export function distribute(line: Line, width: number, widen = true): boolean {
  const { inlines } = line;
  const gaps: Gap[] = [];
  let natural = 0;
  let spaceWidth = 0;
  // The line's clusters, measured one by one as pdfkit will draw them (encode lays out per cluster).
  const all: { inline: number; end: number; text: string; w: number }[] = [];
  inlines.forEach((inl, k) => {
    let at = 0;
    const width = clusterWidths(inl.font, inl.fontSize);
    spaceWidth = Math.max(spaceWidth, width(' '));
    for (const c of clusters(inl.text)) {
      at += c.length;
      const w = width(c);
      natural += w;
      all.push({ inline: k, end: at, text: c, w });
    }
  });
  // Trailing white space is not part of the justified content (pdfmake's trailingCut).
  let last = all.length - 1;
  while (last >= 0 && /^\s+$/.test(all[last]!.text.replace(/[\u200B\u2060]/g, '') || ' ')) last--;
  for (let i = 0; i < last; i++) {
    const c = all[i]!;
    const next = all[i + 1]!;
    if (SPACE.test(next.text.replace(/[\u200B\u2060]/g, '')) && !SPACE.test(c.text)) continue; // the space takes it
    // No gap at a seam between two text objects (a style change) unless a space is there:
    // extractors judge such seams loosely.
    if (next.inline !== c.inline && !SPACE.test(c.text.replace(/[\u200B\u2060]/g, ''))) continue;
    gaps.push({ inline: c.inline, at: c.end, space: SPACE.test(c.text.replace(/[\u200B\u2060]/g, '')) });
  }
  const extra = width - (natural - line.leadingCut - line.trailingCut);
  if (extra > 0 && !widen) return true;
  if (Math.abs(extra) <= 0.01 || gaps.length === 0) return Math.abs(extra) <= 0.01;
  const ns = gaps.filter((g) => g.space).length;
  const nc = gaps.length - ns;
  let unit: number;
  let perSpace: number;
  if (extra < 0) {
    // A line the fitter set tighter than the measure (line-fit.ts): every gap closes by the same share of its limit.
    const capacity = nc * CLUSTER_SHRINK * spaceWidth + ns * SPACE_SHRINK * spaceWidth;
    if (-extra > capacity + 0.01) return false;
    const share = extra / capacity;
    unit = share * CLUSTER_SHRINK * spaceWidth;
    perSpace = share * SPACE_SHRINK * spaceWidth;
  } else {
    const clusterCap = CLUSTER_CAP * spaceWidth;
    unit = extra / (nc + SPACE_SHARE * ns);
    perSpace = SPACE_SHARE * unit;
    if (unit > clusterCap) {
      unit = clusterCap;
      perSpace = ns ? (extra - nc * clusterCap) / ns : Infinity;
    }
    if (perSpace > SPACE_CAP * spaceWidth) return false;
  }

  const cuts: number[][] = inlines.map(() => []);
  const adds: number[][] = inlines.map(() => []);
  const added = inlines.map(() => 0);
  for (const g of gaps) {
    const pt = g.space ? perSpace : unit;
    const inl = inlines[g.inline]!;
    cuts[g.inline]!.push(g.at);
    adds[g.inline]!.push((pt * 1000) / inl.fontSize);
    added[g.inline]! += pt;
  }
  let shift = 0;
  inlines.forEach((inl, k) => {
    inl.x += shift;
    if (cuts[k]!.length) inl.fontFeatures = new ClusterSpacing(cuts[k]!, adds[k]!);
    inl.width += added[k]!;
    shift += added[k]!;
  });
  return true;
}

let installed = false;
/** Routes pdfmake's justified lines through distribute(); other alignments are untouched. */
export function installThaiJustify(): void {
  if (installed) return;
  const ElementWriter = (fromPdfmake('./ElementWriter.js') as { default: new (...a: unknown[]) => object }).default;
  const proto = ownerOf(Object.create(ElementWriter.prototype as object) as object, 'alignLine', 'Thai justification');
  const original = proto.alignLine as (this: unknown, line: Line) => void;
  proto.alignLine = function alignLine(this: { context(): { availableWidth: number } }, line: Line): void {
    const alignment = line.inlines?.[0]?.alignment;
    if (line.inlines?.length > 1) mergeInlines(line);
    if (alignment !== 'justify') return original.call(this, line);
    // A last line is start-aligned, but closed to the measure when the fitter set it tighter.
    const last = line.newLineForced === true || line.lastLineInParagraph === true;
    distribute(line, this.context().availableWidth, !last);
  };
  installed = true;
}
