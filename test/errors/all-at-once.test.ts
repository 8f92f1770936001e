// Every problem of a data file in one pass: the facts a document needs (the minutes' meeting.date,
// start, venue and chair; a final document's end, number and recorder) are reported together with
// the schema's other problems, not only once those are fixed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { validate } from '../../src/api.js';
import { ROOT } from '../helpers.js';
import { runCli, scratch } from './support.js';

/** Eleven problems: four missing facts of the meeting, an agenda item past 5 without a title (also
 *  a check of the whole list) and six others, spread over the file. */
const ELEVEN = `documents: [minutes]
meeting:
  title: ประชุมคณะกรรมการ
  end: "25.00"
minutes:
  number: ศูนย์
  present:
    - { name: "", role: กรรมการ }
    - { name: สมชาย, substitute: true }
    - { name: สมศรี, role: กรรมการ }
  agenda:
    - number: 7
      details: [เรื่องแจ้ง]
    - title: ""
  recorder: { surname: ใจดี }
`;

describe('all the problems at once', () => {
  it('a file with 11 problems reports 11, the missing meeting facts among them', async () => {
    const dir = await scratch({ 'data.yaml': ELEVEN });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the data file has 11 problem(s)');
    const fields = [...r.stderr.matchAll(/data\.yaml:\d+:\d+: (\S+): /g)].map((m) => m[1]);
    expect(fields).toHaveLength(11);
    expect(fields).toEqual(expect.arrayContaining(['meeting.date', 'meeting.start', 'meeting.venue', 'meeting.chair', 'meeting.end', 'minutes.number', 'minutes.recorder.name', 'minutes.agenda[0].title', 'minutes.agenda[1].title']));
    // In the order of the file's lines, as the clerk works through them.
    const lines = [...r.stderr.matchAll(/data\.yaml:(\d+):\d+: /g)].map((m) => Number(m[1]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('a template path outside the data file\'s folder is reported with the rest, however it is spaced', async () => {
    const text = ELEVEN.replace('documents: [minutes]', 'documents: [minutes, " ../../secret.hbs"]');
    const dir = await scratch({ 'data.yaml': text });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the data file has 12 problem(s)');
    expect(r.stderr).toContain('documents[1]: "../../secret.hbs" points outside the data file\'s folder');
  });

  it('a news point naming no resolution of the minutes is reported with the minutes\' own problems', async () => {
    const sample = await readFile(path.join(ROOT, 'data/committee-sample.yaml'), 'utf8');
    const text = sample.replace('from_minutes: "4.2"', 'from_minutes: "4.7"').replace('date: 2021-08-26', 'date: [2021, 8, 26]');
    const dir = await scratch({ 'data.yaml': text });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
    expect(r.stderr).toContain('the data file has 2 problem(s)');
    expect(r.stderr).toContain('meeting.date: must be text, found a list');
    expect(r.stderr).toMatch(/news\.points\[\d\]\.from_minutes: the minutes have no resolution at agenda item 4\.7/);
  });

  it('the library counts the same, and a final document\'s missing fields join in', () => {
    const r = validate({ meeting: { title: 'ก', start: '9.30' }, minutes: { number: 'ศูนย์', present: [{ name: '' }], agenda: [{ title: '' }] } });
    const fields = r.problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['meeting.date', 'meeting.venue', 'meeting.chair', 'meeting.end', 'minutes.number', 'minutes.recorder', 'minutes.present[0].name', 'minutes.agenda[0].title']));
    expect(fields).toHaveLength(8);
  });
});
