// Dates and times as clerks write them (ISO C.E. or B.E., Thai written dates, "13.30 น.", an
// unquoted 13.30 read from the source text) and numbers in Thai digits: through the Thai layer,
// the validator and the CLI.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseData } from '../../src/data/load.js';
import { validateData } from '../../src/data/validate.js';
import { SarabanError } from '../../src/messages/errors.js';
import { itemProblem } from '../../src/batch/item-schemas.js';
import { parseTime, readDate, thaiDate } from '../../src/thai/index.js';
import { edit, example, runCli, scratch } from '../errors/support.js';

const meetingOf = (text: string) => validateData(parseData(text, 'data.yaml')).meeting!;

describe('dates', () => {
  it.each([
    ['2021-07-29', '2021-07-29'],
    ['2564-07-29', '2021-07-29'],
    ['15 มิถุนายน 2567', '2024-06-15'],
    ['15 มิ.ย. 67', '2024-06-15'],
    ['๑๕ มิ.ย. ๖๗', '2024-06-15'],
    ['๑๕ มิถุนายน ๒๕๖๗', '2024-06-15'],
    ['วันเสาร์ที่ 15 มิถุนายน พ.ศ. 2567', '2024-06-15'],
    ['29 ก.พ. 2567', '2024-02-29'],
  ])('reads %s as %s', async (written, iso) => {
    const text = edit(await example('news'), 'date: 2021-08-30', `date: ${written}`);
    expect(meetingOf(text).date).toBe(iso);
  });

  it('says why a date is not a date, the month named', () => {
    expect(readDate('0021-07-29')).toEqual({ problem: { kind: 'year', year: 21 } });
    expect(readDate('2564-02-29')).toEqual({ problem: { kind: 'day', year: 2021, month: 2, day: 29, days: 28 } });
    // Day/month/year in figures is read (issue 26); year first with slashes is not a form clerks use.
    expect(readDate('30/08/2564')).toEqual({ date: { year: 2021, month: 8, day: 30 } });
    expect(readDate('2564/08/30')).toEqual({ problem: { kind: 'format' } });
  });

  it('0021-07-29 is a wrong year, not "7/21 has 31 days"', async () => {
    const dir = await scratch({ 'data.yaml': edit(await example('news'), 'date: 2021-08-30', 'date: 0021-07-29') });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
    expect(r.stderr).toContain('the year 21 in "0021-07-29" is neither a Buddhist-Era nor a Common-Era year');
    expect(r.stderr).not.toContain('31 days');
    const feb = await scratch({ 'data.yaml': edit(await example('news'), 'date: 2021-08-30', 'date: 2564-02-30') });
    const th = await runCli(['validate', path.join(feb, 'data.yaml'), '--lang', 'th']);
    expect(th.stderr).toContain('กุมภาพันธ์ 2564 มี 28 วัน');
  });

  it('a Buddhist-Era ISO date prints its own year, not 3107', async () => {
    const dir = await scratch({ 'data.yaml': edit(await example('minutes'), 'date: 2021-08-26', 'date: 2564-08-26') });
    const r = await runCli(['render', path.join(dir, 'data.yaml'), '--format', 'txt', '--out', path.join(dir, 'out')]);
    expect(r.code, r.stderr).toBe(0);
    const txt = await readFile(path.join(dir, 'out', 'data.minutes.txt'), 'utf8');
    expect(txt).toContain('๒๖ สิงหาคม ๒๕๖๔');
    expect(txt).not.toContain('๓๑๐๗');
  });
});

describe('times', () => {
  it('reads 13:30, 13.30, 13.30 น. and Thai digits', () => {
    for (const t of ['13:30', '13.30', '13.30 น.', '๑๓.๓๐ น.', '13.30น']) expect(parseTime(t), t).toBe(13 * 60 + 30);
    expect(parseTime('24:00')).toBeUndefined();
  });

  it.each([
    ['13.30', '13:30'],
    ['13.3', '13:30'],
    ['9.05', '09:05'],
    ['12.00', '12:00'],
    ['9.50', '09:50'],
    ['"13.30 น."', '13:30'],
    ['๙.๓๐ น.', '09:30'],
  ])('unquoted %s in YAML means %s (the source text, not the float)', async (written, time) => {
    const text = edit(await example('news'), 'start: "09:30"', `start: ${written}`);
    expect(meetingOf(text).start).toBe(time);
  });

  it('renders an unquoted 13.30 as 13.30 น. through the CLI', async () => {
    const text = edit(edit(await example('minutes'), 'start: "09:30"', 'start: 9.05'), 'end: "12:00"', 'end: 13.30');
    const dir = await scratch({ 'data.yaml': text });
    const r = await runCli(['render', path.join(dir, 'data.yaml'), '--format', 'txt', '--out', path.join(dir, 'out')]);
    expect(r.code, r.stderr).toBe(0);
    const txt = await readFile(path.join(dir, 'out', 'data.minutes.txt'), 'utf8');
    expect(txt).toContain('เริ่มประชุมเวลา ๐๙.๐๕ น.');
    expect(txt).toContain('เลิกประชุมเวลา ๑๓.๓๐ น.');
  });

  it('a time it cannot read lists the forms it can', async () => {
    const dir = await scratch({ 'data.yaml': edit(await example('news'), 'start: "09:30"', 'start: เก้าโมง') });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'th']);
    expect(r.stderr).toContain('อ่าน "เก้าโมง" เป็นเวลาไม่ได้');
    expect(r.stderr).toContain('13:30, 13.30 หรือ 13.30 น.');
  });
});

describe('numbers in Thai digits', () => {
  it('minutes number ๒ and year ๒๕๖๔ are numbers', async () => {
    const text = edit(await example('minutes'), 'number: 1 ', 'number: ๒\n  year: "๒๕๖๔" ');
    const data = validateData(parseData(text, 'data.yaml'));
    expect(data.minutes!.number).toBe(2);
    expect(data.minutes!.year).toBe(2564);
  });

  it('a word where a number goes is still refused', async () => {
    const text = edit(await example('minutes'), 'number: 1 ', 'number: สอง ');
    expect(() => validateData(parseData(text, 'data.yaml'))).toThrow(SarabanError);
  });

  it('a spreadsheet cell typed ๑๒ is the number 12 (memo slot)', () => {
    expect(itemProblem('memo', { agency: 'สำนักงานเกษตรจังหวัดตราด', order: '๑๒' })).toEqual({ item: { agency: 'สำนักงานเกษตรจังหวัดตราด', order: 12 } });
    expect(itemProblem('memo', { agency: 'สำนักงานเกษตรจังหวัดตราด', order: 'ห้า' }).problem).toContain('order: must be a number');
  });

  it('thaiDate reads every written form (for custom templates and batch items)', () => {
    expect(thaiDate('15 มิ.ย. 67')).toBe('15 มิถุนายน 2567');
  });
});

describe('times in messages are shown as written', () => {
  it('an unquoted 25.00 and an end before the start quote the file, not the float', async () => {
    const bad = edit(await example('news'), 'start: "09:30"', 'start: 25.00');
    const dir = await scratch({ 'data.yaml': bad, 'early.yaml': edit(edit(await example('news'), 'start: "09:30"', 'start: 13.30\n  end: 9.50'), 'documents: [news]', 'documents: [news]') });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
    expect(r.stderr).toContain('the time 25.00 does not exist');
    const e = await runCli(['validate', path.join(dir, 'early.yaml'), '--lang', 'en']);
    expect(e.stderr).toContain('the end time 9.50 is not after the start time 13.30');
  });
});
