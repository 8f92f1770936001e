// The library takes the data as written: input types, validate(data) and render(data, …) with
// problems named by their field path, buildDocument on raw data without a TypeError, and the
// README's example, which must type-check and run.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { buildDocument, prepareTemplate, render, validate, SarabanError, type SarabanInput } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const minutes: SarabanInput = {
  meeting: {
    title: 'คณะกรรมการ',
    date: '2564-08-26',
    start: '9.30',
    end: '12.00 น.',
    venue: 'ห้องประชุม',
    chair: { title: 'นาย', name: 'สมศักดิ์', surname: 'ใจดี' },
  },
  minutes: {
    number: '๒',
    present: [{ name: 'สมศักดิ์' }, { position: 'ผู้อำนวยการกองคลัง' }, { name: 'ก' }, { name: 'ข' }, { name: '' }],
    agenda: [{ details: ['เรื่องแจ้ง'], resolution: 'ที่ประชุมรับทราบ' }],
    recorder: { name: 'ณัฐวุฒิ' },
  },
};

describe('library', () => {
  it('validate(data) names the field of each problem, never a made-up file position', () => {
    const r = validate(minutes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ key: 'empty-attendee', field: 'minutes.present[4].name', path: ['minutes', 'present', 4, 'name'] });
    expect(r.problems[0]!.file).toBeUndefined();
    expect(validate(minutes, { lang: 'th' }).problems[0]!.field).toBe('minutes.present คนที่ ๕ › name');
  });

  it('validate(data) returns the checked data with its defaults, dates and times as meant', () => {
    const fixed = structuredClone(minutes);
    fixed.minutes!.present!.pop();
    const r = validate(fixed);
    expect(r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.data.meeting).toMatchObject({ date: '2021-08-26', start: '09:30', end: '12:00' });
    expect(r.data.minutes!.number).toBe(2);
    expect(r.data.status).toBe('final');
  });

  it('unknown keys and missing sections are problems through the library too', () => {
    const r = validate({ meeting: minutes.meeting, minute: minutes.minutes }, { templates: ['minutes'] });
    expect(r.problems.map((p) => p.message)).toEqual(['this file has no `minutes:` section — did you mean `minute:`?']);
  });

  it('render(data, { template, formats }) returns bytes, or the problems', async () => {
    const fixed = structuredClone(minutes);
    fixed.minutes!.present!.pop();
    const r = await render(fixed, { template: 'minutes', formats: ['txt', 'pdf'] });
    expect(r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.documents.map((d) => [d.template, d.format])).toEqual([['minutes', 'txt'], ['minutes', 'pdf']]);
    expect(new TextDecoder().decode(r.documents[0]!.bytes)).toContain('ครั้งที่ ๒/๒๕๖๔');
    expect(Buffer.from(r.documents[1]!.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const bad = await render(minutes, { template: 'minutes', formats: ['txt'] });
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]!.field).toBe('minutes.present[4].name');
  });

  it('buildDocument on raw data fails with named fields, never a TypeError', async () => {
    const template = await prepareTemplate('minutes');
    for (const raw of [{}, { meeting: {} }, minutes]) {
      let error: unknown;
      try {
        buildDocument(raw as SarabanInput, template, '.');
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(raw)).toBeInstanceOf(SarabanError);
    }
  });

  it('the README example type-checks and runs', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const library = readme.slice(readme.indexOf('## Library'));
    const code = /```ts\n([\s\S]*?)```/.exec(library)![1]!;
    expect(code).toContain("from 'saraban'");
    const dir = path.join(ROOT, 'test/.generated');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'readme-example.ts');
    await writeFile(file, `// Generated from README.md by test/data/library.test.ts.\n${code.replace("from 'saraban'", "from '../../src/index.js'")}\nexport {};\n`);
    const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const program = ts.createProgram([...config.fileNames.filter((f) => f.endsWith('.d.ts')), file], { ...config.options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await import(file);
      expect(error).not.toHaveBeenCalled();
      expect(log.mock.calls.map((c) => c.slice(0, 2))).toEqual([['minutes', 'pdf'], ['minutes', 'txt']]);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  }, 60_000);
});
