// Optimal line breaking for a paragraph (Knuth–Plass, as TeX and Typst do), in place of
// pdfmake's first fit. pdfmake splits a paragraph into inlines at its break opportunities (our
// ZWSPs and spaces, text.ts); here, when it starts a paragraph, the breaks of the whole
// paragraph are chosen to minimise the sum over lines of
//     (LINE + badness)² + penalty²
// where badness grows with the cube of how much of its stretch a justified line needs (clusters
// and spaces within justify.ts's limits; past them the line could not be closed), or of how much
// its spaces must close for a line set a little wider than the measure, and penalty is
// what the break costs a reader (thai/break-penalties.ts: 0 after a space, more between words,
// a lot inside a compound). Ragged lines (start, centre) count how empty they are instead.
// pdfmake then builds the lines as before, but stops each one at the chosen inline (a patched
// Line.hasEnoughSpaceForInline), so the drawing, keeps, page breaks and overflow stay its own.
//
// Bounded: each break looks back over at most CANDIDATES earlier breaks that fit on one line, so
// the cost is linear in the paragraph's length.
import { breakPenalties } from '../../thai/break-penalties.js';
import { fromPdfmake, ownerOf } from './internals.js';
import { CLUSTER_CAP, CLUSTER_SHRINK, countGaps, SPACE_CAP, SPACE_SHRINK } from './justify.js';

/** Every line costs this much (TeX's \linepenalty): fewer lines are better, all else equal. */
const LINE = 10;
/** Badness of a justified line that would need more than its stretch: it cannot be closed. */
const UNCLOSED = 5000;
/** The share of a line's stretch the fitter counts on. */
const CLOSE = 0.97;
/** Earlier breaks a break looks back over (a line rarely holds more than 60 Thai words). */
const CANDIDATES = 200;
/** Lines this much over the measure still fit (pdfmake sums the same widths in another order). */
const EPS = 1e-6;

export interface FitInline {
  text: string;
  width: number;
  leadingCut?: number;
  trailingCut?: number;
  noNewLine?: boolean;
  lineEnd?: boolean;
  alignment?: string;
  font: { widthOfString(text: string, size: number): number };
  fontSize: number;
}

const INVISIBLE = /[\u200B\u2060]/g;

/** Recent paragraphs' penalties, by their text and seams: batches repeat their template's sentences. */
const penaltyMemo = new Map<string, number[]>();
const MEMO_SIZE = 2048;

/** The penalty of a break after each inline (the last's is 0), from the paragraph's text. */
function penaltiesOf(inlines: readonly FitInline[]): number[] {
  const offsets: number[] = [];
  let text = '';
  for (const inl of inlines) {
    text += inl.text.replace(INVISIBLE, '');
    offsets.push(text.length);
  }
  const key = text.length <= 4096 ? `${text}\u0000${offsets.join(',')}` : undefined;
  const hit = key !== undefined ? penaltyMemo.get(key) : undefined;
  if (hit) return hit;
  const out = breakPenalties(text, offsets);
  if (key !== undefined) {
    if (penaltyMemo.size >= MEMO_SIZE) penaltyMemo.delete(penaltyMemo.keys().next().value!);
    penaltyMemo.set(key, out);
  }
  return out;
}

/** A paragraph's fitted lines: the inline that ends each line but the last, and the width each line needs from pdfmake. */
export interface Fit {
  ends: number[];
  /** For each line: the width pdfmake must allow it (its measure, or more for a line set tighter). */
  widths: number[];
}

const spaces = new WeakMap<object, Map<number, number>>();
/** The width of a space in an inline's font and size (measured once per font object and size). */
function spaceWidth(inl: FitInline): number {
  let bySize = spaces.get(inl.font);
  if (!bySize) spaces.set(inl.font, (bySize = new Map()));
  let w = bySize.get(inl.fontSize);
  if (w === undefined) bySize.set(inl.fontSize, (w = inl.font.widthOfString(' ', inl.fontSize)));
  return w;
}

/**
 * The breaks of a paragraph set `width` wide, or undefined when no set of breaks fits (pdfmake's
 * first fit then decides). A justified line, its last too, may be set up to its shrink tighter
 * than the measure (justify.ts closes its gaps); a ragged line must fit.
 */
export function fitParagraph(inlines: readonly FitInline[], width: number): Fit | undefined {
  const n = inlines.length;
  if (n < 2) return undefined;
  const justify = inlines[0]!.alignment === 'justify';
  const penalty = penaltiesOf(inlines);
  // Prefix sums: widths, and each inline's stretch and shrink (its cluster and space gaps at their limits).
  const sumW = new Float64Array(n + 1);
  const sumStretch = new Float64Array(n + 1);
  const sumShrink = new Float64Array(n + 1);
  const trailStretch = new Float64Array(n);
  const trailShrink = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const inl = inlines[k]!;
    sumW[k + 1] = sumW[k]! + inl.width;
    const space = spaceWidth(inl);
    const { clusters, spaces, trailing } = countGaps(inl.text);
    sumStretch[k + 1] = sumStretch[k]! + (clusters * CLUSTER_CAP + spaces * SPACE_CAP) * space;
    sumShrink[k + 1] = sumShrink[k]! + (clusters * CLUSTER_SHRINK + spaces * SPACE_SHRINK) * space;
    // The line's end: its trailing spaces, or the gap counted after its last cluster.
    trailStretch[k] = trailing ? trailing * SPACE_CAP * space : CLUSTER_CAP * space;
    trailShrink[k] = trailing ? trailing * SPACE_SHRINK * space : CLUSTER_SHRINK * space;
  }
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  const need = new Float64Array(n + 1);
  best[0] = 0;
  // A line is inlines [i, j); a break may follow inline j-1 unless it is glued to the next.
  for (let j = 1; j <= n; j++) {
    if (j < n && inlines[j - 1]!.noNewLine) continue;
    const last = j === n || inlines[j - 1]!.lineEnd === true;
    const p = j === n ? 0 : penalty[j - 1]!;
    // A justified paragraph's last line may close its spaces too (as TeX's does): else a
    // paragraph a point wider than the measure breaks before its last group, leaving a short line.
    const tight = justify;
    let seen = 0;
    for (let i = j - 1; i >= 0 && seen < CANDIDATES; i--) {
      // pdfmake measures a line without its trailing space, but cuts its last inline by
      // characters when the whole inline (trailing space too) is wider than what is left.
      const full = sumW[j]! - sumW[i]! - (inlines[i]!.leadingCut ?? 0);
      const w = full - (inlines[j - 1]!.trailingCut ?? 0);
      const shrink = tight ? sumShrink[j]! - sumShrink[i]! - trailShrink[j - 1]! : 0;
      const over = w - shrink > width + EPS;
      // Wider still going back; but the shortest line that can end here is taken even when too
      // wide (a glued group or a word wider than the line: overflow.ts cuts it).
      if (over && seen > 0) break;
      const forced = i > 0 && inlines[i - 1]!.lineEnd === true;
      if (i > 0 && !forced && (inlines[i - 1]!.noNewLine || best[i] === Infinity)) continue;
      seen++;
      if (best[i] !== Infinity) {
        let bad: number;
        if (over) bad = UNCLOSED * 2;
        else if (w > width) bad = 100 * ((w - width) / shrink) ** 3;
        else if (last) bad = 0;
        else if (justify) {
          const stretch = sumStretch[j]! - sumStretch[i]! - trailStretch[j - 1]!;
          // A little short of the full stretch: distribute() shares the slack out per cluster width it measures itself.
          const r = stretch > 0 ? (width - w) / (CLOSE * stretch) : width - w > 0.5 ? 100 : 0;
          bad = r > 1 ? UNCLOSED + 100 * Math.min(r, 100) : 100 * r ** 3;
        } else bad = 100 * ((width - w) / (width * 0.5)) ** 3;
        const d = best[i]! + (LINE + bad) ** 2 + p * p;
        if (d < best[j]!) {
          best[j] = d;
          from[j] = i;
          need[j] = over ? width : Math.max(width, w, full - (j - 1 > i ? (inlines[j - 2]!.trailingCut ?? 0) : 0)) + 0.01;
        }
      }
      if (forced || over) break; // no line reaches back past a forced break
    }
  }
  if (best[n] === Infinity) return undefined;
  const ends: number[] = [];
  const widths: number[] = [];
  for (let j = n; j > 0; j = from[j]!) {
    if (j < n) ends.push(j - 1);
    widths.push(need[j]!);
  }
  return { ends: ends.reverse(), widths: widths.reverse() };
}

/** Inlines after which a fitted paragraph breaks. */
const lineEnds = new WeakSet<object>();
/** The first inline of each line that needs more than the measure, and the width it needs. */
const lineWidths = new WeakMap<object, number>();
/** Inline arrays (pdfmake's node._inlines) already fitted. */
const fitted = new WeakSet<object>();

interface TextNode {
  _inlines?: FitInline[];
}

let installed = false;
/** Makes pdfmake break each paragraph where fitParagraph chose (installed after overflow.ts's wrap, so it runs first). */
export function installLineFit(): void {
  if (installed) return;
  const LayoutBuilder = (fromPdfmake('./LayoutBuilder.js') as { default: { prototype: object } }).default;
  const builder = ownerOf(Object.create(LayoutBuilder.prototype) as object, 'buildNextLine', 'Line fit');
  const buildNextLine = builder.buildNextLine as (this: unknown, node: TextNode) => unknown;
  builder.buildNextLine = function fittedNextLine(this: { writer: { context(): { availableWidth: number } } }, node: TextNode): unknown {
    const inlines = node._inlines;
    const context = this.writer.context();
    if (inlines && inlines.length > 1 && !fitted.has(inlines)) {
      fitted.add(inlines);
      const fit = fitParagraph(inlines, context.availableWidth);
      fit?.ends.forEach((k, line) => {
        lineEnds.add(inlines[k]!);
        if (fit.widths[line + 1]! > context.availableWidth) lineWidths.set(inlines[k + 1]!, fit.widths[line + 1]!);
      });
      if (fit && fit.widths[0]! > context.availableWidth) lineWidths.set(inlines[0]!, fit.widths[0]!);
    }
    // A line set tighter than the measure: pdfmake builds it against the width it needs, and
    // justify.ts closes its gaps to the measure when it is placed.
    const wide = inlines?.[0] && lineWidths.get(inlines[0]);
    if (!wide) return buildNextLine.call(this, node);
    const measure = context.availableWidth;
    context.availableWidth = wide;
    try {
      return buildNextLine.call(this, node);
    } finally {
      context.availableWidth = measure;
    }
  };
  const Line = (fromPdfmake('./Line.js') as { default: { prototype: object } }).default;
  const line = ownerOf(Object.create(Line.prototype) as object, 'hasEnoughSpaceForInline', 'Line fit');
  const hasEnoughSpace = line.hasEnoughSpaceForInline as (this: { inlines: object[] }, ...a: unknown[]) => boolean;
  line.hasEnoughSpaceForInline = function fittedSpace(this: { inlines: object[] }, ...a: unknown[]): boolean {
    const prev = this.inlines[this.inlines.length - 1];
    if (prev && lineEnds.has(prev)) return false;
    return hasEnoughSpace.apply(this, a);
  };
  installed = true;
}
