// Saving the editor's data as an edit of the user's YAML: changed values replaced where they stand
// (every other byte kept), rows added or removed by editing the document (comments kept), and the
// result always reads back as exactly the new data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { asWrittenData, editableDocument, editedText } from '../../src/serve/yaml-edit.js';
import { ROOT } from '../helpers.js';

const SAMPLE = readFileSync(path.join(ROOT, 'data/committee-sample.yaml'), 'utf8');
const SEED = readFileSync(path.join(ROOT, 'data/trat-pmqa-2564.yaml'), 'utf8');
const written = (text: string) => asWrittenData(editableDocument(text)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('editing a YAML data file from the form', () => {
  it('gives back the file byte for byte when nothing changed', () => {
    for (const text of [SAMPLE, SEED, '', '# only a comment\n']) expect(editedText(text, written(text))).toBe(text);
  });

  it('reads an unquoted time as written (13.30, not the number 13.3), and keeps it so', () => {
    const text = 'meeting:\n  title: ประชุม\n  start: 13.30 # บ่าย\n  end: 16.30\n';
    const data = written(text);
    expect(data.meeting.start).toBe('13.30');
    data.meeting.end = '16.45';
    expect(editedText(text, data)).toBe('meeting:\n  title: ประชุม\n  start: 13.30 # บ่าย\n  end: "16.45"\n');
  });

  it('replaces changed values where they stand, quoting only what YAML would misread', () => {
    const data = written(SAMPLE);
    data.meeting.venue = 'ห้องประชุม 2: อาคาร #1, ชั้น 5';
    data.minutes.number = 4;
    data.dictionary[1] = 'ประเสริฐ, วงศ์';
    data.minutes.present[0].role = 'yes';
    const out = editedText(SAMPLE, data);
    const a = SAMPLE.split('\n');
    const b = out.split('\n');
    expect(b).toHaveLength(a.length);
    expect(a.flatMap((line, k) => (line === b[k] ? [] : [[line, b[k]]]))).toEqual([
      ['dictionary: [สมศักดิ์, ประเสริฐวงศ์, วิไลวรรณ, ทองคำ, จันทร์เพ็ญ, ศรีสุข]', 'dictionary: [สมศักดิ์, "ประเสริฐ, วงศ์", วิไลวรรณ, ทองคำ, จันทร์เพ็ญ, ศรีสุข]'],
      ['  venue: ห้องประชุม 1 ชั้น 3 อาคารกรมตัวอย่าง', '  venue: "ห้องประชุม 2: อาคาร #1, ชั้น 5"'],
      ['  number: 3', '  number: 4'],
      [a.find((l) => l.includes('name: สมศักดิ์, surname'))!, a.find((l) => l.includes('name: สมศักดิ์, surname'))!.replace('role: ประธานกรรมการ', 'role: "yes"')],
    ]);
    expect(written(out)).toEqual(data);
  });

  it('adds and removes rows and keys, keeping the comments of the rest', () => {
    const data = written(SAMPLE);
    data.minutes.absent.pop();
    data.minutes.guests.push({ title: 'นาง', name: 'ใหม่', surname: 'มาก', position: 'วิทยากร' });
    delete data.meeting.end;
    data.status = 'draft';
    const out = editedText(SAMPLE, data);
    expect(parse(out)).toEqual(data);
    const comments = (t: string) => t.split('\n').map((l) => /#\s.*$/.exec(l)?.[0]).filter(Boolean);
    expect(comments(out)).toEqual(comments(SAMPLE));
    expect(out).toContain('status: draft');
    expect(out).not.toContain('  end:');
  });

  it('writes a whole new file from an empty one, Thai as it is', () => {
    const data = { meeting: { title: 'ประชุมคณะกรรมการ', start: '13.30', date: '29 กรกฎาคม 2564' }, minutes: { present: [{ name: 'สมชาย', substitute: true, substitute_for: 'ผู้อำนวยการ' }] } };
    const out = editedText('', data);
    expect(out).toContain('title: ประชุมคณะกรรมการ');
    expect(out).toContain('start: "13.30"');
    expect(written(out)).toEqual(data);
  });
});
