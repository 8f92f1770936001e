// The minutes part of the data format: defaults the template relies on, and the refinements that
// stop a record from being signed with a hole in it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseData } from '../../src/data/load.js';
import { validateData } from '../../src/data/validate.js';
import { SarabanError } from '../../src/messages/errors.js';
import { ROOT } from '../helpers.js';

const SAMPLE = path.join(ROOT, 'data/committee-sample.yaml');

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The sample's minutes (without its news release, whose points name agenda items these tests change). */
async function sample(): Promise<Data> {
  const data = parse(await readFile(SAMPLE, 'utf8')) as Data & { news?: unknown };
  delete data.news;
  return data;
}

function validate(data: Data) {
  return validateData(parseData(stringify(data), SAMPLE));
}

/**
 * The fields the validation error points at ("minutes.present.3.substitute_for"), or a failure if
 * the data was accepted. Messages themselves are the error catalogue's business (test/data).
 */
function problemFields(data: Data): string[] {
  try {
    validate(data);
  } catch (e) {
    expect(e).toBeInstanceOf(SarabanError);
    const err = e as SarabanError;
    const all = err.problems.length ? err.problems : [err];
    return all.map((p) => (p.field ?? '').replace(/\[(\d+)\]/g, '.$1'));
  }
  throw new Error('the data was accepted');
}

describe('minutes data', () => {
  it('numbers the agenda and gives items 1–5 their customary titles', async () => {
    const { minutes } = validate(await sample());
    expect(minutes!.agenda.map((a) => [a.number, a.title])).toEqual([
      [1, 'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ'],
      [2, 'เรื่องรับรองรายงานการประชุม ครั้งที่ 2/2564'],
      [3, 'เรื่องสืบเนื่อง'],
      [4, 'เรื่องเพื่อพิจารณา'],
      [5, 'เรื่องอื่น ๆ'],
    ]);
  });

  it('turns plain strings into paragraphs and keeps table cells as text', async () => {
    const { minutes } = validate(await sample());
    expect(minutes!.agenda[0]!.details[0]).toEqual({ text: expect.stringMatching(/^ประธานแจ้งว่า/) });
    const table = minutes!.agenda[3]!.topics[0]!.details[1] as { table: { rows: string[][] } };
    expect(table.table.rows[0]).toEqual(['1', 'การนำองค์การ', '310', '350']);
  });

  it('continues numbering after an explicit number, and asks for a title past the customary five', async () => {
    const data = await sample();
    data.minutes.agenda = [{ number: 5, title: 'เรื่องอื่น ๆ (ถ้ามี)' }, {}];
    expect(problemFields(data)).toEqual(['minutes.agenda.1.title']);
    data.minutes.agenda[1] = { title: 'เรื่องนัดประชุมครั้งต่อไป' };
    expect(validate(data).minutes!.agenda[1]).toMatchObject({ number: 6, title: 'เรื่องนัดประชุมครั้งต่อไป' });
  });

  it('requires a substitute to name whom they attend for', async () => {
    const data = await sample();
    delete data.minutes.present[3].substitute_for;
    expect(problemFields(data)).toEqual(['minutes.present.3.substitute_for']);
  });

  it('accepts members listed by position alone, but not with neither name nor position', async () => {
    const data = await sample();
    data.minutes.present.push({ position: 'ผู้อำนวยการกองกลาง', role: 'คณะทำงาน' });
    expect(validate(data).minutes!.present.at(-1)).toMatchObject({ name: '', position: 'ผู้อำนวยการกองกลาง' });
    data.minutes.absent.push({ reason: 'ติดราชการ' });
    expect(problemFields(data)).toEqual(['minutes.absent.2.name']);
  });

  it('requires the meeting to end after it starts, and minutes to have an end time', async () => {
    const data = await sample();
    data.meeting.end = '09:00';
    expect(problemFields(data)).toEqual(['meeting.end']);
    delete data.meeting.end;
    expect(problemFields(data)).toEqual(['meeting.end']);
  });

  it('requires the platform of an electronic-only meeting and a Buddhist-Era year', async () => {
    const data = await sample();
    data.minutes.electronic_only = true;
    delete data.minutes.platform;
    expect(problemFields(data)).toEqual(['minutes.platform']);
    data.minutes.platform = 'Microsoft Teams';
    data.minutes.year = 2021;
    expect(problemFields(data)).toEqual(['minutes.year']);
  });

  it('rejects a table whose rows do not match its header', async () => {
    const data = await sample();
    data.minutes.agenda[3].topics[0].details[1].table.rows.push(['5', 'การมุ่งเน้นบุคลากร']);
    expect(problemFields(data)).toEqual(['minutes.agenda.3.topics.0.details.1.table']);
  });
});
