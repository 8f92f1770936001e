// Dates and times as clerks write them by hand (issue 26): day/month/year in figures in either era,
// the era by the year's size, Thai digits; spoken hours as a hint.
import { describe, expect, it } from 'vitest';
import { readDate, parseDate, readSpokenTime, parseTime } from '../../src/thai/index.js';

const iso = (s: string) => {
  const d = parseDate(s);
  return d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
};

describe('dates in figures, day/month/year', () => {
  it('reads a two-digit year as 25yy B.E.', () => {
    expect(iso('5/8/67')).toBe('2024-08-05');
    expect(iso('05/08/67')).toBe('2024-08-05');
    expect(iso('๕/๘/๖๗')).toBe('2024-08-05');
  });
  it('reads a four-digit year by its size: from 2400 B.E., below C.E.', () => {
    expect(iso('12/03/2568')).toBe('2025-03-12');
    expect(iso('12/03/2025')).toBe('2025-03-12');
    expect(iso('12.3.2568')).toBe('2025-03-12');
    expect(iso('12-3-2568')).toBe('2025-03-12');
  });
  it('says why a date in figures is not a date', () => {
    expect(readDate('31/2/67')).toMatchObject({ problem: { kind: 'day', days: 29 } });
    expect(readDate('5/13/67')).toMatchObject({ problem: { kind: 'format' } });
    expect(readDate('5/8/167')).toMatchObject({ problem: { kind: 'format' } });
    expect(readDate('5/8/1567')).toMatchObject({ problem: { kind: 'year' } });
  });
  it('still reads the written forms', () => {
    expect(iso('12 มี.ค. 68')).toBe('2025-03-12');
    expect(iso('2564-07-29')).toBe('2021-07-29');
  });
});

describe('hours as spoken, a hint for the time field', () => {
  it.each([
    ['๙ โมง', '09:00'], ['9 โมงเช้า', '09:00'], ['สิบโมงครึ่ง', '10:30'], ['เที่ยง', '12:00'], ['เที่ยงครึ่ง', '12:30'],
    ['บ่ายโมง', '13:00'], ['บ่ายโมงครึ่ง', '13:30'], ['บ่ายสองโมง', '14:00'], ['บ่าย ๓ โมง', '15:00'], ['สี่โมงเย็น', '16:00'],
    ['สองทุ่ม', '20:00'], ['บ่ายโมง 15 นาที', '13:15'],
  ])('%s is %s', (spoken, written) => {
    const m = readSpokenTime(spoken);
    expect(m).toBeDefined();
    expect(`${String(Math.floor(m! / 60)).padStart(2, '0')}:${String(m! % 60).padStart(2, '0')}`).toBe(written);
  });
  it('is not a written time, and a written time is not spoken', () => {
    expect(parseTime('บ่ายโมงครึ่ง')).toBeUndefined();
    expect(readSpokenTime('13.30')).toBeUndefined();
    expect(readSpokenTime('โมง')).toBeUndefined();
    expect(readSpokenTime('เจ็ดทุ่ม')).toBeUndefined();
  });
});
