// Every message a clerk or a template author can meet, each provoked through the CLI in both
// languages: exit code 2, the file, line (and column), the field, the message, and no stack trace.
// docs/errors.md lists the same keys; a test below keeps the two in step.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageKey } from '../../src/data/messages.js';
import { ROOT } from '../helpers.js';
import { edit, example, lineOf, runCli, scratch } from './support.js';

interface Case {
  key: MessageKey;
  /** Files of the scratch folder; the data file is data.yaml. */
  files: () => Promise<Record<string, string | Uint8Array>>;
  /** The command after `saraban`, data.yaml and other names relative to the scratch folder. */
  args?: string[];
  /** "file:line" or "file:line:column" relative to the scratch folder, as the message starts. */
  where?: (files: Record<string, string | Uint8Array>) => string;
  field?: string;
}

const news = () => example('news');
const minutes = () => example('minutes');
const dataWith = (base: () => Promise<string>, change: (t: string) => string, extra: Record<string, string> = {}) => async () => ({
  'data.yaml': change(await base()),
  ...extra,
});
const at = (needle: string, column?: number) => (f: Record<string, string | Uint8Array>) =>
  `data.yaml:${lineOf(String(f['data.yaml']), needle)}${column ? `:${column}` : ''}`;
/** A data file rendering the given template (custom.hbs beside it). */
const withTemplate = (template: string, extra: Record<string, string | Uint8Array> = {}) => async () => ({
  'data.yaml': edit(await news(), 'documents: [news]', 'documents: [custom.hbs]'),
  'custom.hbs': template,
  ...extra,
});
const image = (src: string) => `<document><p>ภาพ</p>\n<image src="${src}"/></document>`;

const CASES: Case[] = [
  { key: 'date-not-exist', files: dataWith(news, (t) => edit(t, 'date: 2021-08-30', 'date: 2021-02-30')), where: at('date: 2021-02-30', 9), field: 'meeting.date' },
  { key: 'date-format', files: dataWith(news, (t) => edit(t, 'date: 2021-08-30', 'date: 30/08/2564')), where: at('date: 30/08/2564', 9), field: 'meeting.date' },
  { key: 'time-out-of-range', files: dataWith(news, (t) => edit(t, 'start: "09:30"', 'start: "25:00"')), where: at('start: "25:00"', 10), field: 'meeting.start' },
  { key: 'time-format', files: dataWith(news, (t) => edit(t, 'start: "09:30"', 'start: 9 โมงครึ่ง')), where: at('start: 9 โมงครึ่ง', 10), field: 'meeting.start' },
  {
    key: 'end-before-start',
    files: dataWith(news, (t) => edit(t, 'start: "09:30"', 'start: "09:30"\n  end: "08:00"')),
    where: at('end: "08:00"', 8),
    field: 'meeting.end',
  },
  {
    key: 'minutes-point-missing',
    files: dataWith(minutes, (t) => `${t}\nnews:\n  points:\n    - from_minutes: "9.9"\n`),
    where: at('from_minutes: "9.9"', 21),
    field: 'news.points[0].from_minutes',
  },
  { key: 'empty-name', files: dataWith(news, (t) => edit(t, 'name: สมชาย', 'name: ""')), where: at('name: ""', 11), field: 'meeting.chair.name' },
  {
    key: 'empty-attendee',
    files: dataWith(minutes, (t) => edit(t, '{ position: ผู้อำนวยการกองคลัง, role: กรรมการ }', '{ name: "", role: กรรมการ }')),
    where: at('{ name: "", role: กรรมการ }'),
    field: 'minutes.present[1].name',
  },
  {
    key: 'substitute-without-for',
    files: dataWith(minutes, (t) => edit(t, '      substitute_for: ผู้อำนวยการกองการเจ้าหน้าที่   # whom they attend for (required with substitute)\n', '')),
    where: at('- title: นางสาว', 7),
    field: 'minutes.present[2].substitute_for',
  },
  // A news release may leave out the venue (docs/news.md); a person's name is always required.
  { key: 'required', files: dataWith(news, (t) => t.replace(/^ {4}name: สมชาย\n/m, '')), where: at('title: นาย', 5), field: 'meeting.chair.name' },
  { key: 'wrong-type', files: dataWith(news, (t) => edit(t, 'documents: [news]', 'documents: news')), where: at('documents: news', 12), field: 'documents' },
  { key: 'empty', files: dataWith(news, (t) => t.replace(/^ {2}venue: .*$/m, '  venue: "   "')), where: at('venue: "   "', 10), field: 'meeting.venue' },
  { key: 'not-one-of', files: dataWith(news, (t) => edit(t, 'documents: [news]', 'documents: [news]\noptions:\n  font: Angsana New')), where: at('font: Angsana New', 9), field: 'options.font' },
  { key: 'too-small', files: dataWith(news, (t) => edit(t, 'documents: [news]', 'documents: [news]\noptions:\n  font_size: 4')), where: at('font_size: 4', 14), field: 'options.font_size' },
  { key: 'too-big', files: dataWith(news, (t) => edit(t, 'documents: [news]', 'documents: [news]\noptions:\n  font_size: 400')), where: at('font_size: 400', 14), field: 'options.font_size' },
  {
    key: 'unsafe-template-path',
    files: dataWith(news, (t) => edit(t, 'documents: [news]', 'documents: [../../secret.hbs]')),
    where: at('documents: [', 13),
    field: 'documents[0]',
  },
  { key: 'unknown-template', files: dataWith(news, (t) => edit(t, 'documents: [news]', 'documents: [newz]')), where: at('documents: [', 13), field: 'documents[0]' },
  { key: 'no-template', files: dataWith(news, (t) => edit(t, 'documents: [news]', 'documents: []')), where: () => 'data.yaml' },
  { key: 'template-file-not-found', files: dataWith(news, (t) => t), args: ['validate', 'data.yaml', '--template', 'nosuch/file.hbs'] },
  { key: 'template-syntax', files: withTemplate('<document>\n{{#if meeting}}\n<p>x</p>\n</document>\n'), where: () => 'custom.hbs:5' },
  { key: 'template-unknown-helper', files: withTemplate('<document>\n<p>{{thaidate meeting.date}}</p>\n</document>\n'), where: () => 'custom.hbs:2:4' },
  { key: 'template-runtime', files: withTemplate('<document>\n\n{{> no-such-partial}}\n</document>\n'), where: () => 'custom.hbs:3:1' },
  { key: 'markup-syntax', files: withTemplate('<document>\n<p>เปิดแล้วไม่ปิด\n</document>\n'), where: () => 'custom.hbs:3' },
  { key: 'image-no-src', files: withTemplate('<document>\n<image/></document>'), where: () => 'custom.hbs:2' },
  { key: 'image-missing', files: withTemplate(image('logo.png')), where: () => 'custom.hbs:2' },
  { key: 'image-not-image', files: withTemplate(image('logo.png'), { 'logo.png': 'GIF89a not really an image' }), where: () => 'custom.hbs:2' },
  { key: 'image-outside', files: withTemplate(image('../outside.png')), where: () => 'custom.hbs:2' },
  {
    key: 'invalid',
    files: dataWith(minutes, (t) => t.replace(/^meeting:[\s\S]*?\n\n/m, '')),
    where: at('documents:', 1),
    field: 'meeting',
  },
  {
    key: 'problems',
    files: dataWith(news, (t) => edit(edit(t, 'date: 2021-08-30', 'date: 2021-02-29'), 'start: "09:30"', 'start: "24:00"')),
    where: () => 'data.yaml',
  },
  { key: 'yaml-syntax', files: async () => ({ 'data.yaml': 'meeting:\n  title: ประชุม\n\tdate: 2021-01-01\n' }), where: () => 'data.yaml:3:1' },
  { key: 'file-unreadable', files: async () => ({}), args: ['validate', 'missing.yaml'], where: () => 'missing.yaml' },
  {
    // --out names a file, not a folder: nothing can be written there.
    key: 'file-unwritable',
    files: dataWith(news, (t) => t, { out: 'a file in the way' }),
    args: ['render', 'data.yaml', '--format', 'txt', '--out', 'out/sub'],
    where: () => 'out/sub/data.news.txt',
  },
  { key: 'init-exists', files: async () => ({ 'data.yaml': 'x: 1\n' }), args: ['init', 'news', 'data.yaml'], where: () => 'data.yaml' },
];

/** The longest piece of a message that has no placeholder: what the output must contain. */
const fixedPart = (s: string) => s.split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0]!.trim();

describe('error messages', () => {
  for (const c of CASES) {
    it(`${c.key}: located, bilingual, exit 2, no stack trace`, async () => {
      const files = await c.files();
      const dir = await scratch(files);
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        for (const lang of ['en', 'th'] as const) {
          const r = await runCli([...(c.args ?? ['validate', 'data.yaml']), '--lang', lang]);
          expect(r.code, r.stderr).toBe(2);
          const entry = MESSAGES[c.key];
          expect(r.stderr).toContain(fixedPart(entry.message[lang]));
          if (c.where) expect(r.stderr).toContain(`saraban: ${c.where(files)}:`);
          if (c.field) expect(r.stderr).toContain(`${c.field}: `);
          if ('hint' in entry && c.key !== 'problems') expect(r.stderr).toContain(fixedPart(entry.hint[lang]));
          expect(r.stderr).not.toMatch(/\n\s+at /);
        }
      } finally {
        process.chdir(cwd);
      }
    });
  }

  it('lists every problem of a data file, each with its own line, in Thai', async () => {
    const text = edit(edit(await news(), 'date: 2021-08-30', 'date: 2021-02-29'), 'start: "09:30"', 'start: "24:00"');
    const dir = await scratch({ 'data.yaml': text });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'th']);
    expect(r.stderr).toContain('พบปัญหาในไฟล์ข้อมูล 2 จุด');
    expect(r.stderr).toContain(`data.yaml:${lineOf(text, 'date: 2021-02-29')}:9: meeting.date: วันที่ 2021-02-29 ไม่มีอยู่จริง`);
    expect(r.stderr).toContain('เดือนที่ 2 ของปี ค.ศ. 2021 มี 28 วัน');
    expect(r.stderr).toContain(`data.yaml:${lineOf(text, 'start: "24:00"')}:10: meeting.start: เวลา 24:00 ไม่มีอยู่จริง`);
  });

  it('render and validate report the problems of the documents alike: all of them, each at its documents: entry', async () => {
    const text = edit(await news(), 'documents: [news]', 'documents: [newz, custom.hbs]');
    // A runtime error has no line of its own: it is pointed at the data file's documents: entry.
    const dir = await scratch({ 'data.yaml': text, 'custom.hbs': '<document>{{#each}}x{{/each}}</document>\n' });
    const validate = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
    const render = await runCli(['render', path.join(dir, 'data.yaml'), '--format', 'txt', '--out', path.join(dir, 'out'), '--lang', 'en']);
    expect(validate.code).toBe(2);
    expect(render.code).toBe(2);
    expect(render.stderr).toBe(validate.stderr);
    expect(validate.stderr).toContain('the data file has 2 problem(s)');
    expect(validate.stderr).toMatch(new RegExp(`data\\.yaml:${lineOf(text, 'documents: [')}:13: documents\\[0\\]: .*newz`));
    expect(validate.stderr).toMatch(new RegExp(`data\\.yaml:${lineOf(text, 'documents: [')}:19: documents\\[1\\]: `));
  });

  it('caps a long list of problems and counts the rest', async () => {
    const text = `${await news()}\ndictionary: [${Array.from({ length: 30 }, () => '""').join(', ')}]\n`;
    const dir = await scratch({ 'data.yaml': text });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
    expect(r.stderr).toContain('the data file has 30 problem(s)');
    expect(r.stderr).toContain('and 10 more problem(s)');
    expect(r.stderr.match(/dictionary\[\d+\]: must not be empty/g)).toHaveLength(20);
  });

  it('reports an alias without its anchor as bad YAML, not a crash (found by the mutation tests)', async () => {
    const dir = await scratch({ 'data.yaml': 'documents: [news]\nmeeting: *a\n' });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the file is not valid YAML/JSON: Unresolved alias');
  });

  it('shows the stack trace only with --debug', async () => {
    const dir = await scratch({ 'data.yaml': edit(await news(), 'date: 2021-08-30', 'date: 2021-02-30') });
    const plain = await runCli(['validate', path.join(dir, 'data.yaml')]);
    const debug = await runCli(['validate', path.join(dir, 'data.yaml'), '--debug']);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(debug.code).toBe(2);
  });

  it('picks Thai from the locale, English otherwise, and --lang wins', async () => {
    const { chooseLang } = await import('../../src/i18n.js');
    expect(chooseLang([], { LANG: 'th_TH.UTF-8' })).toBe('th');
    expect(chooseLang([], { LC_ALL: 'en_US.UTF-8', LANG: 'th_TH.UTF-8' })).toBe('en');
    expect(chooseLang([], { LC_MESSAGES: 'th_TH', LANG: 'C' })).toBe('th');
    expect(chooseLang([], {})).toBe('en');
    expect(chooseLang(['--lang', 'en'], { LANG: 'th_TH.UTF-8' })).toBe('en');
    expect(chooseLang(['--lang=th'], { LANG: 'C' })).toBe('th');
  });

  it('accepts the examples and says so', async () => {
    for (const kind of ['news', 'minutes', 'memo'] as const) {
      const dir = await scratch({ 'data.yaml': await example(kind) });
      const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`no problems found (${kind})`);
    }
  });

  it('docs/errors.md lists every message, and every message has a case here', async () => {
    const doc = await readFile(path.join(ROOT, 'docs/errors.md'), 'utf8');
    const shownElsewhere = new Set(['more-problems']); // in 'caps a long list of problems'
    for (const key of Object.keys(MESSAGES)) {
      expect(doc, key).toContain(`\`${key}\``);
      if (!shownElsewhere.has(key)) expect(CASES.map((c) => c.key), key).toContain(key);
    }
  });
});
