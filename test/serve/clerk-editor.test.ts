// Issue 26's acceptance: a clerk starts saraban and finishes signed minutes alone. saraban is packed
// (npm pack) and installed into a fresh folder as a clerk's machine gets it (npm install of the
// tarball, no dev dependencies); `saraban shortcut` writes the double-click launchers into an empty
// folder of meetings and the Linux one starts the editor there (the browser it opens is recorded
// by a stand-in xdg-open). In Debian's chromium, a scripted clerk, with no YAML and no terminal:
// makes a committee meeting from nothing (chair marked among 9 members present, 2 absent, 3
// agenda items, recorder and checker), dates typed "5/8/67", moves an agenda item without its
// title changing, downloads the minutes PDF and DOCX, saves; the installed `saraban render`
// accepts the saved file as it is. The form fits at 1280 and 412 px (no horizontal overflow);
// screenshots go to $SARABAN_SCREENSHOTS when set. The clerk's clicks and keystrokes are counted.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../src/build/web.js';
import { ROOT, buildIfStale, haveTools } from '../helpers.js';
import { launchBrowser } from '../chromium.js';
import { field, previews, previewText } from './page.js';

const BROWSER = haveTools('chromium');
const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-clerk-'));
const app = path.join(tmp, 'app');
const meetings = path.join(tmp, 'ประชุมคณะกรรมการ');
const opened = path.join(tmp, 'opened.txt');
let bin: string;
let editor: ChildProcess | undefined;
let link: string;
let browser: Browser;

/** The clerk's effort: each click, each key (a filled text counts its characters). */
const effort = { clicks: 0, keys: 0 };

beforeAll(async () => {
  if (!BROWSER) return;
  buildIfStale();
  buildWeb();
  // The package as npm publishes it, installed into a fresh folder as `npm install -g` would.
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp, '--json'], { cwd: ROOT, encoding: 'utf8' });
  expect(pack.status, pack.stderr).toBe(0);
  const tarball = path.join(tmp, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);
  const install = spawnSync('npm', ['install', '--prefix', app, tarball, '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], { encoding: 'utf8' });
  expect(install.status, install.stderr).toBe(0);
  bin = path.join(app, 'node_modules/.bin/saraban');

  // The launchers, written into the clerk's (empty) folder of meetings.
  const made = spawnSync(bin, ['shortcut', meetings], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  // A stand-in for the desktop's browser opener: it records what it was given.
  const fakeBin = path.join(tmp, 'fake-bin');
  mkdirSync(fakeBin);
  writeFileSync(path.join(fakeBin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
  chmodSync(path.join(fakeBin, 'xdg-open'), 0o755);
  const env = { ...process.env, PATH: `${fakeBin}:${path.dirname(bin)}:${process.env.PATH}`, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  // The double-click: the Linux launcher, as its .desktop file runs it (port 0: tests run side by side).
  editor = spawn('sh', [path.join(meetings, 'saraban-editor.sh'), '--port', '0'], { cwd: tmp, env, stdio: ['ignore', 'pipe', 'pipe'] });
  link = await new Promise<string>((resolve, reject) => {
    let out = '';
    editor!.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?k=[\w-]+/.exec(out);
      if (m) resolve(m[0]);
    });
    editor!.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    setTimeout(() => reject(new Error(`no address printed: ${out}`)), 30_000);
  });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  if (editor?.pid) editor.kill('SIGTERM');
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
}, 30_000);


async function settled(page: Page): Promise<void> {
  for (let last = -1; ;) {
    const now = await previews(page);
    if (now === last) return;
    last = now;
    await page.waitForTimeout(250);
  }
}
async function click(page: Page, selector: string): Promise<void> {
  effort.clicks++;
  await page.locator(selector).click();
}
async function type(page: Page, at: (string | number)[], text: string): Promise<void> {
  effort.clicks++;
  effort.keys += [...text].length;
  await field(page, at).fill(text);
}

const MEMBERS = [
  ['นาย', 'สมชาย', 'ใจดี', 'ผู้อำนวยการสำนักงาน', ''],
  ['นาง', 'สุดา', 'รักไทย', 'รองผู้อำนวยการสำนักงาน', 'รองประธานกรรมการ'],
  ['นาย', 'ประเสริฐ', 'มั่นคง', 'ผู้อำนวยการกองแผนงาน', 'กรรมการ'],
  ['นางสาว', 'วรรณา', 'ศรีสุข', 'หัวหน้ากลุ่มงานบริหารทั่วไป', 'กรรมการ'],
  ['นาย', 'ธนพล', 'ทองดี', 'ผู้อำนวยการกองคลัง', 'กรรมการ'],
  ['นาง', 'มาลี', 'วงศ์ใหญ่', 'หัวหน้ากลุ่มงานพัสดุ', 'กรรมการ'],
  ['นาย', 'กิตติ', 'พรหมมา', 'หัวหน้ากลุ่มงานเทคโนโลยีสารสนเทศ', 'กรรมการ'],
  ['นางสาว', 'จันทร์เพ็ญ', 'รุ่งเรือง', 'หัวหน้ากลุ่มงานทรัพยากรบุคคล', 'กรรมการ'],
  ['นางสาว', 'อรุณี', 'พานิชย์', 'หัวหน้ากลุ่มงานยุทธศาสตร์', 'กรรมการและเลขานุการ'],
];
const ABSENT = [['นาย', 'วีระ', 'ชัยมงคล', 'หัวหน้ากลุ่มงานนิติการ', 'ติดราชการ'], ['นาง', 'สุนีย์', 'ทองคำ', 'หัวหน้ากลุ่มงานตรวจสอบภายใน', 'ลาป่วย']];
const RESOLUTIONS = ['ที่ประชุมรับทราบ', 'ที่ประชุมมีมติรับรองรายงานการประชุมโดยไม่มีการแก้ไข', 'ที่ประชุมรับทราบความคืบหน้า'];

describe.skipIf(!BROWSER)('a clerk, from a packed tarball, makes signed minutes alone', () => {
  it('the launchers start the editor in the folder; an empty folder opens on a Thai "new meeting"', async () => {
    expect(readdirSync(meetings).sort()).toEqual(['saraban-editor.cmd', 'saraban-editor.desktop', 'saraban-editor.sh']);
    expect(readFileSync(path.join(meetings, 'saraban-editor.cmd'), 'utf8')).toMatch(/^cd \/d "%~dp0"\r\ncall saraban serve --open\r\n/m);
    expect(readFileSync(path.join(meetings, 'saraban-editor.desktop'), 'utf8')).toContain(`Path=${meetings}\n`);
    // --open handed the browser a page that forwards to the address, not the key on a command line.
    await expect.poll(() => existsSync(opened) && readFileSync(opened, 'utf8'), { timeout: 10_000 }).toMatch(/^file:\/\/.*open\.html$/);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'th-TH' });
    await page.goto(link);
    await expect.poll(() => page.locator('#new-meeting').isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
    expect(await page.locator('#new-meeting').innerText()).toContain('โฟลเดอร์นี้ยังไม่มีไฟล์ข้อมูลการประชุม');
    expect(await page.locator('#new-meeting').innerText()).toContain('ประชุมครั้งถัดไปของคณะนี้');
    await page.close();
    // A browser that asks for English only gets English (the server runs under C.UTF-8 either way).
    const english = await browser.newPage({ locale: 'en-US' });
    await english.goto(link);
    await expect.poll(() => english.locator('#new-meeting h2').textContent()).toBe('New meeting');
    await english.close();
  }, 30_000);

  it('makes the committee meeting from nothing, moves an item keeping its title, downloads PDF and DOCX, saves a file `saraban render` accepts', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', acceptDownloads: true });
    page.on('pageerror', (e) => {
      throw e;
    });
    effort.clicks++; // the double-click on saraban-editor
    await page.goto(link);
    await click(page, '#start-minutes');
    // The file's name: the offered one, its number kept.
    effort.clicks++;
    effort.keys += 'committee-1'.length;
    await page.locator('#new-file').fill('committee-1.yaml');
    await click(page, '#new-create');
    await expect.poll(() => page.locator('#file').inputValue()).toBe('committee-1.yaml');
    await page.evaluate(() => document.fonts.ready);

    // The meeting: the date as clerks write it, said back as read.
    await type(page, ['meeting', 'title'], 'คณะกรรมการบริหารสำนักงาน');
    await type(page, ['meeting', 'date'], '5/8/67');
    await type(page, ['meeting', 'start'], '9.30');
    await expect.poll(() => page.locator('[id="f:meeting/date:reading"]').textContent()).toBe('อ่านว่า วันจันทร์ที่ ๕ สิงหาคม ๒๕๖๗');
    // Always a preview: the draft, with its blanks, while facts are missing.
    await settled(page);
    expect(await previewText(page)).toContain('ร่าง');
    // A problem says what to do, and a click on it goes to the field.
    const venue = page.locator('#problems a', { hasText: 'กรอกสถานที่ประชุม' });
    await venue.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f:meeting/venue');
    expect(await page.locator('#problems').innerText()).not.toMatch(/[a-z_]+:|--draft|saraban init/);
    await type(page, ['meeting', 'venue'], 'ห้องประชุมชั้น ๒');
    await type(page, ['meeting', 'end'], '12.00');
    await type(page, ['minutes', 'number'], '1');

    // Nine members present, the first marked as the chair instead of typed again; two absent.
    for (const [k, [title, name, surname, position, role]] of MEMBERS.entries()) {
      await click(page, '[id="add:minutes/present"]');
      // A row just added is not yet a problem.
      if (k === 0) expect(await page.locator('#problems').innerText()).not.toContain('แถวที่ 1');
      for (const [key, v] of [['title', title], ['name', name], ['surname', surname], ['position', position], ['role', role]] as const) if (v) await type(page, ['minutes', 'present', k, key], v);
    }
    await click(page, '[id="chair:minutes/present/0"]');
    await expect.poll(() => field(page, ['meeting', 'chair', 'name']).inputValue()).toBe('สมชาย');
    expect(await field(page, ['minutes', 'present', 0, 'role']).inputValue()).toBe('ประธาน');
    for (const [k, [title, name, surname, position, reason]] of ABSENT.entries()) {
      await click(page, '[id="add:minutes/absent"]');
      for (const [key, v] of [['title', title], ['name', name], ['surname', surname], ['position', position], ['reason', reason]] as const) await type(page, ['minutes', 'absent', k, key], v!);
    }

    // Three agenda items: each takes its customary title when added, written in.
    for (let k = 0; k < 3; k++) {
      await click(page, '[id="add:minutes/agenda"]');
      await type(page, ['minutes', 'agenda', k, 'resolution'], RESOLUTIONS[k]!);
    }
    expect(await field(page, ['minutes', 'agenda', 1, 'title']).inputValue()).toBe('เรื่องรับรองรายงานการประชุม');
    // Moved to third place, the endorsement keeps its title (never "เรื่องสืบเนื่อง").
    await click(page, '[id="down:minutes/agenda/1"]');
    expect(await field(page, ['minutes', 'agenda', 2, 'title']).inputValue()).toBe('เรื่องรับรองรายงานการประชุม');
    expect(await field(page, ['minutes', 'agenda', 1, 'title']).inputValue()).toBe('เรื่องสืบเนื่อง');

    for (const who of ['recorder', 'checker'] as const) {
      const [title, name, surname, position] = who === 'recorder' ? MEMBERS[8]! : MEMBERS[1]!;
      for (const [key, v] of [['title', title], ['name', name], ['surname', surname], ['position', position]] as const) await type(page, ['minutes', who, key], v!);
    }
    await settled(page);
    await expect.poll(() => page.locator('#problems-title').textContent()).toBe('ไม่พบปัญหา');
    const shown = await previewText(page);
    for (const text of ['ระเบียบวาระที่ ๓ เรื่องรับรองรายงานการประชุม', 'วันจันทร์ที่ ๕ สิงหาคม ๒๕๖๗', 'ติดราชการ', 'ครั้งที่ ๑/๒๕๖๗', ...RESOLUTIONS]) expect(shown).toContain(text);
    expect(shown).not.toContain('ร่าง');
    // An edit keeps the preview where the clerk scrolled it.
    const frameY = () => page.evaluate(() => document.querySelector('iframe')!.contentWindow!.scrollY);
    await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.scrollTo(0, 300));
    let n = await previews(page);
    await field(page, ['meeting', 'venue']).fill('ห้องประชุมชั้น ๓');
    await page.waitForFunction((k) => Number(document.body.dataset.previews) > k, n);
    expect(await previewText(page)).toContain('ห้องประชุมชั้น ๓');
    expect(await frameY()).toBe(300);
    // Another kind of document: the preview switches to it (the agenda paper from the same data).
    n = await previews(page);
    await page.locator('#template').selectOption('agenda');
    await page.waitForFunction((k) => Number(document.body.dataset.previews) > k, n);
    expect(await previewText(page)).toContain('ระเบียบวาระการประชุม');
    expect(await previewText(page)).not.toContain('ผู้ไม่มาประชุม');
    n = await previews(page);
    await page.locator('#template').selectOption('minutes');
    await page.waitForFunction((k) => Number(document.body.dataset.previews) > k, n);
    expect(await previewText(page)).toContain('ผู้ไม่มาประชุม');

    // The minutes as PDF and DOCX.
    for (const format of ['pdf', 'docx'] as const) {
      effort.clicks++;
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#download-${format}`).click()]);
      expect(download.suggestedFilename()).toBe(`committee-1.minutes.${format}`);
      const bytes = readFileSync((await download.path())!);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
    }
    await click(page, '#save');
    await page.waitForFunction(() => document.body.dataset.saved === '1');
    const saved = readFileSync(path.join(meetings, 'committee-1.yaml'), 'utf8');
    expect(saved).toMatch(/documents: \[ ?minutes ?\]/);
    expect(saved).toContain('date: 5/8/67');

    // The installed command renders the saved file as it is: its documents are named in it.
    const render = spawnSync(bin, ['render', 'committee-1.yaml', '--out', 'out', '--lang', 'th'], { cwd: meetings, encoding: 'utf8' });
    expect(render.status, render.stderr).toBe(0);
    expect(readdirSync(path.join(meetings, 'out')).sort()).toEqual(['committee-1.minutes.docx', 'committee-1.minutes.html', 'committee-1.minutes.pdf', 'committee-1.minutes.txt']);
    console.log(`the clerk's effort, from the double-click to the saved file: ${effort.clicks} clicks, ${effort.keys} keystrokes`);

    // The next meeting of this committee, from this file, by the code of `saraban next`.
    await page.locator('#new').click();
    await page.locator('#start-next').check();
    await page.locator('#new-from').selectOption('committee-1.yaml');
    await page.locator('#new-create').click();
    await expect.poll(() => page.locator('#file').inputValue()).toBe('committee-2.yaml');
    await expect.poll(() => field(page, ['minutes', 'number']).inputValue()).toBe('2');
    expect(await field(page, ['minutes', 'agenda', 1, 'title']).inputValue()).toBe('เรื่องรับรองรายงานการประชุม ครั้งที่ 1/2567');
    await page.close();
  }, 90_000);

  it('the form fits at 1280 and 412 px: no horizontal overflow', async () => {
    const shots = process.env.SARABAN_SCREENSHOTS;
    for (const width of [1280, 412]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'th-TH' });
      await page.goto(link);
      await page.locator('#file').selectOption('committee-1.yaml');
      await expect.poll(() => field(page, ['minutes', 'present', 8, 'name']).inputValue()).toBe('อรุณี');
      await page.evaluate(() => document.fonts.ready);
      const overflow = await page.evaluate(() => {
        const form = document.querySelector('#form')!.getBoundingClientRect();
        const out = Array.from(document.querySelectorAll<HTMLElement>('#form input, #form select, #form textarea, #form button, #form label'))
          .filter((e) => e.getClientRects().length && (e.getBoundingClientRect().right > form.right + 1 || e.getBoundingClientRect().left < form.left - 1))
          .map((e) => e.id || e.textContent);
        const scrolled = Array.from(document.querySelectorAll<HTMLElement>('#form, #form .grid-wrap')).filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.className);
        return { page: document.documentElement.scrollWidth - window.innerWidth, out, scrolled };
      });
      expect(overflow, `at ${width} px`).toEqual({ page: 0, out: [], scrolled: [] });
      if (shots) {
        mkdirSync(shots, { recursive: true });
        await field(page, ['minutes', 'present', 0, 'name']).scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(shots, `clerk-${width}.png`) });
        await page.screenshot({ path: path.join(shots, `clerk-${width}-full.png`), fullPage: true });
      }
      await page.close();
    }
  }, 30_000);
});
