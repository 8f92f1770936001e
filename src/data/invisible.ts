// Characters that take no room on screen but are there in the text — most often pasted from a web
// page or a word processor along with a date or a time. A value that fails its format because of
// one is reported as holding it, by name and place, not as "not a date" (which the clerk, seeing
// a date, cannot act on).
import type { Bilingual } from '../messages/catalogue.js';

const t = (th: string, en: string): Bilingual => ({ th, en });

/** Each invisible or format character, by its name. */
export const INVISIBLE: Readonly<Record<string, Bilingual>> = {
  '\u200B': t('ช่องว่างความกว้างศูนย์ (zero-width space, U+200B)', 'a zero-width space (U+200B)'),
  '\u200C': t('ตัวไม่เชื่อมความกว้างศูนย์ (zero-width non-joiner, U+200C)', 'a zero-width non-joiner (U+200C)'),
  '\u200D': t('ตัวเชื่อมความกว้างศูนย์ (zero-width joiner, U+200D)', 'a zero-width joiner (U+200D)'),
  '\u2060': t('ตัวเชื่อมคำ (word joiner, U+2060)', 'a word joiner (U+2060)'),
  '\uFEFF': t('เครื่องหมายลำดับไบต์ (BOM, U+FEFF)', 'a byte-order mark (U+FEFF)'),
  '\u00A0': t('ช่องว่างแบบไม่ตัดบรรทัด (no-break space, U+00A0)', 'a no-break space (U+00A0)'),
  '\u00AD': t('ยัติภังค์ที่มองไม่เห็น (soft hyphen, U+00AD)', 'a soft hyphen (U+00AD)'),
  '\u200E': t('เครื่องหมายทิศทางซ้ายไปขวา (U+200E)', 'a left-to-right mark (U+200E)'),
  '\u200F': t('เครื่องหมายทิศทางขวาไปซ้าย (U+200F)', 'a right-to-left mark (U+200F)'),
};

const ANY = new RegExp(`[${Object.keys(INVISIBLE).join('')}]`, 'g');

export interface Invisible {
  /** The first one's name. */
  char: Bilingual;
  /** Its place in the value, counted from 1 in characters as the clerk sees them. */
  position: number;
  /** The value with each invisible character shown as ⟨U+200B⟩. */
  shown: string;
  /** The value without them. */
  clean: string;
}

/** The first invisible character of a value, with the value shown and cleaned; else undefined. */
export function invisibleIn(value: string): Invisible | undefined {
  ANY.lastIndex = 0;
  const m = ANY.exec(value);
  if (!m) return undefined;
  return {
    char: INVISIBLE[m[0]]!,
    position: [...value.slice(0, m.index)].length + 1,
    shown: value.replace(ANY, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`),
    clean: value.replace(ANY, ''),
  };
}
