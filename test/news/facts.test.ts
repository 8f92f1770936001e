// What a news release states about its meeting: its date and place, unless the lead says it states
// none (`lead.when: none`) or no place (`lead.place: false`). A release that would print a time
// alone ("เวลา 10.30 น.") is refused by `validate`; `when: none` prints no place; a date prefix is
// written as typed, its trailing space kept.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { writeTxt } from '../../src/writers/txt.js';
import { exampleDocument } from '../helpers.js';
import { runCli, scratch } from '../errors/support.js';

const AGENCY = 'agency: { name: สำนักงานพัฒนาชุมชนจังหวัดตราด, abbreviation: พช. }\n';
const CHAIR = '  chair: { title: นาย, name: สมชาย, surname: ใจดี, position: ผู้ว่าราชการจังหวัด }\n';

async function txt(yaml: string): Promise<string> {
  const dir = await scratch({ 'news.yaml': yaml });
  return writeTxt(await exampleDocument('news', path.join(dir, 'news.yaml')));
}

describe('the facts a news release states', () => {
  it('a release with a time but no date and no place is two problems, in Thai and English', async () => {
    const dir = await scratch({ 'news.yaml': `${AGENCY}meeting:\n  title: ประชุมทดสอบ\n  start: "10.30"\nnews: {}\n` });
    const th = await runCli(['validate', path.join(dir, 'news.yaml'), '--template', 'news', '--lang', 'th']);
    expect(th.code).toBe(2);
    expect(th.stderr).toContain('meeting.date: ข่าวไม่มีวันที่ประชุม (meeting.date)');
    expect(th.stderr).toContain('meeting.venue: ข่าวไม่มีสถานที่ประชุม (meeting.venue)');
    expect(th.stderr).toContain('when: none');
    const en = await runCli(['validate', path.join(dir, 'news.yaml'), '--template', 'news', '--lang', 'en']);
    expect(en.stderr).toContain('the news release has no date (meeting.date)');
    expect(en.stderr).toContain('write place: false under news: › lead:');
  });

  it('through the library too, with the keys', () => {
    const r = validate({ agency: { name: 'ก' }, meeting: { title: 'ประชุม', start: '10.30' }, news: {} }, { templates: ['news'] });
    expect(r.problems.map((p) => [p.key, p.field])).toEqual([
      ['news-without-date', 'meeting.date'],
      ['news-without-venue', 'meeting.venue'],
    ]);
  });

  it('lead.when: none needs neither, and prints no place even when the meeting has one', async () => {
    expect(validate({ agency: { name: 'ก' }, meeting: { title: 'ประชุม' }, news: { lead: { when: 'none' } } }).problems).toEqual([]);
    const text = await txt(`${AGENCY}meeting:\n  title: ประชุมทดสอบ\n  date: 2021-07-29\n  start: "10.30"\n  venue: ห้องประชุมใหญ่\n${CHAIR}news:\n  lead: { when: none }\n`);
    expect(text).not.toContain('ห้องประชุมใหญ่');
    expect(text).not.toContain('10.30');
    expect(text).toContain('นายสมชาย ใจดี ผู้ว่าราชการจังหวัด เป็นประธานการประชุมประชุมทดสอบ\n');
  });

  it('lead.place: false needs no venue and prints none; the date is still needed', async () => {
    const data = { agency: { name: 'ก' }, meeting: { title: 'ประชุม', venue: 'ห้อง' }, news: { lead: { place: false } } };
    expect(validate(data).problems.map((p) => p.key)).toEqual(['news-without-date']);
    const text = await txt(`${AGENCY}meeting:\n  title: ประชุมทดสอบ\n  date: 2021-07-29\n  start: "10.30"\n  venue: ห้องประชุมใหญ่\n${CHAIR}news:\n  lead: { place: false }\n`);
    expect(text).toContain('\n29 กรกฎาคม 2564 เวลา 10.30 น.\n');
    expect(text).not.toContain('ห้องประชุมใหญ่');
  });

  it('date_prefix keeps its trailing space: "วันที่ " + the weekday', async () => {
    const text = await txt(`${AGENCY}meeting:\n  title: ประชุมทดสอบ\n  date: 2021-07-29\n  venue: ห้องประชุมใหญ่\n${CHAIR}news:\n  lead: { when: opening, weekday: true, date_prefix: "วันที่ " }\n`);
    expect(text).toContain('\nวันที่ วันพฤหัสบดีที่ 29 กรกฎาคม 2564 นายสมชาย');
    const glued = await txt(`${AGENCY}meeting:\n  title: ประชุมทดสอบ\n  date: 2021-07-29\n  venue: ห้องประชุมใหญ่\n${CHAIR}news:\n  lead: { when: opening, weekday: true, date_prefix: เมื่อ }\n`);
    expect(glued).toContain('\nเมื่อวันพฤหัสบดีที่ 29 กรกฎาคม 2564 นายสมชาย');
  });
});
