// Messages that name the real cause: an invisible character pasted into a date, a time or a fixed
// choice is named, with its place, instead of "not a date"; .inf and .nan where a number goes are
// called infinity and not-a-number, not "a number".
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { edit, example, runCli, scratch } from '../errors/support.js';

const meeting = { title: 'ประชุม', date: '2021-07-29', start: '09:30', venue: 'ห้องประชุม', chair: { name: 'สมชาย' } };
const news = (change: Record<string, unknown> = {}, lead: Record<string, unknown> = {}) => ({ agency: { name: 'ก' }, meeting: { ...meeting, ...change }, news: { lead } });

describe('an invisible character is named where it hides', () => {
  it.each([
    ['\u200B', 'a zero-width space (U+200B)'],
    ['\u200C', 'a zero-width non-joiner (U+200C)'],
    ['\u200D', 'a zero-width joiner (U+200D)'],
    ['\uFEFF', 'a byte-order mark (U+FEFF)'],
    ['\u2060', 'a word joiner (U+2060)'],
  ])('in a date: %j', (char, name) => {
    const [p] = validate(news({ date: `2021-07${char}-29` })).problems;
    expect(p).toMatchObject({ key: 'invisible-character', field: 'meeting.date' });
    expect(p!.message).toBe(`"2021-07⟨U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩-29" holds ${name}, unseen, at character 8`);
    expect(p!.expected).toBe('the same without it: "2021-07-29"');
  });

  it('a no-break space in a time, a zero-width space in a Thai date and in a choice of the lead', () => {
    const problems = validate(news({ start: '09:\u00A030', date: '29 ก.ค.\u200B 64' }, { when: 'none\u200B' })).problems;
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['meeting.date', '"29 ก.ค.⟨U+200B⟩ 64" holds a zero-width space (U+200B), unseen, at character 8'],
      ['meeting.start', '"09:⟨U+00A0⟩30" holds a no-break space (U+00A0), unseen, at character 4'],
      ['news.lead.when', '"none⟨U+200B⟩" holds a zero-width space (U+200B), unseen, at character 5'],
    ]);
  });

  it('through the CLI at its line, in Thai', async () => {
    const dir = await scratch({ 'data.yaml': edit(await example('news'), 'date: 2021-08-30', 'date: "2021-08-\u200B30"') });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'th']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('meeting.date: "2021-08-⟨U+200B⟩30" มีช่องว่างความกว้างศูนย์ (zero-width space, U+200B) ซ่อนอยู่ที่ตัวที่ 9');
    expect(r.stderr).toContain('ค่าเดียวกันโดยไม่มีอักขระนี้: "2021-08-30"');
    expect(r.stderr).not.toContain('เป็นวันที่ไม่ได้');
  });

  it('a no-break space between the parts of a Thai date is still read as a space', () => {
    expect(validate(news({ date: '29\u00A0กรกฎาคม\u00A02564' })).problems).toEqual([]);
  });
});

describe('.inf and .nan where a number goes', () => {
  it('say infinity and not-a-number, in both languages', async () => {
    const text = `${await example('news')}\noptions: { font_size: .inf }\n`.replace('  paragraphs:', '  votes: { for: .nan, against: -.inf }\n  paragraphs:');
    const dir = await scratch({ 'data.yaml': text });
    const en = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('options.font_size: must be a number, found infinity (.inf)');
    expect(en.stderr).toContain('news.votes.for: must be a number, found not-a-number (.nan)');
    expect(en.stderr).toContain('news.votes.against: must be a number, found infinity (.inf)');
    expect(en.stderr).not.toContain('found a number');
    const th = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'th']);
    expect(th.stderr).toContain('options.font_size: ต้องเป็นตัวเลข แต่พบค่าอนันต์ (.inf)');
    expect(th.stderr).toContain('ต้องเป็นตัวเลข แต่พบค่าที่ไม่ใช่ตัวเลข (.nan)');
  });

  it('NaN and Infinity from a program too', () => {
    const r = validate({ ...news(), news: { votes: { for: Number.NaN, abstain: Number.POSITIVE_INFINITY } } });
    expect(r.problems.map((p) => p.message)).toEqual(['must be a number, found not-a-number (.nan)', 'must be a number, found infinity (.inf)']);
  });
});
