// YAML syntax errors explained in Thai (and English) by their cause, keyed on the yaml package's
// error codes and the line they point at: an unquoted ":" or "#", a bad indent, a tab, an open quote.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseData } from '../../src/data/load.js';
import { SarabanError } from '../../src/errors.js';
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
