import { describe, expect, it } from 'vitest';
import { thaiDate, thaiTime, buddhistYear, parseIsoDate, parseTime } from '../../src/thai/index.js';

describe('Thai dates and times', () => {
  it('writes dates with full month names and the Buddhist-Era year', () => {
    expect(thaiDate('2021-07-29')).toBe('29 กรกฎาคม 2564');
    expect(thaiDate('2021-07-29', { weekday: true })).toBe('วันพฤหัสบดีที่ 29 กรกฎาคม 2564');
    expect(thaiDate('2021-07-30', { weekday: true })).toBe('วันศุกร์ที่ 30 กรกฎาคม 2564');
    expect(thaiDate('2024-02-01', { short: true, era: true })).toBe('1 ก.พ. พ.ศ. 2567');
    expect(buddhistYear('2021-01-01')).toBe(2564);
  });
  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2021-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('29/07/2021')).toBeUndefined();
    expect(() => thaiDate('2021-13-01')).toThrow(RangeError);
  });
  it('writes times as "10.30 น." and rejects 25:00', () => {
    expect(thaiTime('10:30')).toBe('10.30 น.');
    expect(thaiTime('8:05')).toBe('08.05 น.');
    expect(parseTime('25:00')).toBeUndefined();
    expect(parseTime('10:60')).toBeUndefined();
  });
});
