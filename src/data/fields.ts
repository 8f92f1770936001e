// How a place in the data is named in a message. English keeps the path a developer reads
// ("minutes.present[4].name"); Thai counts from one, as a clerk counts people and items:
// "minutes.present คนที่ ๕ › name" is the fifth person present.
import { toThaiDigits } from '../thai/digits.js'; // not thai/index: error messages need no segmenter
import type { Lang } from '../messages/i18n.js';

export type FieldPath = readonly (string | number)[];

/** Lists of people: their elements are counted "คนที่". */
const PEOPLE = new Set(['present', 'absent', 'guests']);

/** "news.points[2].text" */
export function fieldName(at: FieldPath): string {
  return at.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '') || '(top level)';
}

/** "minutes.present คนที่ ๕ › name", "news.points ข้อที่ ๓ › text" */
export function thaiFieldName(at: FieldPath): string {
  let out = '';
  let afterIndex = false;
  at.forEach((k, i) => {
    if (typeof k === 'number') {
      const list = at[i - 1];
      out += `${out ? ' ' : ''}${typeof list === 'string' && PEOPLE.has(list) ? 'คน' : 'ข้อ'}ที่ ${toThaiDigits(String(k + 1))}`;
      afterIndex = true;
    } else {
      out += out ? (afterIndex ? ` › ${k}` : `.${k}`) : k;
      afterIndex = false;
    }
  });
  return out || '(ทั้งไฟล์)';
}

export function displayField(at: FieldPath, lang: Lang): string {
  return lang === 'th' ? thaiFieldName(at) : fieldName(at);
}
