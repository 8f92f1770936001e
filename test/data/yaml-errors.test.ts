// YAML syntax errors explained in Thai (and English) by their cause, keyed on the yaml package's
// error codes and the line they point at: an unquoted ":" or "#", a bad indent, a tab, an open quote.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseData } from '../../src/data/load.js';
import { SarabanError } from '../../src/messages/errors.js';
import { runCli, scratch } from '../errors/support.js';

const keyOf = (text: string) => {
  try {
    parseData(text, 'data.yaml');
  } catch (e) {
    if (e instanceof SarabanError) return [e.key, e.location?.line];
    throw e;
  }
  return undefined;
};

describe('YAML syntax errors by cause', () => {
  it.each([
    ['an unquoted ":" in a value', 'meeting:\n  title: ประชุม: ครั้งที่ 1\n', 'yaml-colon', 2],
    ['an unquoted "#" in a list', 'news:\n  hashtags: [#ตราด, #พช]\n', 'yaml-hash', 2],
    ['a line indented too far', 'meeting:\n  title: ก\n   venue: ข\n', 'yaml-indent', 3],
    ['a line indented too little', 'meeting:\n  title: ก\n venue: ข\n', 'yaml-indent', 3],
    ['a tab', 'meeting:\n\ttitle: ก\n', 'yaml-tab', 2],
    ['an open quote', 'meeting:\n  title: "ไม่ปิด\n', 'yaml-quote', 2],
    ['a key twice', 'meeting:\n  title: ก\n  title: ข\n', 'yaml-duplicate', 3],
    ['a "#" glued to text, which YAML would cut', 'meeting:\n  title: ประชุมครั้งที่ #3\n', 'yaml-hash', 2],
    ['a hashtag list item that YAML would empty', 'news:\n  hashtags:\n    - ตราด\n    - #พช\n', 'yaml-hash', 4],
  ])('%s', (_, text, key, line) => {
    expect(keyOf(text)).toEqual([key, line]);
  });

  it('a real comment after a value is fine', () => {
    expect(keyOf('meeting:\n  title: ประชุม   # ชื่อการประชุม\n')).toBeUndefined();
  });

  it('in Thai through the CLI, without the parser\'s English', async () => {
    const dir = await scratch({ 'data.yaml': 'documents: [news]\nmeeting:\n  title: ประชุม: ครั้งที่ 1\n' });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'th']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('data.yaml:3:');
    expect(r.stderr).toContain('ใส่ข้อความทั้งหมดในเครื่องหมายคำพูด เช่น title: "ประชุม: ครั้งที่ 1"');
    expect(r.stderr).not.toContain('Nested mappings');
  });
});

/** The billion laughs: nine lists of nine aliases to the list above, 9^9 values once expanded. */
const LAUGHS = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((c, k) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[k]}`).join(', ')}]`)].join('\n') + '\n';

describe('YAML made to trap the reader: alias loops, alias bombs, deep nesting', () => {
  it.each([
    ['an alias inside the list it names', 'a: &a [*a]\n', 'yaml-alias-loop', 1, 8],
    ['an alias inside the section it names', 'meeting:\n  chair: &c\n    name: ก\n    boss: *c\n', 'yaml-alias-loop', 4, 11],
    ['the billion laughs, at the alias that crosses the cap', LAUGHS, 'yaml-alias-count', 6, 8],
    ['300 levels of flow lists', `a: ${'['.repeat(300)}${']'.repeat(300)}\n`, 'yaml-too-deep', 1, 103],
    ['5,000 levels, past what the parser can hold', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'yaml-too-deep', 1, undefined],
    ['3,000 indented levels', `${Array.from({ length: 3000 }, (_, k) => `${'  '.repeat(k)}k${k}:`).join('\n')}\n${'  '.repeat(3000)}v\n`, 'yaml-too-deep', undefined, undefined],
    ['an alias that takes a deep part deeper still', `a: &a ${'['.repeat(60)}${']'.repeat(60)}\nb: ${'['.repeat(60)}*a${']'.repeat(60)}\n`, 'yaml-too-deep', 2, 64],
  ])('%s', (_, text, key, line, column) => {
    let error: unknown;
    try {
      parseData(text, 'data.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SarabanError);
    const e = error as SarabanError;
    expect(e.key).toBe(key);
    expect(e.exitCode).toBe(2);
    if (line !== undefined) expect(e.location?.line).toBe(line);
    else expect(e.location?.line).toBeGreaterThan(0);
    if (column !== undefined) expect(e.location?.column).toBe(column);
  });

  it('aliases that name other parts are data: a chair listed as present, 500 uses of one value', () => {
    const chair = parseData('meeting:\n  chair: &chair { name: สมชาย }\nminutes:\n  present: [*chair, { name: สมศรี }]\n', 'data.yaml');
    expect(chair.data).toEqual({ meeting: { chair: { name: 'สมชาย' } }, minutes: { present: [{ name: 'สมชาย' }, { name: 'สมศรี' }] } });
    const many = parseData(`x: &x ตราด\nlist: [${Array(500).fill('*x').join(', ')}]\n`, 'data.yaml');
    expect((many.data as { list: string[] }).list).toHaveLength(500);
  });

  it('50,000 aliases read in linear time (yaml looks each one up across the whole file: minutes)', () => {
    const started = Date.now();
    const many = parseData(`x: &x ตราด\nlist: [${Array(50_000).fill('*x').join(', ')}]\n`, 'data.yaml');
    expect((many.data as { list: string[] }).list).toHaveLength(50_000);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 60_000);

  it('a value reached through an alias is located where it is written', () => {
    const loaded = parseData('meeting:\n  chair: &chair { name: สมชาย, start: 13.30 }\nminutes:\n  present: [*chair]\n', 'data.yaml');
    expect(loaded.locate(['minutes', 'present', 0, 'name'])).toEqual({ file: 'data.yaml', line: 2, column: 25 });
    expect(loaded.sourceText?.(['minutes', 'present', 0, 'start'])).toBe('13.30');
  });

  it('through the CLI: exit 2 with the line, in Thai and English, never "internal error"', async () => {
    const dir = await scratch({ 'loop.yaml': 'documents: [news]\nmeeting: &m\n  title: *m\n', 'laughs.yaml': LAUGHS });
    const th = await runCli(['validate', path.join(dir, 'loop.yaml'), '--lang', 'th']);
    expect(th.code).toBe(2);
    expect(th.stderr).toContain('loop.yaml:3:10: ชื่ออ้างอิง *m อยู่ภายในส่วน &m ที่ตัวเองอ้างถึง จึงวนไม่รู้จบ');
    expect(th.stderr).not.toContain('internal error');
    const en = await runCli(['validate', path.join(dir, 'laughs.yaml'), '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('laughs.yaml:6:8: aliases (such as *e) make the data grow by more than 100,000 values');
    expect(en.stderr).not.toContain('resource exhaustion');
    expect(en.stderr).not.toContain('indentation');
  });
});

describe('plain words for system errors and places', () => {
  it('a missing file is "ไม่พบไฟล์", never ENOENT', async () => {
    const r = await runCli(['validate', '/nonexistent/data.yaml', '--lang', 'th']);
    expect(r.stderr).toContain('อ่านไฟล์ข้อมูลไม่ได้: ไม่พบไฟล์หรือโฟลเดอร์นี้');
    expect(r.stderr).not.toContain('ENOENT');
    const en = await runCli(['validate', '/nonexistent/data.yaml', '--lang', 'en']);
    expect(en.stderr).toContain('cannot read the data file: no such file or folder');
  });

  it('people are counted from one in Thai: the fifth present is คนที่ ๕', async () => {
    const { example, edit } = await import('../errors/support.js');
    const text = edit(await example('minutes'), '{ title: นาย, name: ณัฐวุฒิ, surname: ใจดี, position: นักวิเคราะห์นโยบายและแผน, role: กรรมการและเลขานุการ }', '{ title: นาย, name: ณัฐวุฒิ, surname: ใจดี, position: นักวิเคราะห์นโยบายและแผน, role: กรรมการและเลขานุการ }\n    - { name: "", role: กรรมการ }');
    const dir = await scratch({ 'data.yaml': text });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'th']);
    expect(r.stderr).toContain('minutes.present คนที่ ๕ › name: ผู้เข้าประชุมไม่มีทั้งชื่อและตำแหน่ง');
    const en = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
    expect(en.stderr).toContain('minutes.present[4].name: ');
  });
});
