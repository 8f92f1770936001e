// Break opportunities ranked, not just found: breakOffsets (breaks.ts) says where a line may
// break; this says what each break costs a reader, for the PDF's paragraph line fitter
// (writers/pdf/line-fit.ts), and which spans no writer may break at all (keepSpans).
//
//   after white space                       SPACE     0
//   before a word that opens a phrase       PHRASE    (และ, ที่, เพื่อ, ซึ่ง… compounds.ts)
//   between two words inside a phrase       WORD
//   inside a fixed compound or office       COMPOUND  (ทำเนียบ|รัฐบาล, คณะ|กรรมการ…)
//   inside a long listed name only          LONG_NAME (over LONG_COMPOUND letters: an agency's
//                                                      name may break at its seams, as ฯ-runs do)
//   inside a title with its name, a province after จังหวัด/อำเภอ: never (keepSpans)
//
// Penalties are in the fitter's demerit units (squared there, as TeX's are): a word break weighs
// about a line stretched to 60 % of its limit, a compound break more than any line that can
// still be closed. BudouX's Thai phrase model was evaluated and not used (docs/thai.md §1).
import { COMPOUNDS, PERSONAL_TITLES, PHRASE_OPENERS, PLACE_NOUNS, PROVINCES, UNITS } from './compounds.js';
import { segmentBoundaries } from './breaks.js';
import { Trie } from './trie.js';

export const PENALTY = { SPACE: 0, PHRASE: 20, WORD: 60, LONG_NAME: 150, COMPOUND: 1000 } as const;

const isThaiLetter = (c: number) => (c >= 0x0e01 && c <= 0x0e3a) || (c >= 0x0e40 && c <= 0x0e4e);
const isSpace = (c: number) => c === 0x20 || c === 0xa0 || c === 0x09 || c === 0x0a;

let compoundTrie: Trie | undefined;
let openerTrie: Trie | undefined;
const compounds = () => (compoundTrie ??= Trie.build([...COMPOUNDS, ...PROVINCES]));
const openers = () => (openerTrie ??= Trie.build(PHRASE_OPENERS));

/** Length of the longest word of `trie` that starts at text[at], or 0. */
function longestAt(trie: Trie, text: string, at: number): number {
  let node = Trie.ROOT;
  let best = 0;
  for (let j = at; j < text.length; j++) {
    node = trie.child(node, text.charCodeAt(j));
    if (node < 0) break;
    if (trie.word[node]) best = j + 1 - at;
  }
  return best;
}

/** A listed name longer than this (UTF-16 units) may break at its own word seams when nothing else closes the line, as a ฯ-run may (breaks.ts). */
export const LONG_COMPOUND = 20;

/**
 * At each offset strictly inside an occurrence of a listed compound or province: 1 inside one of
 * at most LONG_COMPOUND letters (or inside a short one within a long one), 2 inside a long one
 * only, 0 elsewhere. Linear: a walk per letter, no deeper than the longest entry.
 */
export function insideCompounds(text: string): Uint8Array {
  const inside = new Uint8Array(text.length + 1);
  const trie = compounds();
  for (let i = 0; i < text.length; i++) {
    if (!isThaiLetter(text.charCodeAt(i))) continue;
    let node = Trie.ROOT;
    for (let j = i; j < text.length; j++) {
      node = trie.child(node, text.charCodeAt(j));
      if (node < 0) break;
      if (!trie.word[node] || j === i) continue;
      const level = j + 1 - i > LONG_COMPOUND ? 2 : 1;
      for (let k = i + 1; k <= j; k++) if (inside[k] !== 1) inside[k] = level;
    }
  }
  return inside;
}

/** Spans [start, end) of the short listed compounds in a text (breaks inside cost COMPOUND): for
 *  writers whose program breaks lines itself and cannot rank breaks (HTML), they are kept whole. */
export function compoundSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!/[\u0E01-\u0E4E]/.test(text)) return out;
  const inside = insideCompounds(text);
  for (let i = 1; i < text.length; i++) {
    if (inside[i] !== 1) continue;
    let j = i;
    while (j + 1 < text.length && inside[j + 1] === 1) j++;
    out.push([i - 1, j + 1]);
    i = j;
  }
  return out;
}

/** The cost of a line break at each of `offsets` (positions breakOffsets allows). */
export function breakPenalties(text: string, offsets: readonly number[]): number[] {
  if (!offsets.length) return [];
  const inside = /[\u0E01-\u0E4E]/.test(text) ? insideCompounds(text) : undefined;
  return offsets.map((i) => {
    if (i <= 0 || i >= text.length || isSpace(text.charCodeAt(i - 1))) return PENALTY.SPACE;
    if (inside?.[i] === 1) return PENALTY.COMPOUND;
    if (inside?.[i] === 2) return PENALTY.LONG_NAME;
    if (longestAt(openers(), text, i) > 0) return PENALTY.PHRASE;
    return PENALTY.WORD;
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const TITLE = new RegExp(`(?<![.])(?:${[...PERSONAL_TITLES].sort(byLength).map(escape).join('|')})(?=[\\u0E01-\\u0E2E])`, 'gu');
const PLACE = new RegExp(`(?:${[...PLACE_NOUNS].sort(byLength).map(escape).join('|')})\\s?(?:${[...PROVINCES].sort(byLength).map(escape).join('|')})`, 'gu');
const UNIT = new RegExp(`[\\d๐-๙]+(?:[.,][\\d๐-๙]+)*\\s?(?:${[...UNITS].sort(byLength).map(escape).join('|')})`, 'gu');
/** A name or surname longer than this (letters) is taken for running text: it is not held to its title. */
const NAME_RUN = 25;

/**
 * Spans [start, end) no line may break inside, in any writer: a personal title with the name
 * after it and the surname after one space (นายอนุทิน ชาญวีรกูล, ผศ.ดร.สมชาย ใจดี), and a province
 * name after จังหวัด or อำเภอ, and a number with its unit (UNITS). A title counts only where it ends a word (นายกเทศมนตรี is no นาย).
 */
export function keepSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!/[\u0E01-\u0E4E]/.test(text)) return out;
  for (const m of text.matchAll(TITLE)) {
    const start = m.index;
    const nameAt = start + m[0].length;
    // A title where a word starts and (unless it ends in ".") ends: not นาย in นายก, nor in ผู้ว่าจ้างนาย…
    const from = Math.max(0, start - NAME_RUN);
    const seams = segmentBoundaries(text.slice(from, nameAt + NAME_RUN));
    if (start > from && isThaiLetter(text.charCodeAt(start - 1)) && !seams.has(start - from)) continue;
    if (!m[0].endsWith('.') && !seams.has(nameAt - from)) continue;
    let end = runEnd(text, nameAt);
    if (end - nameAt > NAME_RUN) continue;
    if (text[end] === ' ' && isThaiLetter(text.charCodeAt(end + 1))) {
      const surnameEnd = runEnd(text, end + 1);
      if (surnameEnd - end - 1 <= NAME_RUN) end = surnameEnd;
    }
    out.push([start, end]);
  }
  for (const m of text.matchAll(PLACE)) out.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(UNIT)) {
    // A unit only where its word ends (คน in คนละ is not the unit คน).
    const end = m.index + m[0].length;
    const word = end >= text.length || !isThaiLetter(text.charCodeAt(end)) || segmentBoundaries(text.slice(m.index, end + NAME_RUN)).has(m[0].length);
    if (word) out.push([m.index, end]);
  }
  return out;
}

/** The end of the run of Thai letters (and the dots of an abbreviation) starting at `at`. */
function runEnd(text: string, at: number): number {
  let j = at;
  while (j < text.length && (isThaiLetter(text.charCodeAt(j)) || text[j] === '.')) j++;
  return j;
}
