// The markup's attributes as data: the range and unit of each number attribute, the alignments,
// and the kinds of style, read by parse.ts (a template's typo or a hostile value is refused there).
import type { Align } from '../model/document.js';
import type { StyleDef } from '../model/styles.js';

/** The range of each number attribute: wide enough for any real document, narrow enough that no
 *  writer is asked for a page a kilometre wide or a table of a billion columns. */
export const NUMBER_RANGES: Record<string, { min: number; max: number; whole?: boolean; unit?: string }> = {
  'margins': { min: 0, max: 10, unit: 'cm' },
  'font-size': { min: 4, max: 100, unit: 'pt' },
  'size': { min: 4, max: 100, unit: 'pt' },
  'page-numbers': { min: 0, max: 10000, whole: true },
  'first-line': { min: -20, max: 20, unit: 'cm' },
  'indent': { min: -20, max: 20, unit: 'cm' },
  'start': { min: 0, max: 1_000_000, whole: true },
  'width': { min: 0.1, max: 30, unit: 'cm' },
  'stops': { min: 0, max: 30, unit: 'cm' },
  'colspan': { min: 1, max: 100, whole: true },
  'widths': { min: 0, max: 1000 },
  'header-rows': { min: 0, max: 100, whole: true },
  'row-height': { min: 0.1, max: 20, unit: 'cm' },
  'height': { min: 0.1, max: 30, unit: 'cm' },
  'center': { min: 0, max: 30, unit: 'cm' },
};

export const UNITS: Record<string, { th: string; en: string }> = { cm: { th: ' ซม.', en: ' cm' }, pt: { th: ' พอยต์', en: ' pt' } };

export const ALIGNS: readonly Align[] = ['left', 'center', 'right', 'justify'];
export const STYLE_KINDS: Record<StyleDef['type'], { th: string; en: string }> = { paragraph: { th: 'ย่อหน้า', en: 'paragraph' }, character: { th: 'ตัวอักษร', en: 'character' } };
