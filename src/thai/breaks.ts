// Where a line may break in Thai text. Thai writes no spaces between words, so break
// opportunities come from word segmentation: libthai's word list combined with ICU
// (dictionary.ts), narrowed by the rules of Thai typesetting and by a user dictionary of names.
//
// The rules, as data: a break is allowed only
//   - after white space, or
//   - at a word boundary between two Thai letters,
// and never
//   - before ๆ or ฯ (even across a space: "ต่าง ๆ"), before a following vowel or a mark,
//   - after a leading vowel เ แ โ ใ ไ,
//   - inside a word that ends in ฯ (กรุงเทพฯ, เลขานุการสภาฯ: back to the space before it, or its
//     last two words when the run is longer than FAI_YAN_RUN),
//   - inside a no-break group (NO_BREAK_GROUPS, the user dictionary, or a span the caller protects).
import { NEVER_AFTER, NEVER_BEFORE, segmentRun, termTrie } from './dictionary.js';

// Thai letters and marks; not Thai digits, so "ที่๑๒๓" stays whole (like "Aวันที่" and "พ.ศ. 2567").
const THAI_LETTER = /[\u0E01-\u0E3A\u0E40-\u0E4E]/;
const isThaiLetter = (c: number) => (c >= 0x0e01 && c <= 0x0e3a) || (c >= 0x0e40 && c <= 0x0e4e);
/** A ฯ-abbreviated name this long or shorter (letters before ฯ) stays whole on one line. */
const FAI_YAN_RUN = 20;

/** Groups that stay on one line: a number with its unit, or its prefix noun. Agencies may add their own.
 *  A number is matched from its first digit only (the look-behind): tried again at every digit
 *  of a long run of digits or "1.1.1…", it would make the search quadratic. */
export const NO_BREAK_GROUPS: RegExp[] = [
  /(?<![\d๐-๙]|[\d๐-๙][.:,])[\d๐-๙]+(?:[.:,][\d๐-๙]+)*\s?(?:น\.|นาฬิกา|นาที|วินาที|ชั่วโมง|บาท|สตางค์|คน|ราย|แห่ง|ปี|เดือน|วัน|กม\.|ม\.|ซม\.|ไร่|งาน|ตารางวา|ครั้ง|%)/gu,
  /(?:พ\.ศ\.|ค\.ศ\.|ชั้น|ข้อ|ครั้งที่|หมู่ที่|หมู่|ที่|เขต|หมวด|มาตรา|วรรค|ฉบับที่|ระเบียบวาระที่|วาระที่|ลำดับที่|หน้า|ซอย|ถนน|ตำบล|อำเภอ|ไตรมาสที่|รุ่นที่)\s*[\d๐-๙]+(?:[/.][\d๐-๙]+)*/gu,
  /ฯลฯ/gu,
];

let icu: Intl.Segmenter | undefined;
/** ICU's Thai word segmenter, made on first use: making it loads ICU's Thai dictionary (about
 *  10 ms), which `validate` and the other commands that break no lines never need. */
const wordSegmenter = (): Intl.Segmenter => (icu ??= new Intl.Segmenter('th', { granularity: 'word' }));
/** ICU is given at most this many characters at a time (see icuBoundaries). */
const ICU_WINDOW = 1024;
/** Boundaries this close to a window's cut are left to the next window, which sees past the cut. */
const ICU_MARGIN = 64;

/**
 * ICU's word boundaries strictly inside text[start, end), ascending, as offsets in `text`.
 * Linear in the length: V8's segment iterator costs more per step the longer its string (80,000
 * segments of "a-a-…" took 2.5 s in one string, 0.1 s in windows), so a long text is given to ICU
 * window by window, each resuming at the last boundary the one before found short of its cut (or
 * at the cut less the margin, inside a long run without one). Lazy: a caller may stop early.
 */
export function* icuBoundaries(text: string, start = 0, end = text.length): Generator<number> {
  for (let s = start; s < end; ) {
    const e = Math.min(end, s + ICU_WINDOW);
    const last = e === end;
    let resume = e - ICU_MARGIN;
    for (const { index } of wordSegmenter().segment(text.slice(s, e))) {
      const at = s + index;
      if (at === s) continue;
      if (!last && at > e - ICU_MARGIN) break;
      yield at;
      resume = at;
    }
    if (last) return;
    s = resume;
  }
}

export interface BreakOptions {
  /** Names and terms that must not be split (from the data's dictionary). */
  dictionary?: readonly string[];
  /** [start, end) spans the caller keeps whole, e.g. runs marked nowrap (<nobr>). */
  protect?: readonly (readonly [number, number])[];
}

/**
 * Splits text into unbreakable units: a line may break only between two units.
 * Joining the units gives back the text exactly; white space stays at the end of the unit before it.
 */
export function breakUnits(text: string, options: BreakOptions = {}): string[] {
  if (text === '') return [];
  const units: string[] = [];
  let start = 0;
  for (const i of breakOffsets(text, options)) {
    units.push(text.slice(start, i));
    start = i;
  }
  units.push(text.slice(start));
  return units;
}

const MEMO_SIZE = 4096;
/** Texts longer than this are computed each time (they are rarely repeated, and would fill the memo). */
const MEMO_TEXT = 4096;

/** The value kept for `key` in `memo`, or `make()`'s, kept: batches render the same template text
 *  for every record. The oldest entry goes when the memo is full; a `text` over MEMO_TEXT is not kept. */
function remembered<T>(memo: Map<string, T>, text: string, key: string, make: () => T): T {
  if (text.length > MEMO_TEXT) return make();
  let out = memo.get(key);
  if (out === undefined) {
    out = make();
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(key, out);
  }
  return out;
}

const offsetsMemo = new Map<string, number[]>();

/** The offsets (> 0, < length, ascending) where a line may break: breakUnits' seams. */
export function breakOffsets(text: string, options: BreakOptions = {}): number[] {
  const key = `${text}\u0000${(options.dictionary ?? []).join('\u0001')}\u0000${(options.protect ?? []).join(';')}`;
  return remembered(offsetsMemo, text, key, () => computeBreakOffsets(text, options)).slice();
}

function computeBreakOffsets(text: string, options: BreakOptions): number[] {
  const n = text.length;
  const words = segmentBoundaries(text, options.dictionary);
  const candidate = new Uint8Array(n + 1);
  for (const i of words) candidate[i] = 1;
  for (let i = 1; i < n; i++) if (isSpaceCode(text.charCodeAt(i - 1)) && !isSpaceCode(text.charCodeAt(i))) candidate[i] = 1;
  const blocked = new Uint8Array(n + 1);
  const protect = (a: number, b: number) => blocked.fill(1, a + 1, Math.max(a + 1, b));
  // A unit only where its word ends: "๒๕๖๔ ราย" in "๒๕๖๔ รายหมวด" is no number of cases.
  const wordEnds = (end: number) => end >= n || !isThaiLetter(text.charCodeAt(end)) || words.has(end);
  for (const re of NO_BREAK_GROUPS) for (const m of text.matchAll(re)) if (wordEnds(m.index + m[0].length)) protect(m.index, m.index + m[0].length);
  for (const term of options.dictionary ?? []) {
    if (!term) continue;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) protect(at, at + term.length);
  }
  for (const [a, b] of options.protect ?? []) protect(a, b);
  protectFaiYan(text, words, protect);
  const out: number[] = [];
  for (let i = 1; i < n; i++) if (candidate[i] && !blocked[i] && allowedAt(text, i)) out.push(i);
  return out;
}

const isSpaceCode = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);

/** A word ending in ฯ (not ฯลฯ) stays whole: back to the space before it, or its last two words. */
function protectFaiYan(text: string, words: ReadonlySet<number>, protect: (a: number, b: number) => void): void {
  for (let at = text.indexOf('ฯ'); at !== -1; at = text.indexOf('ฯ', at + 1)) {
    if (text.startsWith('ฯลฯ', at) || text.slice(Math.max(0, at - 2), at + 1) === 'ฯลฯ') continue;
    let s = at;
    while (s > 0 && isThaiLetter(text.charCodeAt(s - 1)) && text[s - 1] !== 'ฯ') s--;
    if (at - s > FAI_YAN_RUN) {
      let seen = 0;
      let k = at - 1;
      for (; k > s; k--) if (words.has(k) && ++seen === 2) break;
      s = k;
    }
    protect(s, at + 1);
  }
}

function allowedAt(text: string, i: number): boolean {
  const prev = text[i - 1]!;
  if (NEVER_AFTER.test(prev)) return false;
  let j = i;
  while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
  if (j < text.length && NEVER_BEFORE.test(text[j]!)) return false;
  if (isSpaceCode(prev.charCodeAt(0))) return true;
  return THAI_LETTER.test(prev) && THAI_LETTER.test(text[i]!);
}

/** ICU word boundaries of a text (offsets > 0 and < length): where a browser or ICU-based program may break. */
export function wordBoundaries(text: string): Set<number> {
  return new Set(icuBoundaries(text));
}

const insideMemo = new Map<string, boolean>();

/** Whether ICU finds a word boundary inside the text: where a browser could break it. Remembered:
 *  a document asks this of each of its break units, and the same words come back. ICU stops at
 *  the first one (a unit may be a 200 KB "a-a-…" with no Thai break). */
export function hasWordBoundary(text: string): boolean {
  return remembered(insideMemo, text, text, () => !icuBoundaries(text).next().done);
}

/**
 * Word boundaries inside each run of Thai letters (offsets > 0 and < length): libthai's word list
 * combined with ICU (dictionary.ts), plus the document's own terms. Used to judge line breaks.
 */
export function segmentBoundaries(text: string, dictionary: readonly string[] = []): Set<number> {
  const out = new Set<number>();
  const runs = thaiRuns(text);
  if (!runs.length) return out;
  const extra = termTrie(dictionary);
  const isIcu = icuMarks(text, runs);
  for (const [i, j] of runs) for (const b of segmentRun(text, i, j, isIcu, extra)) out.add(b);
  return out;
}

/** The runs of Thai letters two or more long, as [start, end) offsets: where words are segmented. */
function thaiRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isThaiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isThaiLetter(text.charCodeAt(j))) j++;
    if (j - i > 1) runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** ICU's word boundaries (1 at each): over the whole of a short text (one call, as each has a
 *  fixed cost), over each Thai run of a long one, which may be mostly Latin, digits or punctuation. */
function icuMarks(text: string, runs: readonly (readonly [number, number])[]): Uint8Array {
  const marks = new Uint8Array(text.length + 1);
  if (text.length <= ICU_WINDOW) for (const b of icuBoundaries(text)) marks[b] = 1;
  else for (const [i, j] of runs) for (const b of icuBoundaries(text, i, j)) marks[b] = 1;
  return marks;
}

const WORD_JOINER = '\u2060';

/**
 * Text for writers whose program breaks lines itself (DOCX: Word, LibreOffice): inside the spans
 * to keep whole — the document's dictionary terms, or all of it when `whole` (a <nobr> run) —
 * spaces become no-break spaces and every word boundary between two Thai letters (ours or ICU's,
 * which LibreOffice uses) gets a WORD JOINER (U+2060), which line breakers must honour. The
 * letters themselves are unchanged, so the text stays searchable in a reader that ignores
 * default-ignorable characters (docs/thai.md says which do).
 */
export function keepTogether(text: string, options: KeepOptions = {}): string {
  const key = `${text}\u0000${(options.dictionary ?? []).join('\u0001')}\u0000${options.whole ? 1 : 0}\u0000${(options.spans ?? []).join(';')}`;
  return remembered(keptMemo, text, key, () => computeKeepTogether(text, options));
}

const keptMemo = new Map<string, string>();

export interface KeepOptions {
  dictionary?: readonly string[];
  /** The whole text (a <nobr> run). */
  whole?: boolean;
  /** Other [start, end) spans to keep whole (names with titles, numbers with units: break-penalties.ts keepSpans). */
  spans?: readonly (readonly [number, number])[];
}

function computeKeepTogether(text: string, options: KeepOptions): string {
  const keep = new Uint8Array(text.length + 1);
  const mark = (a: number, b: number) => keep.fill(1, a + 1, Math.max(a + 1, b));
  if (options.whole) mark(0, text.length);
  for (const [a, b] of options.spans ?? []) mark(a, b);
  for (const term of options.dictionary ?? []) {
    if (!term) continue;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) mark(at, at + term.length);
  }
  if (!keep.includes(1)) return text;
  const seams = segmentBoundaries(text, options.dictionary);
  const isIcu = icuMarks(text, thaiRuns(text));
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (i > 0 && keep[i] && (seams.has(i) || isIcu[i]) && THAI_LETTER.test(text[i - 1]!) && THAI_LETTER.test(ch)) out.push(WORD_JOINER);
    out.push(ch === ' ' && keep[i] && keep[i + 1] ? '\u00A0' : ch);
  }
  return out.join('');
}
