// Dates and times the way Thai offices write them: full month names, Buddhist-Era years,
// "10.30 น.". Digits stay Arabic here; Thai digits are applied to the whole document.

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

/** The written shapes of a date ("2021-07-29") and a 24-hour time ("09:30", "9.30"). */
export const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const TIME_SHAPE = /^(\d{1,2})[:.](\d{2})$/;

/** Parses "YYYY-MM-DD" (Common Era) and rejects dates that do not exist (2021-02-30). */
export function parseIsoDate(iso: string): CalendarDate | undefined {
  const m = DATE_SHAPE.exec(iso.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** Parses a 24-hour "HH:MM" (or "HH.MM") time into minutes after midnight; undefined if invalid. */
export function parseTime(time: string): number | undefined {
  const m = TIME_SHAPE.exec(time.trim());
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return undefined;
  return h * 60 + min;
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
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not a date: ${iso}`);
  const month = (options.short ? MONTHS_SHORT : MONTHS)[d.month - 1];
  const year = `${options.era ? 'พ.ศ. ' : ''}${d.year + BE_OFFSET}`;
  const date = `${d.day} ${month} ${year}`;
  if (!options.weekday) return date;
  const weekday = WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
  return `วัน${weekday}ที่ ${date}`;
}

/** "10:30" → "10.30 น." */
export function thaiTime(time: string): string {
  const minutes = parseTime(time);
  if (minutes === undefined) throw new RangeError(`not a time: ${time}`);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}.${mm} น.`;
}

/** The Buddhist-Era year of an ISO date. */
export function buddhistYear(iso: string): number {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not a date: ${iso}`);
  return d.year + BE_OFFSET;
}
