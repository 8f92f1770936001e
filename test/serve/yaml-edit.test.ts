// Saving the editor's data as an edit of the user's YAML: changed values replaced where they stand
// (every other byte kept), rows added or removed by editing the document (comments kept), and the
// result always reads back as exactly the new data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
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

  it('removes a middle person with their own comments; the next keeps theirs', () => {
    const text = 'minutes:\n  present:\n    # the chair\n    - name: ก # first\n    # the second\n    - name: ข # second\n    # the third\n    - name: ค # third\n';
    const data = written(text);
    data.minutes.present.splice(1, 1);
    expect(editedText(text, data)).toBe('minutes:\n  present:\n    # the chair\n    - name: ก # first\n    # the third\n    - name: ค # third\n');
  });

  it('moves a person with their comments, and the comment above a list goes with its first item', () => {
    const text = 'present:\n  # the chair\n  - name: ก # first\n  # the second\n  - name: ข # second\n';
    const data = written(text);
    data.present.reverse();
    expect(editedText(text, data)).toBe('present:\n  # the second\n  - name: ข # second\n  # the chair\n  - name: ก # first\n');
    data.present.pop();
    expect(editedText(text, data)).toBe('present:\n  # the second\n  - name: ข # second\n');
  });

  it('edits an aliased value where the form edited it: the chair alone, or every place alike', () => {
    const text = 'meeting:\n  chair: &chair { name: สมศักดิ์, position: รองอธิบดี } # the chair\nminutes:\n  present: [*chair, { name: วิไลวรรณ }]\n';
    const data = written(text);
    data.meeting.chair.name = 'สมชาย';
    const out = editedText(text, data);
    expect(parse(out)).toEqual(data);
    expect(out).toBe('meeting:\n  chair: &chair {name: สมชาย, position: รองอธิบดี} # the chair\nminutes:\n  present: [{name: สมศักดิ์, position: รองอธิบดี}, {name: วิไลวรรณ}]\n');
    data.minutes.present[0].name = 'สมชาย';
    const both = editedText(text, data);
    expect(parse(both)).toEqual(data);
    expect(both).toContain('present: [*chair,');
    delete data.meeting.chair;
    expect(parse(editedText(text, data))).toEqual(data);
  });

  it('saves random edits so that the file reads back as the form, comments with their own rows', () => {
    // Rows carry ids the edits never change, so a comment's owner can be found in the saved text.
    const person = (id: string, name: string, flow: boolean) =>
      flow ? `  # about ${id}\n  - { id: ${id}, name: ${name}, role: กรรมการ } # tail ${id}\n` : `  # about ${id}\n  - id: ${id} # tail ${id}\n    name: ${name}\n    role: กรรมการ\n`;
    const fileOf = (flows: boolean[], tags: number) =>
      `# header\nmeeting:\n  # about k0\n  k0: ค่า 0 # tail k0\n  # about k1\n  k1: 13.30 # tail k1\n  chair: &chair { id: c0, name: ประธาน, role: ประธาน }\n` +
      `people:\n${flows.map((flow, k) => person(`p${k}`, `คน ${k}`, flow)).join('')}` +
      `tags:\n${Array.from({ length: tags }, (_, k) => `  - t${k} # tag t${k}\n`).join('')}` +
      `present: [*chair, { id: q1, name: แขก, role: ผู้เข้าร่วม }]\n`;
    const values = ['สมชาย', '13.30', 'yes', 'a: b', '# not a comment', "it's", '"q"', '- dash', '[x]', ' lead', 'ทดสอบ, จุลภาค', '', 'null', '0x1F', 'ประธาน'];
    const op = fc.oneof(
      fc.record({ kind: fc.constantFrom('remove', 'up', 'rename'), at: fc.nat(9), value: fc.constantFrom(...values) }),
      fc.record({ kind: fc.constantFrom('add', 'dropKey', 'setKey', 'newKey', 'tagRemove', 'tagUp', 'tagEdit', 'chair', 'present0'), at: fc.nat(9), value: fc.constantFrom(...values) }),
    );
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 4 }), fc.array(op, { maxLength: 8 }), (flows, tags, ops) => {
        const text = fileOf(flows, tags);
        const data = written(text);
        let added = 0;
        for (const { kind, at, value } of ops) {
          const people = data.people as { id: string; name: string }[];
          const k = at % Math.max(people.length, 1);
          const t = at % Math.max(data.tags.length, 1);
          if (kind === 'remove' && people.length > 0) people.splice(k, 1);
          if (kind === 'up' && k > 0) people.splice(k - 1, 2, people[k]!, people[k - 1]!);
          if (kind === 'rename' && people.length > 0) people[k]!.name = value;
          if (kind === 'add') people.push({ id: `n${added++}`, name: value });
          if (kind === 'dropKey') delete data.meeting[`k${at % 2}`];
          if (kind === 'setKey' && `k${at % 2}` in data.meeting) data.meeting[`k${at % 2}`] = value;
          if (kind === 'newKey') data.meeting[`x${at}`] = value;
          if (kind === 'tagRemove' && data.tags.length > 0) data.tags.splice(t, 1);
          if (kind === 'tagUp' && t > 0) data.tags.splice(t - 1, 2, data.tags[t], data.tags[t - 1]);
          if (kind === 'tagEdit' && data.tags.length > 0) data.tags[t] += '-แก้';
          if (kind === 'chair') data.meeting.chair.name = value;
          if (kind === 'present0') data.present[0].name = value;
        }
        const out = editedText(text, data);
        expect(written(out)).toEqual(data);
        const lines = out.split('\n');
        const owner = (id: string, line: RegExp) => {
          const k = lines.findIndex((l) => line.test(l));
          expect(k, `${id} in\n${out}`).toBeGreaterThan(0);
          expect(lines[k], out).toContain(`# tail ${id}`);
          expect(lines[k - 1]!.trim(), out).toBe(`# about ${id}`);
        };
        const kept = new Set<string>();
        for (const p of data.people as { id: string }[]) if (/^p\d$/.test(p.id)) kept.add(p.id);
        for (const key of ['k0', 'k1']) if (key in data.meeting) kept.add(key);
        for (const id of kept) owner(id, id.startsWith('p') ? new RegExp(`id: ${id}\\b`) : new RegExp(`^  ${id}:`));
        const tagged = new Set((data.tags as string[]).map((tag) => tag.replace(/-แก้/g, '')));
        for (const tag of tagged) expect(lines.find((l) => new RegExp(`^  - "?${tag}\\b`).test(l)), out).toContain(`# tag ${tag}`);
        // A removed row's comments go with it.
        for (let k = 0; k < flows.length; k++) if (!kept.has(`p${k}`)) expect(out).not.toContain(`# about p${k}\n`);
        for (let k = 0; k < tags; k++) if (!tagged.has(`t${k}`)) expect(out).not.toContain(`# tag t${k}\n`);
        expect(out.startsWith('# header\n')).toBe(true);
        expect(out.includes('*chair')).toBe(JSON.stringify(data.meeting.chair) === JSON.stringify(data.present[0]));
      }),
      { numRuns: 300 },
    );
  });
});
