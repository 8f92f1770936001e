// Where a line may break in Thai text. Thai writes no spaces between words, so break
// opportunities come from ICU's dictionary word segmentation (Intl.Segmenter, built into Node),
// narrowed by the rules of Thai typesetting and widened by a user dictionary of names and terms.
//
// The rules, as data: a break is allowed only
//   - after white space, or
//   - at an ICU word boundary between two Thai letters,
// and never
//   - before ๆ or ฯ (even across a space: "ต่าง ๆ"), before a following vowel or a mark,
//   - after a leading vowel เ แ โ ใ ไ,
//   - inside a no-break group (NO_BREAK_GROUPS, OFFICIAL_TERMS, the user dictionary, or a span the
//     caller protects).
import { OFFICIAL_TERMS } from './terms.js';

// Thai letters and marks; not Thai digits, so "ที่๑๒๓" stays whole (like "Aวันที่" and "พ.ศ. 2567").
const THAI_LETTER = /[\u0E01-\u0E3A\u0E40-\u0E4E]/;
// ๆ, ฯ, following vowels and combining marks: the class lists marks on purpose.
// eslint-disable-next-line no-misleading-character-class
const NEVER_BEFORE = /[\u0E46\u0E2F\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/;
const NEVER_AFTER = /[เแโใไ]/;

/** Groups that stay on one line: a number with its unit or prefix. Agencies may add their own. */
export const NO_BREAK_GROUPS: RegExp[] = [
  /[\d๐-๙]+(?:[.:,][\d๐-๙]+)*\s?(?:น\.|นาฬิกา|นาที|วินาที|ชั่วโมง|บาท|สตางค์|คน|ราย|แห่ง|ปี|เดือน|วัน|กม\.|ม\.|ซม\.|%)/gu,
  /(?:พ\.ศ\.|ค\.ศ\.|ชั้น|ข้อ|ครั้งที่|ที่|หมวด|ระเบียบวาระที่|ลำดับที่|หน้า)\s*[\d๐-๙]+(?:[/.][\d๐-๙]+)*/gu,
  /ฯลฯ/gu,
];

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

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

/** The offsets (> 0, < length, ascending) where a line may break: breakUnits' seams. */
export function breakOffsets(text: string, options: BreakOptions = {}): number[] {
  const candidates = wordBoundaries(text);
  // After white space is always a candidate (ICU puts a boundary there too, but be explicit).
  for (let i = 1; i < text.length; i++) if (/\s/.test(text[i - 1]!) && !/\s/.test(text[i]!)) candidates.add(i);
  const blocked = protectedOffsets(text, [...OFFICIAL_TERMS, ...(options.dictionary ?? [])]);
  for (const [a, b] of options.protect ?? []) for (let i = a + 1; i < b; i++) blocked.add(i);
  return [...candidates].sort((a, b) => a - b).filter((i) => !blocked.has(i) && allowedAt(text, i));
}

function allowedAt(text: string, i: number): boolean {
  const prev = text[i - 1]!;
  if (NEVER_AFTER.test(prev)) return false;
  let j = i;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  if (j < text.length && NEVER_BEFORE.test(text[j]!)) return false;
  if (/\s/.test(prev)) return true;
  return THAI_LETTER.test(prev) && THAI_LETTER.test(text[i]!);
}

/** Offsets strictly inside a no-break group or dictionary term. */
function protectedOffsets(text: string, dictionary: readonly string[]): Set<number> {
  const blocked = new Set<number>();
  const protect = (start: number, end: number) => {
    for (let i = start + 1; i < end; i++) blocked.add(i);
  };
  for (const re of NO_BREAK_GROUPS) for (const m of text.matchAll(re)) protect(m.index, m.index + m[0].length);
  for (const term of dictionary) {
    if (!term) continue;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) protect(at, at + term.length);
  }
  return blocked;
}

/** ICU word boundaries of a text (offsets > 0 and < length); used to judge line breaks. */
export function wordBoundaries(text: string): Set<number> {
  const out = new Set<number>();
  for (const s of wordSegmenter.segment(text)) if (s.index > 0) out.add(s.index);
  return out;
}
