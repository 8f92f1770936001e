// Hostile input, second round (issue 10): links and pipes among the inputs, decompression bombs,
// a full disk and over-long names, stray bytes, runaway templates, absurd markup numbers, control
// characters. Every nasty file is built in a fresh temporary folder, never in the repository.
// Each case asserts a clean refusal (exit 2, or 3 for a batch with bad records) that names the
// place, shows no stack trace and none of the outside text, and leaves old outputs as they were.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { appendFile, mkdir, readFile, readdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDeflate, constants, crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/batch/naming.js';
import { SarabanError } from '../../src/messages/errors.js';
import { buildIfStale, haveTools, ROOT } from '../helpers.js';
import { png } from './images.js';
import { edit, example, lineOf, runCli, scratch, type CliResult } from './support.js';

const SECRET = 'TOPSECRET-OUTSIDE-TEXT';
const NEWS_CUSTOM = async () => edit(await example('news'), 'documents: [news]', 'documents: [custom.hbs]');

/** A clean refusal: the exit code, a located message, no stack trace, nothing from outside. */
function refused(r: CliResult, where: RegExp, code = 2) {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stderr).toMatch(where);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr + r.stdout).not.toContain(SECRET);
}

/** Runs the command with the scratch folder as working folder (messages show relative paths). */
async function inDir(dir: string, args: string[]): Promise<CliResult> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await runCli([...args, '--lang', 'en']);
  } finally {
    process.chdir(cwd);
  }
}

/** Every file of a folder (not hidden) with its bytes. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
}

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

describe('1. one gate for every file read', () => {
  it('refuses a partial linked outside the template folder: render and validate, nothing written', async () => {
    const dir = await scratch({ 'data.yaml': await NEWS_CUSTOM(), 'custom.hbs': '<document><p>{{> leak}}</p></document>' });
    const outside = await scratch({ 'secret.txt': SECRET });
    await mkdir(path.join(dir, 'partials'));
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'partials/leak.hbs'));
    refused(await inDir(dir, ['validate', 'data.yaml']), /partials\/leak\.hbs is outside the allowed folders/);
    refused(await inDir(dir, ['render', 'data.yaml', '--out', 'out']), /outside the allowed folders/);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('refuses a partial of a template named on the command line that links out of its folder', async () => {
    const dir = await scratch({ 'data.yaml': await example('news'), 'tpl/mine.hbs': '<document><p>{{> leak}}</p></document>', 'secret.txt': SECRET });
    await mkdir(path.join(dir, 'tpl/partials'));
    await symlink(path.join(dir, 'secret.txt'), path.join(dir, 'tpl/partials/leak.hbs'));
    refused(await inDir(dir, ['render', 'data.yaml', '--template', 'tpl/mine.hbs', '--format', 'txt', '--out', 'out']), /tpl\/partials\/leak\.hbs is outside/);
  });

  it('refuses documents: [evil.hbs] linked to a system file, quoting none of it', async () => {
    const dir = await scratch({ 'data.yaml': edit(await example('news'), 'documents: [news]', 'documents: [evil.hbs]') });
    await symlink('/etc/passwd', path.join(dir, 'evil.hbs'));
    const r = await inDir(dir, ['validate', 'data.yaml']);
    refused(r, new RegExp(`data\\.yaml:${lineOf(await example('news'), 'documents:')}:13: documents\\[0\\]: the template evil\\.hbs is outside`));
    expect(r.stderr).not.toMatch(/root:|nologin/);
  });

  it('refuses a partial that is /dev/zero, and one that is a FIFO, at once', async () => {
    for (const [name, make] of [['zero', (f: string) => symlink('/dev/zero', f)], ['pipe', async (f: string) => mkfifo(f)]] as const) {
      const dir = await scratch({ 'data.yaml': await NEWS_CUSTOM(), 'custom.hbs': `<document><p>{{> ${name}}}</p></document>` });
      await mkdir(path.join(dir, 'partials'));
      await make(path.join(dir, `partials/${name}.hbs`));
      const started = performance.now();
      refused(await inDir(dir, ['render', 'data.yaml', '--out', 'out']), name === 'zero' ? /outside the allowed folders|not a regular file/ : /not a regular file/);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });

  it('refuses a FIFO as the data file and as the logo, in render and validate, without hanging', async () => {
    const dir = await scratch({ 'custom.hbs': '<document><p>ภาพ</p>\n<image src="logo.png"/></document>', 'd2.yaml': await NEWS_CUSTOM() });
    mkfifo(path.join(dir, 'data.yaml'));
    mkfifo(path.join(dir, 'logo.png'));
    for (const command of ['validate', 'render']) {
      refused(await inDir(dir, [command, 'data.yaml', ...(command === 'render' ? ['--out', 'out'] : [])]), /data\.yaml: .*not a regular file/);
      refused(await inDir(dir, [command, 'd2.yaml', ...(command === 'render' ? ['--out', 'out'] : [])]), /custom\.hbs:2: the image logo\.png is not a regular file/);
    }
    // A batch's table and its shared data pass the same gate.
    mkfifo(path.join(dir, 'rows.csv'));
    refused(await inDir(dir, ['batch', 'rows.csv', '--template', 'memo', '--out', 'out', '--jobs', '0']), /rows\.csv: .*not a regular file/);
  });
});

describe('2. damaged images: exit 2 at the template line, in render and validate, nothing written', () => {
  it('refuses a truncated PNG, a zero-width PNG, a 0×0 JPEG, a PNG whose header lies, a cut JPEG that still parses', async () => {
    const sharp = (await import('sharp')).default;
    const photo = await sharp({ create: { width: 256, height: 192, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
    const zeroJpeg = Buffer.from(photo);
    const sof = zeroJpeg.indexOf(Buffer.from([0xff, 0xc0]));
    zeroJpeg.fill(0, sof + 5, sof + 9); // height and width 0
    const cases: [string, Buffer, RegExp][] = [
      ['truncated PNG', png(40, 30).subarray(0, 50), /ends (early|inside)/],
      ['zero-width PNG', png(0, 30, { width: 1 }), /0×30 pixels/],
      ['0×0 JPEG', zeroJpeg, /0×0 pixels/],
      ['PNG whose header lies', png(400, 300, { width: 40, height: 30 }), /its pixels do not decode/],
      ['cut JPEG that still parses', Buffer.concat([photo.subarray(0, photo.length >> 1), Buffer.from([0xff, 0xd9])]), /its pixels do not decode/],
    ];
    for (const [name, bytes, reason] of cases) {
      const dir = await scratch({ 'data.yaml': await NEWS_CUSTOM(), 'custom.hbs': '<document><p>ภาพ</p>\n<image src="logo.jpg"/></document>', 'logo.jpg': bytes });
      for (const args of [['validate', 'data.yaml'], ['render', 'data.yaml', '--out', 'out']]) {
        const r = await inDir(dir, args);
        refused(r, /custom\.hbs:2: the image logo\.jpg is damaged: /);
        expect(r.stderr, name).toMatch(reason);
      }
      expect(existsSync(path.join(dir, 'out'))).toBe(false);
    }
  });
});

describe('3. all-or-nothing output', () => {
  it('renders a data file with a 229-byte stem (its temporary names are short)', async () => {
    const stem = 'ก'.repeat(76) + 'x'; // 3 × 76 + 1 = 229 bytes
    const dir = await scratch({ [`${stem}.yaml`]: await example('news') });
    const r = await inDir(dir, ['render', `${stem}.yaml`, '--out', 'out']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['docx', 'html', 'pdf', 'txt'].map((f) => `${stem}.news.${f}`).sort());
  });

  it('writes nothing when one final name is too long, and leaves the old set as it was', async () => {
    const stem = 'ก'.repeat(82); // 246 bytes: ".news.txt" fits in 255, ".news.docx" and ".news.html" do not
    const dir = await scratch({ [`${stem}.yaml`]: await example('news'), [`out/${stem}.news.txt`]: 'ฉบับเดิม\n' });
    const before = snapshot(path.join(dir, 'out'));
    refused(await inDir(dir, ['render', `${stem}.yaml`, '--out', 'out']), /cannot write the output file: the file name is too long/);
    expect(snapshot(path.join(dir, 'out'))).toEqual(before);
  });

  describe('on a full disk (a 2 MB tmpfs)', () => {
    const base = path.join(tmpdir(), `saraban-tmpfs-${process.pid}`);
    let mounted = false;
    let reason = '';
    beforeAll(() => {
      mkdirSync(base, { recursive: true });
      const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', base], { encoding: 'utf8' });
      mounted = r.status === 0;
      reason = r.error?.message ?? r.stderr;
    });
    afterAll(() => {
      if (mounted) spawnSync('umount', [base]);
      rmSync(base, { recursive: true, force: true });
    });

    /** Fills the disk, then frees `room` bytes. */
    async function fill(room: number) {
      const filler = path.join(base, 'filler');
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) await appendFile(filler, chunk);
      } catch {
        // full
      }
      await truncate(filler, Math.max(0, statSync(filler).size - room));
    }

    it('a render that runs out of room leaves the old set byte for byte; a batch still prints its summary', async (ctx) => {
      if (!mounted) ctx.skip(`cannot mount a tmpfs here (${reason.trim()}): the full-disk case needs root`);
      const dir = await scratch({ 'data.yaml': await example('news') });
      const out = path.join(base, 'out');
      expect((await inDir(dir, ['render', 'data.yaml', '--out', out])).code).toBe(0);
      const before = snapshot(out);
      const setSize = Object.values(before).reduce((n, b) => n + Buffer.from(b, 'base64').length, 0);
      await writeFile(path.join(dir, 'data.yaml'), edit(await example('news'), 'name: สมชาย', 'name: สมศักดิ์'));
      await fill(Math.floor(setSize / 2)); // room for some of the new files, not all
      refused(await inDir(dir, ['render', 'data.yaml', '--out', out]), /cannot write the output file: the disk is full/);
      expect(snapshot(out)).toEqual(before);
      expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);

      // A batch on the full disk: every record fails, and the summary says which.
      await fill(0);
      const csv = 'agency,topic,order\nสำนักงานพัฒนาชุมชนจังหวัดตราด,ก,1\nสำนักงานเกษตรจังหวัดตราด,ข,2\n';
      await writeFile(path.join(dir, 'rows.csv'), csv);
      await writeFile(path.join(dir, 'shared.yaml'), await readFile(path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml'), 'utf8'));
      const b = await inDir(dir, ['batch', 'rows.csv', '--with', 'shared.yaml', '--template', 'memo', '--out', path.join(base, 'batch'), '--jobs', '0']);
      refused(b, /2 of 2 records failed/, 3);
      expect(b.stdout).toContain('0 rendered');
      expect(b.stdout).toMatch(/row 2: .*the disk is full/);
      expect(b.stdout).toMatch(/row 3: .*the disk is full/);
    });
  });
});

it('a batch whose skip journal cannot be written still renders and prints its summary', async () => {
  const dir = await scratch({
    'rows.csv': 'agency,topic,order\nสำนักงานพัฒนาชุมชนจังหวัดตราด,ก,1\n',
    'shared.yaml': await readFile(path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml'), 'utf8'),
  });
  await mkdir(path.join(dir, 'out/.saraban-batch.jsonl'), { recursive: true }); // a folder where the journal goes
  const r = await inDir(dir, ['batch', 'rows.csv', '--with', 'shared.yaml', '--template', 'memo', '--format', 'txt', '--out', 'out', '--jobs', '0']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/1 rendered/);
  expect(r.stdout).toContain('could not be saved');
});

describe('5. encodings', () => {
  it('refuses a UTF-8 CSV with one stray Latin-1 byte at its row and column, instead of reading it all as Windows-874', async () => {
    const csv = Buffer.concat([Buffer.from('agency,topic,order\nสำนักงานเกษตรจังหวัดตราด,ก,1\nสำนักงานพัฒนาชุมชน'), Buffer.from([0xe9]), Buffer.from('จังหวัดตราด,ข,2\n')]);
    const dir = await scratch({ 'rows.csv': csv, 'shared.yaml': await readFile(path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml'), 'utf8') });
    refused(await inDir(dir, ['batch', 'rows.csv', '--with', 'shared.yaml', '--template', 'memo', '--out', 'out', '--jobs', '0']), /rows\.csv:3:19: the file is UTF-8 but holds an invalid byte \(0xE9\)/);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('reads a data file saved as Windows-874, and one saved as UTF-16 with its BOM; refuses UTF-16 without one', async () => {
    const text = await example('news');
    const tis620 = Buffer.from([...text].map((c) => { const u = c.codePointAt(0)!; return u >= 0x0e01 && u <= 0x0e5b ? u - 0x0e01 + 0xa1 : u; }));
    const dir = await scratch({ 'w874.yaml': tis620, 'u16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'bare16.yaml': Buffer.from(text, 'utf16le') });
    for (const f of ['w874', 'u16']) {
      const r = await inDir(dir, ['render', `${f}.yaml`, '--format', 'txt', '--out', 'out']);
      expect(r.code, r.stderr).toBe(0);
      expect(await readFile(path.join(dir, `out/${f}.news.txt`), 'utf8')).toContain('สมชาย');
    }
    refused(await inDir(dir, ['validate', 'bare16.yaml']), /bare16\.yaml: the file is UTF-16 without a byte-order mark/);
  });
});

describe('6. runaway sizes', () => {
  it('refuses a 50 MB template at once, by its size', async () => {
    const dir = await scratch({ 'data.yaml': await NEWS_CUSTOM(), 'custom.hbs': `<document>${'<p>ย่อหน้า</p>\n'.repeat(1_700_000)}</document>` });
    const started = performance.now();
    refused(await inDir(dir, ['render', 'data.yaml', '--out', 'out']), /the template custom\.hbs is too large \(\d+\.\d MB\)\n {2}expected: at most 2 MB\n {2}hint: .*SARABAN_MAX_TEMPLATE_MB/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('stops five nested {{#each}} at the markup cap', async () => {
    const dir = await scratch({
      'data.yaml': `${await NEWS_CUSTOM()}\ndictionary: [${Array.from({ length: 30 }, (_, k) => `คำ${k}`).join(', ')}]\n`,
      'custom.hbs': `<document>${'{{#each @root.dictionary}}'.repeat(5)}<p>{{this}}</p>${'{{/each}}'.repeat(5)}</document>`,
    });
    refused(await inDir(dir, ['render', 'data.yaml', '--out', 'out']), /documents\[0\]: the document the template makes from the data is too large/);
  });
});

describe('7. markup numbers out of range', () => {
  it('refuses each with its template line, exit 2', async () => {
    const cases = [
      '<p first-line="1e308">ก</p>',
      '<table><tr><td colspan="1e10">ก</td></tr></table>',
      '<table><tr><td colspan="-1">ก</td></tr></table>',
      '<table><tr><td colspan="1e9">ก</td></tr></table>',
      '<table><tr><td colspan="2.5">ก</td></tr></table>',
      '<image src="logo.png" width="0"/>',
    ];
    for (const markup of cases) {
      const dir = await scratch({ 'data.yaml': await NEWS_CUSTOM(), 'custom.hbs': `<document>\n<p>ก</p>\n${markup}\n</document>`, 'logo.png': png(4, 4) });
      refused(await inDir(dir, ['validate', 'data.yaml']), /custom\.hbs:3: (first-line|colspan|width)="[^"]+" is out of range\n {2}expected: (a number|a whole number) from -?[\d.]+ to \d+/);
    }
  });
});

describe('8. control characters and names', () => {
  it('points a NUL, a control character or a lone surrogate at its data line, not the template', async () => {
    const text = await example('news');
    for (const bad of ['\\0', '\\x01', '\\ud800']) {
      const dir = await scratch({ 'data.yaml': edit(text, 'name: สมชาย', `name: "สม${bad}ชาย"`) });
      refused(await inDir(dir, ['render', 'data.yaml', '--out', 'out']), new RegExp(`^saraban: data\\.yaml:${lineOf(text, 'name: สมชาย')}:11: meeting\\.chair\\.name: holds the control character U\\+`));
    }
  });

  it('never echoes ANSI or OSC sequences from the data or a template to the terminal', async () => {
    const dir = await scratch({
      'data.yaml': edit(await example('news'), 'documents: [news]', 'documents: ["\\e]0;pwned\\a\\e[2Jnews"]'),
      'd2.yaml': await NEWS_CUSTOM(),
      'custom.hbs': '<document><p align="\u001b]8;;http://evil\u0007x\u001b[2J">ก</p></document>',
    });
    const data = await inDir(dir, ['validate', 'data.yaml']);
    refused(data, /documents\[0\]: holds the control character U\+001B/);
    const template = await inDir(dir, ['validate', 'd2.yaml']);
    refused(template, /custom\.hbs:1:\d+: the document markup does not parse/);
    // Any message that quotes such a value shows it escaped.
    expect(new SarabanError('not "\u001b]0;pwned\u0007\u001b[2J\u202Ex"').format()).toBe('not "\\u{1B}]0;pwned\\u{7}\\u{1B}[2J\\u{202E}x"');
    // eslint-disable-next-line no-control-regex -- the raw sequences must not be there
    for (const r of [data, template]) expect(r.stderr).not.toMatch(/[\u001b\u0007]/);
  });

  it('fails a batch row with a control character alone, and names files without bidi overrides', async () => {
    const csv = 'agency,topic,order\nกรม\u202Egpj.exe,ก,1\nกรมสอง,ข\u001b[2J,2\nกรม\u0085สาม,ค,3\n';
    const dir = await scratch({ 'rows.csv': csv, 'shared.yaml': await readFile(path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml'), 'utf8') });
    const r = await inDir(dir, ['batch', 'rows.csv', '--with', 'shared.yaml', '--template', 'memo', '--format', 'txt', '--name', '{{item.agency}}', '--out', 'out', '--jobs', '0']);
    refused(r, /2 of 3 records failed/, 3);
    expect(r.stdout).toMatch(/row 3: topic: holds the control character U\+001B/);
    expect(r.stdout).toMatch(/row 4: agency: holds the control character U\+0085/);
    // eslint-disable-next-line no-control-regex -- nothing raw reaches the terminal
    expect(r.stdout).not.toMatch(/[\u001b\u202e\u0085]/);
    expect((await readdir(path.join(dir, 'out'))).filter((f) => !f.startsWith('.')).sort()).toEqual(['กรมgpj.exe.txt']);
  });

  it('drops bidi overrides and U+0085 from batch file names', () => {
    expect(safeFileName('รายงาน\u202Egpj.exe.pdf')).toBe('รายงานgpj.exe.pdf');
    expect(safeFileName('ก\u0085ข\u2066ค\u200Bง\uFEFF')).toBe('ก_ขคง');
  });
});

describe('9. words', () => {
  it('says "a whole number, found 1.5", reports memo.from: [] once', async () => {
    const minutes = edit(await example('minutes'), '  number: 1 ', '  number: 1.5 ');
    const memo = (await example('memo')).replace(/^ {2}from: .*$/m, '  from: []');
    const dir = await scratch({ 'm.yaml': minutes, 'memo.yaml': memo });
    refused(await inDir(dir, ['validate', 'm.yaml']), /minutes\.number: must be a whole number, found 1\.5/);
    const r = await inDir(dir, ['validate', 'memo.yaml']);
    refused(r, /memo\.from: must be text, found a list/);
    expect(r.stderr.match(/memo\.from/g)).toHaveLength(1);
  });
});

// ── bombs, measured on the child process ───────────────────────────────────────────────────────

const CLI = path.join(ROOT, 'bin/saraban.js');

/** The built CLI under GNU time: exit code, output and peak RSS in MB. */
function measured(cwd: string, args: string[]) {
  const rss = path.join(cwd, '.rss');
  const r = spawnSync('time', ['-f', '%M', '-o', rss, process.execPath, CLI, ...args, '--lang', 'en'], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, rssMb: Number(readFileSync(rss, 'utf8').trim().split('\n').at(-1)) / 1024 };
}

/** Deflates `total` zero bytes (in rows of `row`) without holding them: a bomb's payload. */
async function deflatedZeros(total: number, row: number): Promise<{ data: Buffer; crc: number }> {
  const d = createDeflate({ level: 9, strategy: constants.Z_RLE });
  const out: Buffer[] = [];
  d.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => d.on('end', r));
  const chunk = Buffer.alloc(row);
  let crc = 0;
  for (let n = 0; n < total; n += row) {
    const piece = n + row <= total ? chunk : chunk.subarray(0, total - n);
    crc = crc32(piece, crc);
    if (!d.write(piece)) await new Promise((r) => d.once('drain', r));
  }
  d.end();
  await done;
  return { data: Buffer.concat(out), crc };
}

/** A real 20000×20000 RGB PNG (1.2 GB of pixels in about 1.2 MB). */
async function pngBomb(): Promise<Buffer> {
  const [w, h] = [20000, 20000];
  const { data } = await deflatedZeros(h * (1 + w * 3), 1 + w * 3);
  const small = png(1, 1);
  const ihdr = Buffer.from(small.subarray(8, 33));
  ihdr.writeUInt32BE(w, 8);
  ihdr.writeUInt32BE(h, 12);
  ihdr.writeUInt32BE(crc32(ihdr.subarray(4, 21)), 21);
  const idat = Buffer.alloc(12 + data.length);
  idat.writeUInt32BE(data.length, 0);
  idat.write('IDAT', 4, 'latin1');
  data.copy(idat, 8);
  idat.writeUInt32BE(crc32(idat.subarray(4, 8 + data.length)), 8 + data.length);
  return Buffer.concat([small.subarray(0, 8), ihdr, idat, small.subarray(small.length - 12)]);
}

/** A zip of one part that inflates to `size` bytes (its sizes declared truthfully). */
async function zipBomb(name: string, size: number): Promise<Buffer> {
  const { data: zlibData, crc } = await deflatedZeros(size, 1 << 20);
  const data = zlibData.subarray(2, zlibData.length - 4); // raw deflate: without the zlib header and checksum
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + data.length, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe.skipIf(!haveTools('time'))('2. decompression bombs (the built CLI; peak RSS of the child process)', () => {
  beforeAll(() => {
    buildIfStale();
  }, 180_000);

  it('refuses a 1.2 MB PNG of 20000×20000 pixels from its header, in render and validate', async () => {
    const dir = await scratch({ 'data.yaml': await NEWS_CUSTOM(), 'custom.hbs': '<document><p>ภาพ</p>\n<image src="bomb.png"/></document>', 'bomb.png': await pngBomb() });
    for (const args of [['render', 'data.yaml', '--out', 'out'], ['validate', 'data.yaml']]) {
      const r = measured(dir, args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/custom\.hbs:2: the image bomb\.png is too large \(20000×20000 pixels\)\n {2}expected: at most 40 megapixels/);
      expect(r.rssMb).toBeLessThan(1024);
    }
  }, 30_000);

  it('refuses an XLSX whose sheet inflates to 2 GiB, before inflating it', async () => {
    const dir = await scratch({ 'rows.xlsx': await zipBomb('xl/worksheets/sheet1.xml', 2 ** 31 - 1), 'shared.yaml': await example('memo') });
    const r = measured(dir, ['batch', 'rows.xlsx', '--with', 'shared.yaml', '--template', 'memo', '--out', 'out']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/rows\.xlsx: the XLSX workbook unzips to more than 50 MB \(xl\/worksheets\/sheet1\.xml\)/);
    expect(r.rssMb).toBeLessThan(1024);
  }, 30_000);

  it('a batch record whose logo is a bomb fails alone; the others are written', async () => {
    const csv = 'agency,logo\nกรมหนึ่ง,logo.png\nกรมสอง,bomb.png\nกรมสาม,logo.png\n';
    const dir = await scratch({
      'rows.csv': csv,
      'custom.hbs': '<document><p>{{item.agency}}</p>\n<image src="{{item.logo}}"/></document>',
      'logo.png': png(64, 64),
      'bomb.png': await pngBomb(),
    });
    const r = measured(dir, ['batch', 'rows.csv', '--template', 'custom.hbs', '--out', 'out', '--jobs', '2', '--name', '{{batch.seq}}']);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stdout).toMatch(/3 documents .*2 rendered, 0 skipped \(up to date\), 1 failed/);
    expect(r.stdout).toMatch(/row 3: .*bomb\.png is too large \(20000×20000 pixels\)/);
    expect((await readdir(path.join(dir, 'out'))).filter((f) => !f.startsWith('.')).sort()).toEqual(['001.docx', '001.pdf', '003.docx', '003.pdf']);
    expect(r.rssMb).toBeLessThan(1024);
  }, 30_000);
});
