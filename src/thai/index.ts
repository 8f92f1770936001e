// The Thai text layer: every writer and template helper takes its Thai rules from here.
export { toThaiDigits, toArabicDigits, formatNumber } from './digits.js';
export {
  thaiDate, thaiTime, buddhistYear, parseIsoDate, parseDate, readDate, formatIsoDate, formatTime, daysInMonth, parseTime, readSpokenTime, DATE_SHAPE, TIME_SHAPE, BE_FROM, MONTHS, MONTHS_SHORT, WEEKDAYS, BE_OFFSET,
  type ThaiDateOptions, type CalendarDate, type DateProblem,
} from './dates.js';
export { breakUnits, breakOffsets, hasWordBoundary, wordBoundaries, segmentBoundaries, keepTogether, NO_BREAK_GROUPS, type BreakOptions } from './breaks.js';
export { scriptRuns, hasThai, isThaiChar, SARABUN_SCALE, TH_SARABUN_LINE_PITCH, type Script, type ScriptRun } from './scripts.js';
export { OFFICIAL_TERMS } from './terms.js';
export { SPACED_TITLES, titled, personName } from './titles.js';
