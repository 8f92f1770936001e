// Dates and times the way Thai offices write them: full month names, Buddhist-Era years,
// "10.30 น.". Digits stay Arabic here; Thai digits are applied to the whole document. The readers
// (readDate, parseTime) take every form a clerk writes; the writers give the official form.
import { toArabicDigits } from './digits.js';

export const MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;
export const MONTHS_SHORT = [
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
] as const;
export const WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'] as const;

/** Buddhist Era = Common Era + 543. */
export const BE_OFFSET = 543;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The written shapes of an ISO date ("2021-07-29", "2564-07-29") and a 24-hour time ("09:30", "9.30"). */
export const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const TIME_SHAPE = /^(\d{1,2})[:.](\d{2})$/;
/** A year from this one is Buddhist Era: no Common-Era meeting is that late, no B.E. one that early. */
export const BE_FROM = 2400;
/** Years before this one (either era) are a typo, not a meeting. */
const EARLIEST_CE = 1800;

/** A date in figures as clerks write it by hand: day/month/year, with / . or - between ("5/8/67",
 *  "12/03/2568", "5-8-2024"); the year's size says its era (see readDate). */
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
/** A Thai written date: "15 มิถุนายน 2567", "วันเสาร์ที่ 15 มิ.ย. 67", "15 มิถุนายน พ.ศ. 2567". */
const THAI_DATE = /^(?:วัน[ก-๏]*?ที่\s*)?(\d{1,2})\s*([ก-๏.\s]+?)\s*(?:(พ\.\s*ศ\.|ค\.\s*ศ\.)\s*)?(\d{4}|\d{2})$/;
const bare = (month: string) => month.replace(/[.\s]/g, '');
const MONTH_NUMBER = new Map<string, number>([
  ...MONTHS.map((m, k) => [m, k + 1] as [string, number]),
  ...MONTHS_SHORT.map((m, k) => [bare(m), k + 1] as [string, number]),
]);

/** Why a written date is not a date. */
export type DateProblem =
  | { kind: 'format' }
  | { kind: 'year'; year: number }
  | { kind: 'day'; year: number; month: number; day: number; days: number };

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads a date as clerks write it: ISO "2021-07-29" (Common Era) or "2564-07-29" (a year from
 * 2400 is Buddhist Era), Thai "15 มิถุนายน 2567", "15 มิ.ย. 67", or figures day/month/year
 * "5/8/67", "12/03/2568", "12.3.2025", with Thai or Arabic digits. The era is the year's size: two
 * digits are 25xx B.E. (67 is 2567), four digits from 2400 are B.E., below are C.E. (docs/thai.md).
 * The result is Common Era; a problem says why it is not a date.
 */
export function readDate(input: string): { date: CalendarDate } | { problem: DateProblem } {
  const text = toArabicDigits(input).trim().replace(/\s+/g, ' ');
  let year: number, month: number, day: number, era: 'BE' | 'CE' | undefined;
  const iso = DATE_SHAPE.exec(text);
  const numeric = iso ? undefined : NUMERIC_DATE.exec(text);
  const thai = iso || numeric ? undefined : THAI_DATE.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (numeric) {
    [day, month] = [Number(numeric[1]), Number(numeric[2])];
    year = numeric[3]!.length === 2 ? 2500 + Number(numeric[3]) : Number(numeric[3]);
    if (numeric[3]!.length === 2) era = 'BE';
  } else if (thai) {
    const m = MONTH_NUMBER.get(thai[2]!) ?? MONTH_NUMBER.get(bare(thai[2]!));
    if (m === undefined) return { problem: { kind: 'format' } };
    [day, month] = [Number(thai[1]), m];
    era = thai[3] ? (thai[3].startsWith('พ') ? 'BE' : 'CE') : undefined;
    year = thai[4]!.length === 2 ? 2500 + Number(thai[4]) : Number(thai[4]);
    if (thai[4]!.length === 2) era = 'BE';
  } else {
    return { problem: { kind: 'format' } };
  }
  const ce = era === 'BE' || (era === undefined && year >= BE_FROM) ? year - BE_OFFSET : year;
  if (ce < EARLIEST_CE || (era === 'CE' && year >= BE_FROM)) return { problem: { kind: 'year', year } };
  if (month < 1 || month > 12) return { problem: { kind: 'format' } };
  const days = daysInMonth(ce, month);
  if (day < 1 || day > days) return { problem: { kind: 'day', year: ce, month, day, days } };
  return { date: { year: ce, month, day } };
}

/** The date in Common Era, whichever way it was written; undefined if it is not a date. */
export function parseDate(input: string): CalendarDate | undefined {
  const r = readDate(input);
  return 'date' in r ? r.date : undefined;
}

/** { year: 2021, month: 7, day: 29 } → "2021-07-29" */
export function formatIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Parses "YYYY-MM-DD" (Common Era) and rejects dates that do not exist (2021-02-30). */
export function parseIsoDate(iso: string): CalendarDate | undefined {
  const m = DATE_SHAPE.exec(iso.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Reads a time as clerks write it — "13:30", "13.30", "13.30 น.", Thai digits — into minutes after
 * midnight; undefined if it is not a time. One digit after the dot is tens of minutes: 13.3 is
 * what YAML makes of an unquoted 13.30, and means 13.30, never 13.03 (the validator passes the
 * source text where it has it, so an unquoted 12.00 is not read as 12).
 */
export function parseTime(time: string | number): number | undefined {
  const text = toArabicDigits(String(time)).trim().replace(/\s*(?:น\.?|นาฬิกา)$/, '').replace(/^(\d{1,2})\.(\d)$/, '$1.$20');
  const m = TIME_SHAPE.exec(text);
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return undefined;
  return h * 60 + min;
}

/** The hours of the day as spoken ("๙ โมง", "บ่ายโมงครึ่ง", "สี่โมงเย็น", "เที่ยง"): what a
 *  clerk may type in a time field. Not a written time (the data stays 24-hour): the editor offers
 *  it back as "13.30" to type instead. */
const SPOKEN_NUMBERS: Record<string, number> = { 'หนึ่ง': 1, 'สอง': 2, 'สาม': 3, 'สี่': 4, 'ห้า': 5, 'หก': 6, 'เจ็ด': 7, 'แปด': 8, 'เก้า': 9, 'สิบ': 10, 'สิบเอ็ด': 11 };
const SPOKEN_TIME = /^(เที่ยง(?:วัน)?|บ่าย)?\s*(\d{1,2}|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบเอ็ด|สิบ)?\s*(โมง(?:เช้า|เย็น)?|ทุ่ม)?\s*(ครึ่ง|(\d{1,2})\s*นาที)?$/;

/** A spoken time ("๙ โมง" 09.00, "บ่ายโมงครึ่ง" 13.30, "บ่ายสองโมง" 14.00, "สี่โมงเย็น" 16.00,
 *  "เที่ยงครึ่ง" 12.30, "สองทุ่ม" 20.00) in minutes after midnight, or undefined. */
export function readSpokenTime(input: string): number | undefined {
  // "น." only as a separate mark: the น of เย็น is part of the word.
  const text = toArabicDigits(input).trim().replace(/\s+/g, ' ').replace(/(?:\s+น\.?|\s*น\.|\s*นาฬิกา)$/, '');
  const m = SPOKEN_TIME.exec(text);
  if (!m || (!m[1] && !m[3])) return undefined;
  const [, before, count, unit, half, minutes] = m;
  let n = count === undefined ? undefined : /^\d+$/.test(count) ? Number(count) : SPOKEN_NUMBERS[count];
  let hour: number;
  if (before?.startsWith('เที่ยง')) {
    if (count !== undefined || unit) return undefined;
    hour = 12;
  } else if (before === 'บ่าย') {
    // บ่ายโมง is 13.00; บ่ายสองโมง 14.00; "บ่าย 2 โมง" too.
    n ??= 1;
    hour = n >= 12 ? n : 12 + n;
  } else if (unit === 'ทุ่ม') {
    if (n === undefined || n > 6) return undefined;
    hour = 18 + n;
  } else if (unit === 'โมงเย็น') {
    if (n === undefined) return undefined;
    hour = n >= 12 ? n : n + 12;
  } else {
    // "๙ โมง", "๙ โมงเช้า", "สิบโมง": the morning hours (and 24-hour figures, "13 โมง").
    if (n === undefined) return undefined;
    hour = n;
  }
  const min = half ? (minutes === undefined ? 30 : Number(minutes)) : 0;
  if (hour > 23 || min > 59) return undefined;
  return hour * 60 + min;
}

/** Minutes after midnight → "09:30". */
export function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface ThaiDateOptions {
  /** "วันพฤหัสบดีที่ 29 กรกฎาคม 2564" instead of "29 กรกฎาคม 2564". */
  weekday?: boolean;
  /** Abbreviated month: "29 ก.ค. 2564". */
  short?: boolean;
  /** Prefix the year with "พ.ศ. ". */
  era?: boolean;
}

export function thaiDate(iso: string, options: ThaiDateOptions = {}): string {
  const d = parseDate(iso);
  if (!d) throw new RangeError(`not a date: ${iso}`);
  const month = (options.short ? MONTHS_SHORT : MONTHS)[d.month - 1];
  const year = `${options.era ? 'พ.ศ. ' : ''}${d.year + BE_OFFSET}`;
  const date = `${d.day} ${month} ${year}`;
  if (!options.weekday) return date;
  const weekday = WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
  return `วัน${weekday}ที่ ${date}`;
}

/** "10:30" → "10.30 น." */
export function thaiTime(time: string | number): string {
  const minutes = parseTime(time);
  if (minutes === undefined) throw new RangeError(`not a time: ${time}`);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}.${mm} น.`;
}

/** The Buddhist-Era year of an ISO date. */
export function buddhistYear(iso: string): number {
  const d = parseDate(iso);
  if (!d) throw new RangeError(`not a date: ${iso}`);
  return d.year + BE_OFFSET;
}
