// Unknown keys are errors, with the closest known key at that place suggested; `extra:` is free;
// a section a template needs is named when it is missing. Through the library and the CLI.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseData } from '../../src/data/load.js';
import { closest, editDistance, knownKeys } from '../../src/data/keys.js';
import { sarabanData } from '../../src/data/schema.js';
import { validateData } from '../../src/data/validate.js';
import { jsonSchemaText } from '../../src/cli/schema.js';
import { SarabanError } from '../../src/messages/errors.js';
import { edit, example, lineOf, runCli, scratch } from '../errors/support.js';

function problems(text: string, needs: { section: string; template: string }[] = []): string[] {
  try {
    validateData(parseData(text, 'data.yaml'), { needs });
    return [];
  } catch (e) {
    if (!(e instanceof SarabanError)) throw e;
    return (e.problems.length ? e.problems : [e]).map((p) => p.format('en').split('\n')[0]!);
  }
}

describe('unknown keys', () => {
  it('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('resolutoin', 'resolution')).toBe(1);
    expect(editDistance('detial', 'details')).toBe(2);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(closest('colour', ['title', 'date'])).toBeUndefined();
  });

  it('knows the keys of every place from the schema itself (unions included)', () => {
    expect(knownKeys(sarabanData, ['minutes', 'agenda', 0])).toEqual(['number', 'title', 'details', 'topics', 'resolution', 'votes', 'presenter', 'papers', 'carry_over', 'carried_from']);
    expect(knownKeys(sarabanData, ['news', 'points', 3])).toEqual(expect.arrayContaining(['text', 'items', 'standard']));
    expect(knownKeys(sarabanData, [])).toContain('extra');
  });

  it.each([
    ['minutes', 'resolution: ที่ประชุมรับทราบ', 'resolutoin: ที่ประชุมรับทราบ', 'minutes.agenda[0].resolutoin: unknown key `resolutoin` — did you mean `resolution`?'],
    ['minutes', '    - details:\n        - ประธาน', '    - detial:\n        - ประธาน', 'minutes.agenda[0].detial: unknown key `detial` — did you mean `details`?'],
    ['minutes', '  absent:', '  absnet:', 'minutes.absnet: unknown key `absnet` — did you mean `absent`?'],
    ['minutes', 'position: นักวิเคราะห์นโยบายและแผน\n', 'postion: นักวิเคราะห์นโยบายและแผน\n', 'minutes.recorder.postion: unknown key `postion` — did you mean `position`?'],
    ['news', '  paragraphs:', '  paragraps:', 'news.paragraps: unknown key `paragraps` — did you mean `paragraphs`?'],
    ['news', '  subheadline:', '  subheadlnie:', 'news.subheadlnie: unknown key `subheadlnie` — did you mean `subheadline`?'],
    ['news', '    purpose:', '    purpsoe:', 'news.lead.purpsoe: unknown key `purpsoe` — did you mean `purpose`?'],
    ['news', '  hashtags:', '  hashtag:', 'news.hashtag: unknown key `hashtag` — did you mean `hashtags`?'],
  ] as const)('%s: %s misspelt is an error with a suggestion', async (kind, from, to, message) => {
    const text = edit(await example(kind), from, to);
    expect(problems(text).join('\n')).toContain(message);
  });

  it('a key it cannot guess lists the keys allowed there', async () => {
    const text = edit(await example('news'), '  paragraphs:', '  colour: blue\n  paragraphs:');
    const e = (() => {
      try {
        validateData(parseData(text, 'data.yaml'));
      } catch (err) {
        return err as SarabanError;
      }
    })()!;
    expect(e.format('en')).toContain('unknown key `colour`');
    expect(e.format('en')).toContain('the keys allowed here: headline: action: subheadline: lead:');
    expect(e.format('th')).toContain('ไม่รู้จักหัวข้อ `colour`');
  });

  it('`extra:` is passed through unchecked, to the template too', async () => {
    const text = `${await example('news')}\nextra:\n  budget: 1.5 ล้านบาท\n  anything: { goes: [1, 2] }\n`;
    const data = validateData(parseData(text, 'data.yaml'));
    expect(data.extra).toEqual({ budget: '1.5 ล้านบาท', anything: { goes: [1, 2] } });
  });

  it('a custom template reads extra: through the CLI', async () => {
    const data = `${edit(await example('news'), 'documents: [news]', 'documents: [letter.hbs]')}\nextra:\n  budget: 1.5 ล้านบาท\n`;
    const dir = await scratch({ 'data.yaml': data, 'letter.hbs': '<document><p>งบประมาณ {{extra.budget}}</p></document>\n' });
    const r = await runCli(['render', path.join(dir, 'data.yaml'), '--format', 'txt', '--out', path.join(dir, 'out')]);
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(path.join(dir, 'out', 'data.letter.txt'), 'utf8')).toContain('งบประมาณ 1.5 ล้านบาท');
  });

  it('the JSON Schema closes every object but extra', async () => {
    const loose: string[] = [];
    const walk = (n: unknown, at: string): void => {
      if (Array.isArray(n)) return n.forEach((v, k) => walk(v, `${at}/${k}`));
      if (n === null || typeof n !== 'object') return;
      const o = n as Record<string, unknown>;
      if (o.type === 'object' && o.additionalProperties !== false) loose.push(at);
      for (const [k, v] of Object.entries(o)) walk(v, `${at}/${k}`);
    };
    walk(JSON.parse(await jsonSchemaText()), '');
    expect(loose).toEqual(['/properties/extra']);
  });
});

describe('sections a template needs', () => {
  it('names a missing section, and a misspelt one once, as the section', async () => {
    const minutes = await example('minutes');
    const text = edit(minutes, '\nminutes:\n', '\nminute:\n');
    expect(problems(text, [{ section: 'minutes', template: 'minutes' }])).toEqual([
      `data.yaml:${lineOf(text, 'minute:')}:1: minutes: this file has no \`minutes:\` section — did you mean \`minute:\`?`,
    ]);
    expect(problems(edit(minutes, '\nmeeting:\n', '\nmeetng:\n'), [{ section: 'meeting', template: 'minutes' }])[0]).toContain(
      'this file has no `meeting:` section — did you mean `meetng:`?',
    );
  });

  it('through the CLI, in Thai, never as a fault inside a template', async () => {
    const dir = await scratch({ 'data.yaml': edit(await example('minutes'), '\nminutes:\n', '\nminute:\n') });
    const r = await runCli(['render', path.join(dir, 'data.yaml'), '--format', 'txt', '--out', path.join(dir, 'out'), '--lang', 'th']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ไฟล์นี้ไม่มีส่วน `minutes:` — หมายถึง `minute:` หรือไม่');
    expect(r.stderr).not.toContain('minutes.hbs');
    const other = await runCli(['validate', path.join(dir, 'data.yaml'), '--template', 'news', '--lang', 'en']);
    expect(other.stderr).toContain('this file has no `agency:` section, which the news template needs');
  });

  it('a custom template that fails on a section the data lacks names the section, not the template fault', async () => {
    const dir = await scratch({
      'data.yaml': 'documents: [letter.hbs]\nagency: { name: สำนักงานตัวอย่าง }\n',
      'letter.hbs': '<document><p>{{agency.name}} {{thaiDate meeting.date}}</p></document>\n',
    });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('meeting: this file has no `meeting:` section, which the letter template needs');
    expect(r.stderr).not.toContain('not a date');
    const th = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'th']);
    expect(th.stderr).toContain('ไฟล์นี้ไม่มีส่วน `meeting:` ซึ่งแม่แบบ letter ต้องใช้');
  });
});
