// Model inlines → the strings pdfmake lays out, with the Thai text layer's line breaks made
// explicit. pdfmake breaks lines with UAX #14 (the `linebreak` package), which finds no breaks in
// Thai and some (after "/", "-") where Thai typesetting wants none. So each text run becomes ONE
// string in which:
//   - ZWSP (U+200B) marks every allowed break not already after white space,
//   - a space after which no break is allowed becomes NBSP ("ต่าง ๆ", "10.30 น.", names),
//   - WJ (U+2060) cancels every other UAX #14 break opportunity,
//   - a run ends with ZWSP or WJ where pdfmake would otherwise decide the seam itself.
// ZWSP and WJ draw nothing (merged font + pdfkit-thai-fix.ts) and are left out of copied text;
// NBSP copies out as a space. One string per run (not one per word): pdfmake glues adjacent
// inlines into one word when UAX #14 sees no break between them, and justifies by spreading
// space between its word pieces, which ZWSP now makes Thai words.
import type { Inline } from '../../model/document.js';
import { breakOffsets } from '../../thai/index.js';
import { keepSpans } from '../../thai/break-penalties.js';
import { fromPdfmake } from './internals.js';

export const ZWSP = '\u200B';
export const NBSP = '\u00A0';
export const WJ = '\u2060';

interface LineBreaker {
  nextBreak(): { position: number; required: boolean } | null;
}
const LineBreakerClass = fromPdfmake('linebreak') as new (text: string) => LineBreaker;

/** Offsets where UAX #14 (as pdfmake runs it) allows a break, excluding 0 and the end. */
function uaxBreaks(text: string): number[] {
  const out: number[] = [];
  const lb = new LineBreakerClass(text);
  for (let b = lb.nextBreak(); b; b = lb.nextBreak()) if (b.position > 0 && b.position < text.length) out.push(b.position);
  return out;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
/** Characters either side of a seam that UAX #14 is asked about. */
const SEAM = 32;

/** Recent results of cancelForeignBreaks: documents of a batch repeat their template's sentences. */
const cancelled = new Map<string, string>();
const CANCELLED_SIZE = 4096;

/** Inserts WJ at every UAX #14 opportunity in `text` that is not ours (pdfmake splits each inline on its own). */
function cancelForeignBreaks(text: string): string {
  if (text.length > 4096) return cancelForeign(text);
  let out = cancelled.get(text);
  if (out === undefined) {
    if (cancelled.size >= CANCELLED_SIZE) cancelled.delete(cancelled.keys().next().value!);
    cancelled.set(text, (out = cancelForeign(text)));
  }
  return out;
}

function cancelForeign(text: string): string {
  const cuts = uaxBreaks(text).filter((p) => !OURS.has(text[p - 1]!));
  if (!cuts.length) return text;
  const out: string[] = [];
  let from = 0;
  for (const p of cuts) {
    out.push(text.slice(from, p), WJ);
    from = p;
  }
  out.push(text.slice(from));
  return out.join('');
}
/** Characters after which pdfmake may break and we allow it. */
const OURS = new Set([ZWSP, ' ', '\t', '\n']);

export interface PdfPiece {
  /** The model inline (text run, tab or line break) this piece comes from. */
  inline: Inline;
  text: string;
}

/** Recent paragraphs' pieces (the index of each piece's inline, its text), by what decides them. */
const piecesMemo = new Map<string, [number, string][]>();

/**
 * The pdfmake text of each inline of a paragraph (or cell, item…). Breaks are judged on the
 * whole paragraph, so a run boundary (bold name, <nobr>) is treated like any other position.
 * Memoised by the inlines' kinds, texts and nowrap: a batch repeats its template's sentences.
 */
export function pdfPieces(content: readonly Inline[], dictionary: readonly string[]): PdfPiece[] {
  const key = `${dictionary.join('\u0001')}\u0000${content.map((i) => (i.kind === 'text' ? (i.nowrap ? 'N' : 'T') + i.text : i.kind)).join('\u0002')}`;
  if (key.length > 4096) return computePieces(content, dictionary).map(([k, text]) => ({ inline: content[k]!, text }));
  let pieces = piecesMemo.get(key);
  if (!pieces) {
    if (piecesMemo.size >= CANCELLED_SIZE) piecesMemo.delete(piecesMemo.keys().next().value!);
    piecesMemo.set(key, (pieces = computePieces(content, dictionary)));
  }
  return pieces.map(([k, text]) => ({ inline: content[k]!, text }));
}

function computePieces(content: readonly Inline[], dictionary: readonly string[]): [number, string][] {
  const parts = content.map((inline) => ({ inline, src: inline.kind === 'text' ? inline.text : inline.kind === 'tab' ? '    ' : '\n' }));
  const full = parts.map((p) => p.src).join('');
  const protect: [number, number][] = [];
  let at = 0;
  const spans = parts.map((p) => {
    const span = [at, at + p.src.length] as const;
    if (p.inline.kind === 'text' && p.inline.nowrap) protect.push([span[0], span[1]]);
    at = span[1];
    return span;
  });
  protect.push(...keepSpans(full)); // a title with its name, a province after จังหวัด
  const allowed = new Uint8Array(full.length + 1);
  for (const i of breakOffsets(full, { dictionary, protect })) allowed[i] = 1;

  // Linear in the paragraph's length: each piece is assembled once from an array of parts.
  const pieces = parts.map((p, k) => {
    if (p.inline.kind === 'br') return { inline: p.inline, text: '\n' };
    const [start, end] = spans[k]!;
    const out: string[] = [];
    for (let j = start; j < end; j++) {
      const ch = full[j]!;
      if (j > start && allowed[j] && !isSpace(full[j - 1])) out.push(ZWSP);
      out.push(isSpace(ch) && j + 1 < full.length && !allowed[j + 1] && !isSpace(full[j + 1]) ? NBSP : ch);
    }
    if (end < full.length && allowed[end] && !isSpace(full[end - 1])) out.push(ZWSP);
    return { inline: p.inline, text: cancelForeignBreaks(out.join('')) };
  });

  // Cancel the UAX #14 opportunities at each seam too (pdfmake re-splits last word + first word).
  // The decision depends on a few characters either side, so only the seam's neighbourhood is asked.
  for (let k = 0; k + 1 < pieces.length; k++) {
    const a = pieces[k]!.text;
    const b = pieces[k + 1]!.text;
    if (!a || !b || OURS.has(a.at(-1)!) || a.endsWith(WJ)) continue;
    const left = a.slice(-SEAM);
    if (uaxBreaks(left + b.slice(0, SEAM)).includes(left.length)) pieces[k]!.text = a + WJ;
  }
  return pieces.flatMap((p, k): [number, string][] => (p.text !== '' ? [[k, p.text]] : []));
}
