// Handlebars helpers: the vocabulary templates use to turn facts into Thai official phrasing.
// Each returns plain text; Handlebars escapes it, so data can never inject markup.
import type { HelperDelegate } from 'handlebars';
import { thaiDate, thaiTime, buddhistYear, toThaiDigits, parseDate, parseTime, personName } from '../thai/index.js';
import { LEAD_ORDER } from '../data/schema-news.js';
import { SarabanError } from '../messages/errors.js';
import { headOf } from './addressee.js';

/** A date or time helper given what is not one (a field the data lacks): a message, not "not a date: undefined". */
function checked<T>(helper: string, kind: 'date' | 'time', value: unknown, ok: boolean, then: () => T): T {
  if (ok) return then();
  const shown = value === undefined || value === null ? { th: 'ค่าที่ไม่มีในไฟล์ข้อมูล', en: 'a value the data does not have' } : { th: ` "${String(value)}"`, en: `"${String(value)}"` };
  throw SarabanError.of('template-value', { helper, kind: kind === 'date' ? { th: 'วันที่', en: 'a date' } : { th: 'เวลา', en: 'a time' }, value: shown });
}
const isDate = (v: unknown) => typeof v === 'string' && parseDate(v) !== undefined;
const isTime = (v: unknown) => (typeof v === 'string' || typeof v === 'number') && parseTime(v) !== undefined;
import { minutesResolution, type Minutes } from '../data/schema.js';

type Options = { hash: Record<string, unknown> };
const isOptions = (v: unknown): v is Options => typeof v === 'object' && v !== null && 'hash' in v;
/** Helper arguments without Handlebars' trailing options object. */
const args = (list: unknown[]) => (isOptions(list.at(-1)) ? list.slice(0, -1) : list);

interface PersonLike {
  title?: string;
  name?: string;
  surname?: string;
}

export const helpers: Record<string, HelperDelegate> = {
  /** {{headOf item.agency}} → the head's position: "สำนักงานเกษตรจังหวัดตราด" → "เกษตรจังหวัดตราด" */
  headOf: (agency: unknown) => headOf(String(agency ?? '')),
  /** {{thaiDate meeting.date weekday=true}} → "วันพฤหัสบดีที่ 29 กรกฎาคม 2564" */
  thaiDate: (iso: unknown, options: Options) =>
    checked('thaiDate', 'date', iso, isDate(iso), () =>
      thaiDate(String(iso), {
        weekday: options.hash.weekday === true,
        short: options.hash.short === true,
        era: options.hash.era === true,
      }),
    ),
  /** {{thaiTime meeting.start}} → "10.30 น." */
  thaiTime: (time: unknown) => checked('thaiTime', 'time', time, isTime(time), () => thaiTime(time as string | number)),
  /** {{beYear meeting.date}} → 2564 */
  beYear: (iso: unknown) => checked('beYear', 'date', iso, isDate(iso), () => buddhistYear(String(iso))),
  /** {{fullName chair}} → "นายณัฐพงษ์ สงวนจิตร" (title joined to the name, as Thai writes it;
   *  "พลเอก ประยุทธ์" for the titles that take a space, src/thai/titles.ts) */
  fullName: (p: PersonLike | undefined) => (p ? personName(p) : ''),
  /** {{daysBefore news.published meeting.date}} → 0 (the same day), 1 (the day before) …; -1 when either is missing. */
  daysBefore: (later: unknown, earlier: unknown) => {
    const a = typeof later === 'string' ? parseDate(later) : undefined;
    const b = typeof earlier === 'string' ? parseDate(earlier) : undefined;
    return a && b ? Math.round((Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000) : -1;
  },
  /** {{#each (leadOrder news.lead)}}: the parts of the lead in order — its own order, else its form's (LEAD_ORDER). */
  leadOrder: (lead: unknown) => {
    const l = (lead ?? {}) as { order?: unknown; form?: unknown };
    return Array.isArray(l.order) ? l.order : LEAD_ORDER[(typeof l.form === 'string' && l.form in LEAD_ORDER ? l.form : 'chair') as keyof typeof LEAD_ORDER];
  },
  /** {{thaiDigits "10"}} → "๑๐", for a single value when the document keeps Arabic digits. */
  thaiDigits: (v: unknown) => toThaiDigits(String(v ?? '')),
  /** {{count list}} → number of elements */
  count: (list: unknown) => (Array.isArray(list) ? list.length : 0),
  /** {{add @index 1}} */
  add: (...list: unknown[]) => args(list).reduce<number>((sum, v) => sum + Number(v), 0),
  eq: (...list: unknown[]) => {
    const [a, b] = args(list);
    return a === b;
  },
  and: (...list: unknown[]) => args(list).every(Boolean),
  or: (...list: unknown[]) => args(list).some(Boolean),
  not: (v: unknown) => !v,
  /** {{concat "a" b}} → "ab" (for dynamic partial names) */
  concat: (...list: unknown[]) => args(list).map((v) => String(v ?? '')).join(''),
  /** {{join list ", "}} */
  join: (list: unknown, sep: unknown) => (Array.isArray(list) ? list.map(String).join(typeof sep === 'string' ? sep : ', ') : ''),
  /** {{given value "fallback"}}: the value when the data gives one, even "" (default treats "" as missing). */
  given: (v: unknown, fallback: unknown) => (v === undefined || v === null ? fallback : v),
  /** {{pick condition a b}}: a when the condition holds, else b. */
  pick: (cond: unknown, a: unknown, b: unknown) => (cond ? a : b),
  isString: (v: unknown) => typeof v === 'string',
  isNumber: (v: unknown) => typeof v === 'number',
  /** {{minutesResolution @root.minutes "4.1"}} → { title, resolution } of that agenda matter (news points from the minutes). */
  minutesResolution: (m: unknown, ref: unknown) => (m && typeof m === 'object' ? minutesResolution(m as Minutes, String(ref)) : undefined),
  /** {{#each (range 5)}}: 1 … n, for n empty rows (a sign-in sheet's rows for guests). */
  range: (n: unknown) => Array.from({ length: Math.max(0, Math.min(1000, Math.floor(Number(n) || 0))) }, (_, k) => k + 1),
  /** {{default value "fallback"}} */
  default: (v: unknown, fallback: unknown) => (v === undefined || v === null || v === '' ? fallback : v),
};
