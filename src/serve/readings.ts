// How each date and time the clerk typed was read, said back under its field: "อ่านว่า วันพุธที่
// ๑๒ มีนาคม ๒๕๖๘" — by the same reader as `saraban render` (src/thai/dates.ts), so what the page
// says is what the document prints. A spoken hour ("บ่ายโมงครึ่ง") is answered with the figures to
// type instead.
import type { Lang } from '../messages/i18n.js';
import { formatTime, parseTime, readDate, readSpokenTime, thaiDate, thaiTime, toThaiDigits, formatIsoDate } from '../thai/index.js';
import type { FieldSpec } from './protocol.js';
import { resolver, type Resolved } from './spec-path.js';
import { serveText } from './texts.js';

/** The reading of every date and time field of the data, by the field's path (JSON of the path). */
export function readings(data: unknown, spec: FieldSpec, refs: Map<number, FieldSpec>, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  const resolve = resolver(refs);
  const walk = (value: unknown, s: Resolved | undefined, path: (string | number)[], depth: number) => {
    if (!s || value === undefined || value === null || depth > 40) return;
    if (s.kind === 'date' || s.kind === 'time') {
      const said = s.kind === 'date' ? readingOfDate(String(value), lang) : readingOfTime(value, lang);
      if (said) out[JSON.stringify(path)] = said;
    } else if (s.kind === 'object' && typeof value === 'object' && !Array.isArray(value)) {
      for (const f of s.fields) walk((value as Record<string, unknown>)[f.key], resolve(f.field), [...path, f.key], depth + 1);
    } else if (s.kind === 'array' && Array.isArray(value)) {
      value.forEach((v, k) => walk(v, resolve(s.item), [...path, k], depth + 1));
    } else if (s.kind === 'choice') {
      for (const v of s.variants) walk(value, resolve(v), path, depth + 1);
    }
  };
  walk(data, resolve(spec), [], 0);
  return out;
}

export function readingOfDate(text: string, lang: Lang): string | undefined {
  if (text.trim() === '') return undefined;
  const read = readDate(text);
  if (!('date' in read)) return undefined;
  return serveText('readAs', lang).replace('{value}', toThaiDigits(thaiDate(formatIsoDate(read.date), { weekday: true })));
}

export function readingOfTime(value: unknown, lang: Lang): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  if (String(value).trim() === '') return undefined;
  if (parseTime(value) !== undefined) return serveText('readAs', lang).replace('{value}', toThaiDigits(thaiTime(value)));
  const spoken = readSpokenTime(String(value));
  if (spoken === undefined) return undefined;
  const figures = formatTime(spoken).replace(':', '.');
  return serveText('spokenTime', lang).replace('{value}', toThaiDigits(thaiTime(figures))).replace('{figures}', figures);
}
