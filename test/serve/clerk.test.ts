// The editor's clerk-facing pieces without a browser (issue 26): its language, the problems in the
// form's words, the draft preview of incomplete data, the readings of dates and times, and new
// files from the starting points and from the last meeting.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { clerkProblems } from '../../src/serve/clerk-words.js';
import { draftPreview } from '../../src/serve/draft-preview.js';
import { formSpec } from '../../src/serve/form.js';
import { editorLang } from '../../src/serve/lang.js';
import { readings } from '../../src/serve/readings.js';
import { specRefs } from '../../src/serve/spec-path.js';
import { startServer } from '../../src/serve/server.js';
import { ROOT } from '../helpers.js';

const spec = formSpec('th');
const refs = specRefs(spec);

describe('the editor\'s language: Thai first', () => {
  it.each([
    [undefined, 'th'], ['', 'th'], ['th-TH,th;q=0.9', 'th'], ['en-US,en;q=0.9,th;q=0.8', 'th'], ['fr-FR', 'th'],
    ['en-US,en;q=0.9', 'en'], ['en-GB;q=0.8, th;q=0', 'en'],
  ])('Accept-Language %s → %s', (header, lang) => expect(editorLang(header)).toBe(lang));
  it('--lang decides for every browser', () => {
    expect(editorLang('th-TH', 'en')).toBe('en');
    expect(editorLang('en-US', 'th')).toBe('th');
  });
});

describe('problems in the form\'s words', () => {
  const data = { meeting: { title: 'ประชุม', chair: { title: 'นาย' } }, minutes: { number: 1, present: [{ name: 'สมชาย' }, { title: 'นาย' }], agenda: [{}] } };
  const words = () => {
    const r = validate(data, { templates: ['minutes'], lang: 'th' });
    return r.ok ? [] : clerkProblems(r.problems, spec, refs, 'th');
  };
  it('says what to do, with no YAML key, option or command', () => {
    const all = words();
    expect(all.find((p) => p.path?.join('.') === 'meeting.chair.name')!.todo).toBe('กรอกชื่อ ของประธานในที่ประชุม');
    expect(all.find((p) => p.path?.join('.') === 'meeting.venue')!.todo).toBe('กรอกสถานที่ประชุม');
    expect(all.find((p) => p.path?.join('.') === 'minutes.present.1.name')!.todo).toBe('กรอกชื่อหรือตำแหน่ง ของผู้มาประชุม แถวที่ 2');
    for (const p of all) expect(`${p.todo} ${p.where}`).not.toMatch(/[a-z_]+:|--draft|saraban init|ย่อหน้าให้ตรง/);
  });
  it('names where by the form\'s labels', () => {
    expect(words().find((p) => p.path?.join('.') === 'minutes.present.1.name')!.where).toBe('รายงานการประชุม › ผู้มาประชุม › ผู้มาประชุม แถวที่ 2 › ชื่อ');
  });
  it('a missing section is located at the section', () => {
    const r = validate({}, { templates: ['news'], lang: 'th' });
    const news = clerkProblems(r.ok ? [] : r.problems, spec, refs, 'th').find((p) => p.key === 'missing-section' && p.field === 'news')!;
    expect(news.at).toEqual(['news']);
    expect(news.todo).toBe('กรอกข่าวประชาสัมพันธ์');
  });
});

describe('the preview is always a document', () => {
  it('an empty file previews as the draft of the minutes, with dotted blanks', () => {
    const shown = draftPreview({}, 'minutes', 'th', spec, refs);
    expect(shown.draft).toBe(true);
    expect(shown.data?.status).toBe('draft');
    expect(shown.problems.length).toBeGreaterThan(0);
  });
  it('an empty new row is not a problem yet, and is left out of the draft', () => {
    const data = { meeting: { title: 'ประชุม', date: '5/8/67', start: '9.00', venue: 'ห้อง', chair: { name: 'ก' } }, minutes: { number: 1, present: [{ name: 'ก' }, {}], agenda: [{ title: 'เรื่อง' }, { title: '', resolution: 'ที่ประชุมรับทราบ' }], recorder: { name: 'ข' } }, documents: ['minutes'] };
    const shown = draftPreview(data, 'minutes', 'th', spec, refs);
    expect(shown.problems.map((p) => p.path?.join('.')).sort()).toEqual(['meeting.end', 'minutes.agenda.1.title']);
    expect(shown.data!.minutes!.present).toHaveLength(1);
    // Saved as it is, the empty row is a problem (the editor's save reports validate's problems).
    const saved = validate(data, { lang: 'th' });
    expect(saved.ok ? [] : saved.problems.map((p) => p.path?.join('.'))).toContain('minutes.present.1.name');
  });
  it('every document kind previews from a file made for another', () => {
    const minutes = { meeting: { title: 'ประชุม', date: '5/8/67' }, minutes: { present: [{ name: 'ก' }], agenda: [{}] } };
    for (const template of ['minutes', 'invitation', 'agenda', 'signin', 'news', 'memo']) {
      expect(draftPreview(minutes, template, 'th', spec, refs).data, template).toBeDefined();
    }
  });
});

describe('dates and times said back as read', () => {
  it('by the same reader as the CLI', () => {
    const said = readings({ meeting: { date: '12/03/2568', start: '๙.๓๐', end: 'บ่ายโมงครึ่ง' }, invitation: { date: '5/8/67' } }, spec, refs, 'th');
    expect(said['["meeting","date"]']).toBe('อ่านว่า วันพุธที่ ๑๒ มีนาคม ๒๕๖๘');
    expect(said['["meeting","start"]']).toBe('อ่านว่า ๐๙.๓๐ น.');
    expect(said['["meeting","end"]']).toBe('หมายถึง ๑๓.๓๐ น. ใช่ไหม: พิมพ์ 13.30');
    expect(said['["invitation","date"]']).toBe('อ่านว่า วันจันทร์ที่ ๕ สิงหาคม ๒๕๖๗');
  });
});

describe('new files from the editor', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'saraban-new-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('starts from a starting point, never over a file, and the next meeting by saraban next\'s code', async () => {
    copyFileSync(path.join(ROOT, 'data/committee/meeting-1.yaml'), path.join(dir, 'meeting-1.yaml'));
    copyFileSync(path.join(ROOT, 'data/committee/garuda-stand-in.png'), path.join(dir, 'garuda-stand-in.png'));
    writeFileSync(path.join(dir, 'taken.yaml'), 'documents: [minutes]\n');
    const server = await startServer({ dir, port: 0 });
    const post = (body: unknown) => fetch(`${server.url}api/new`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Saraban-Token': server.token, 'Accept-Language': 'th' }, body: JSON.stringify(body) });
    try {
      const made = await post({ start: 'papers', file: 'papers.yaml' });
      expect(made.status).toBe(200);
      expect(readFileSync(path.join(dir, 'papers.yaml'), 'utf8')).toContain('documents: [invitation, agenda, signin]');
      const taken = await post({ start: 'minutes', file: 'taken.yaml' });
      expect(taken.status).toBe(409);
      expect(((await taken.json()) as { error: string }).error).toContain('มีไฟล์ชื่อ taken.yaml อยู่แล้ว');
      expect(readFileSync(path.join(dir, 'taken.yaml'), 'utf8')).toBe('documents: [minutes]\n');
      const next = await post({ start: 'next', from: 'meeting-1.yaml' });
      expect(await next.json()).toEqual({ file: 'meeting-2.yaml' });
      const text = readFileSync(path.join(dir, 'meeting-2.yaml'), 'utf8');
      expect(text).toContain('status: draft');
      expect(text).toMatch(/number: 2/);
      // A download while problems remain is the draft, and says how many are left.
      const draft = await fetch(`${server.url}api/download`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Saraban-Token': server.token }, body: JSON.stringify({ data: { meeting: { title: 'ประชุม' } }, template: 'minutes', format: 'txt', file: 'papers.yaml' }) });
      expect(draft.status).toBe(200);
      expect(Number(draft.headers.get('x-saraban-draft'))).toBeGreaterThan(0);
      expect(draft.headers.get('content-disposition')).toContain('papers.minutes.draft.txt');
      expect(await draft.text()).toContain('ร่าง');
      expect((await post({ start: '../x', file: 'x.yaml' })).status).toBe(400);
      expect((await post({ start: 'minutes', file: '../x.yaml' })).status).toBeGreaterThanOrEqual(400);
    } finally {
      await server.close();
    }
  });
});

describe('choices in words', () => {
  it('a value the file writes in English is offered in Thai; the label does not list the values', () => {
    const root = spec as Extract<typeof spec, { kind: 'object' }>;
    const status = root.fields.find((f) => f.key === 'status')!.field as { label?: string; options: string[]; words?: string[] };
    expect(status.options).toEqual(['final', 'draft']);
    expect(status.words).toEqual(['ฉบับจริง', 'ฉบับร่าง (ร่าง เว้นจุดไข่ปลาไว้)']);
    expect(status.label).toBe('สถานะ');
  });
});
