// Thai throughout under --lang th or a Thai locale: help (ours and yargs' own words, never its
// transliterations), the batch summary and per-row failures; `validate` on a table; batch --dry-run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, ROOT } from '../helpers.js';
import { runCli, scratch } from '../errors/support.js';

const SHARED = path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml');
/** yargs' bundled Thai and other words a Thai office would not write. */
const TRANSLITERATIONS = ['คอมมาน', 'ออฟชั่น', 'บูลีน', 'สตริง', 'อาเรย์', 'ขอความช่วยเหลือ', 'เวอร์ชั่น', 'ค่าเริ่มต้น', 'อาร์กิวเมนต์'];

/** Runs of three or more English words: a sentence (command lines, option names and file names aside). */
function englishSentences(text: string): string[] {
  const words = /(?<![\w.\-/<{"'$])[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}(?![\w.\-/>}"'])/g;
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*saraban [^\s]+.*?(?= {2,}|$)/, '')) // a command line in the list or an example
    .flatMap((l) => l.match(words) ?? []);
}

const CLI = path.join(ROOT, 'bin/saraban.js');
beforeAll(() => {
  buildIfStale();
}, 180_000);

function help(args: string[], environment: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' }): { code: number; stdout: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: environment });
  return { code: r.status ?? -1, stdout: r.stdout };
}

const env = { ...process.env };
afterEach(() => {
  process.env.LANG = env.LANG;
  process.env.LC_ALL = env.LC_ALL;
  process.env.LC_MESSAGES = env.LC_MESSAGES;
});

describe('Thai help', () => {
  for (const args of [['--help'], ['batch', '--help'], ['render', '--help'], ['validate', '--help'], ['init', '--help'], ['sign', '--help'], ['verify', '--help']]) {
    it(`saraban ${args.join(' ')} --lang th has no English sentence and no transliteration`, async () => {
      const r = help([...args, '--lang', 'th']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/[ก-๙]/);
      expect(englishSentences(r.stdout)).toEqual([]);
      for (const word of TRANSLITERATIONS) expect(r.stdout).not.toContain(word);
      expect(r.stdout).toContain('ตัวเลือก:');
    });
  }

  it('the test itself catches English and yargs Thai', async () => {
    const en = help(['batch', '--help', '--lang', 'en']);
    expect(englishSentences(en.stdout).length).toBeGreaterThan(5);
    expect(en.stdout).toContain('Options:');
  });

  it('a Thai locale gives the same Thai help, and --lang en English without yargs Thai', () => {
    const thai = { ...process.env, LANG: 'th_TH.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    const th = help(['--help'], thai);
    expect(th.stdout).toBe(help(['--help', '--lang', 'th']).stdout);
    for (const word of TRANSLITERATIONS) expect(th.stdout).not.toContain(word);
    const en = help(['--help', '--lang', 'en'], thai);
    expect(en.stdout).toContain('Commands:');
    expect(en.stdout).not.toMatch(/[ก-๙]{3}/);
  });

  it('Thai and English parsers in one process do not mix (yargs shares its strings)', async () => {
    const th = await runCli(['render', '--lang', 'th']);
    const en = await runCli(['render', '--lang', 'en']);
    expect(th.stderr).toContain('ข้อมูลไม่ครบ');
    expect(en.stderr).toContain('Not enough non-option arguments');
  });

  it('yargs errors are Thai too', async () => {
    const r = await runCli(['render', '--lang', 'th']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ข้อมูลไม่ครบ');
    const u = await runCli(['rendr', 'x.yaml', '--lang', 'th']);
    expect(u.stderr).toContain('หมายถึง render หรือเปล่า');
  });
});

const TABLE = 'agency,topic,order\nสำนักงานเกษตรจังหวัดตราด,เรื่องหนึ่ง,๕\n,เรื่องสอง,6\nสำนักงานประมงจังหวัดตราด,เรื่องสาม,สิบ\nสำนักงานป่าไม้,เรื่องสี่,7,เกิน\n';

describe('tables: validate, dry run, Thai summary', () => {
  it('validate reads a CSV with --with and lists each bad row in Thai, counted as the sheet counts', async () => {
    const dir = await scratch({ 't.csv': TABLE });
    const r = await runCli(['validate', path.join(dir, 't.csv'), '--with', SHARED, '--lang', 'th']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('แถวที่ 3: agency: ไม่มี agency ซึ่งต้องระบุ');
    expect(r.stdout).toContain('แถวที่ 4: order: ต้องเป็นตัวเลข แต่พบข้อความ');
    expect(r.stdout).toContain('แถวที่ 5: แถวนี้มี 4 ช่อง แต่หัวตารางมี 3 คอลัมน์');
    expect(r.stderr).toContain('มีปัญหา 3 จาก 4 ฉบับ');
    const ok = await scratch({ 't.csv': 'agency,order\nสำนักงานเกษตรจังหวัดตราด,๑๒\n' });
    const fine = await runCli(['validate', path.join(ok, 't.csv'), '--with', SHARED, '--lang', 'en']);
    expect(fine.code, fine.stderr).toBe(0);
    expect(fine.stdout).toContain('no problems found (memo, 1)');
  });

  it('a misspelt column is reported once, at the header, with the closest field', async () => {
    const dir = await scratch({ 't.csv': 'agncy,topic\nสำนักงานเกษตรจังหวัดตราด,เรื่องหนึ่ง\n' });
    const r = await runCli(['validate', path.join(dir, 't.csv'), '--with', SHARED, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('t.csv:1: agncy: unknown key `agncy` — did you mean `agency`?');
    const th = await runCli(['batch', path.join(dir, 't.csv'), '-t', 'memo', '--with', SHARED, '-o', path.join(dir, 'out'), '-j', '0', '--lang', 'th']);
    expect(th.code).toBe(2);
    expect(th.stderr).toContain('ไม่รู้จักหัวข้อ `agncy` — หมายถึง `agency` หรือเปล่า');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('batch --dry-run checks every record, prints what it would write, and writes nothing', async () => {
    const dir = await scratch({ 't.csv': TABLE });
    const out = path.join(dir, 'out');
    const r = await runCli(['batch', path.join(dir, 't.csv'), '-t', 'memo', '--with', SHARED, '--dry-run', '-o', out, '-j', '0', '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('4 records checked: 1 fine, 3 with problems — no file written');
    expect(r.stdout).toMatch(/would write:\n {2}.*memo-001\.pdf\n {2}.*memo-001\.docx/);
    expect(existsSync(out)).toBe(false);
  });

  it('the batch summary and per-row failures are Thai under a Thai locale', async () => {
    process.env.LANG = 'th_TH.UTF-8';
    delete process.env.LC_ALL;
    delete process.env.LC_MESSAGES;
    const dir = await scratch({ 't.csv': TABLE });
    const r = await runCli(['batch', path.join(dir, 't.csv'), '-t', 'memo', '--with', SHARED, '-f', 'txt', '-o', path.join(dir, 'out'), '-j', '0']);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^เอกสาร 4 ฉบับ \(memo, txt\) ในโฟลเดอร์ .*: ทำแล้ว 1 ฉบับ, ข้าม 0 ฉบับ \(เป็นปัจจุบันอยู่แล้ว\), ไม่สำเร็จ 3 ฉบับ/);
    expect(r.stdout).toContain('ฉบับที่ไม่สำเร็จ:');
    expect(r.stdout).toContain('แถวที่ 4: order: ต้องเป็นตัวเลข');
    expect(englishSentences(r.stdout + r.stderr)).toEqual([]);
    expect(r.stderr).toContain('ไม่สำเร็จ 3 จาก 4 ฉบับ');
  });
});

describe('progress in Thai', () => {
  it('the bar reads Thai, time left included', async () => {
    const { thaiDuration } = await import('../../src/batch/progress.js');
    const { texts } = await import('../../src/cli/texts.js');
    expect(thaiDuration(125)).toBe('2 นาที 5 วินาที');
    expect(thaiDuration(7)).toBe('7 วินาที');
    expect(thaiDuration(3700)).toBe('1 ชั่วโมง 1 นาที');
    expect(englishSentences(texts('th')('progress'))).toEqual([]);
    expect(texts('th')('progress')).toContain('ไม่สำเร็จ {failed}');
  });
  it('the bar is drawn on a terminal, in Thai, and not at all elsewhere', async () => {
    const { progressBar } = await import('../../src/batch/progress.js');
    const { texts } = await import('../../src/cli/texts.js');
    const written: string[] = [];
    const terminal = Object.assign(Object.create(process.stderr) as NodeJS.WriteStream, {
      isTTY: true,
      columns: 120,
      write: (s: string) => written.push(s) > 0,
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
    });
    const bar = progressBar(texts('th'), terminal)!;
    bar.update({ total: 4, done: 1, rendered: 1, skipped: 0, failed: 0 } as Parameters<typeof bar.update>[0]);
    bar.stop();
    expect(written.join('')).toContain('ไม่สำเร็จ 0');
    expect(progressBar(texts('th'), Object.assign(Object.create(process.stderr) as NodeJS.WriteStream, { isTTY: false }))).toBeUndefined();
  });
});
