// The web editor in a real browser (Debian's /usr/bin/chromium driven by playwright-core): a
// clerk fills a committee's minutes from an empty file — typing Thai, two substitutes, an
// absentee, three agenda items with resolutions, a 10-row attendee list pasted from Excel — sees
// the preview follow, saves; the saved YAML validates and `saraban render` of it gives the same
// TXT bytes as the preview's download. A commented file keeps every comment and untouched line.
// Screenshots go to $SARABAN_SCREENSHOTS when it is set, to be looked at.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { loadAndValidate } from '../../src/pipeline/documents.js';
import { renderDataFile } from '../../src/pipeline/render.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { buildWeb } from '../../src/build/web.js';
import { ROOT, haveTools } from '../helpers.js';
import { launchBrowser } from '../chromium.js';
import { field, previews, previewText } from './page.js';

const BROWSER = haveTools('chromium');
const dir = mkdtempSync(path.join(tmpdir(), 'saraban-serve-'));
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  if (!BROWSER) return;
  writeFileSync(path.join(dir, 'committee.yaml'), '');
  copyFileSync(path.join(ROOT, 'data/committee-sample.yaml'), path.join(dir, 'commented.yaml'));
  writeFileSync(path.join(dir, 'imported.yaml'), '');
  // An attendance sheet saved from Excel as CSV (UTF-8 with a BOM), header row first.
  writeFileSync(path.join(dir, 'attendees.csv'), '\uFEFFคำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,บทบาท\r\nนาย,ก้องเกียรติ,ศรีสวัสดิ์,ผู้อำนวยการกอง,ประธาน\r\nนาง,ลำดวน,ใจงาม,หัวหน้ากลุ่มงาน,กรรมการ\r\nนางสาว,ปิยะดา,แก้วใส,นักจัดการงานทั่วไป,"กรรมการและเลขานุการ"\r\n');
  buildWeb(); // the page's scripts, from web/*.ts
  server = await startServer({ dir, port: 0, lang: 'th' });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});


async function open(file: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (e) => {
    throw e;
  });
  // The address `saraban serve` prints: its key becomes a cookie, and the page loads at the clean address.
  await page.goto(server.link);
  expect(page.url()).toBe(server.url);
  await page.waitForFunction(() => Number(document.body.dataset.previews ?? 0) > 0);
  if ((await page.locator('#file').inputValue()) !== file) {
    await page.locator('#file').selectOption(file);
    await page.waitForFunction((f) => document.querySelector<HTMLSelectElement>('#file')?.value === f, file);
  }
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Waits for the previews requested after the last change (the debounce, then the render) to be in. */
async function settled(page: Page, since: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.body.dataset.previews ?? 0) > n, since);
  for (let last = -1; ;) {
    const now = await previews(page);
    if (now === last) return;
    last = now;
    await page.waitForTimeout(300);
  }
}

/** Pastes text into an element as a clipboard paste event carries it (Excel copies TSV). */
async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.locator(selector).evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const ATTENDEES = [
  ['นาย', 'สมชาย', 'ใจดี', 'ผู้อำนวยการสำนักงาน', 'ประธานกรรมการ', '', ''],
  ['นาง', 'สุดา', 'รักไทย', 'รองผู้อำนวยการสำนักงาน', 'รองประธานกรรมการ', '', ''],
  ['นาย', 'ประเสริฐ', 'มั่นคง', 'นักวิเคราะห์นโยบายและแผนชำนาญการ', 'กรรมการ', 'ใช่', 'ผู้อำนวยการกองแผนงาน'],
  ['นางสาว', 'วรรณา', 'ศรีสุข', 'หัวหน้ากลุ่มงานบริหารทั่วไป', 'กรรมการ', '', ''],
  ['นาย', 'ธนพล', 'ทองดี', 'นักวิชาการเงินและบัญชีชำนาญการ', 'กรรมการ', 'ใช่', 'ผู้อำนวยการกองคลัง'],
  ['นาง', 'มาลี', 'วงศ์ใหญ่', 'หัวหน้ากลุ่มงานพัสดุ', 'กรรมการ', '', ''],
  ['นาย', 'กิตติ', 'พรหมมา', 'หัวหน้ากลุ่มงานเทคโนโลยีสารสนเทศ', 'กรรมการ', '', ''],
  ['นางสาว', 'จันทร์เพ็ญ', 'รุ่งเรือง', 'หัวหน้ากลุ่มงานทรัพยากรบุคคล', 'กรรมการ', '', ''],
  ['นาย', 'วีระ', 'ชัยมงคล', 'หัวหน้ากลุ่มงานนิติการ', 'กรรมการ', '', ''],
  ['นางสาว', 'อรุณี', 'พานิชย์', 'หัวหน้ากลุ่มงานยุทธศาสตร์', 'กรรมการและเลขานุการ', '', ''],
];
const HEADER = ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'ตำแหน่ง', 'บทบาทในที่ประชุม', 'มาประชุมแทน', 'แทนใคร'];
const RESOLUTIONS = ['ที่ประชุมรับทราบ', 'ที่ประชุมมีมติรับรองรายงานการประชุมโดยไม่มีการแก้ไข', 'ที่ประชุมมีมติเห็นชอบแผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๕'];

describe.skipIf(!BROWSER)('saraban serve: the editor in a browser', () => {
  it('fills a committee\'s minutes from an empty file, previews, saves; the CLI renders the same TXT', async () => {
    const page = await open('committee.yaml');
    // The meeting, typed in Thai; the date in Buddhist Era as the clerk writes it.
    await field(page, ['meeting', 'title']).pressSequentially('คณะกรรมการบริหารสำนักงาน', { delay: 5 });
    await field(page, ['meeting', 'date']).fill('30 กุมภาพันธ์ 2564');
    let n = await previews(page);
    await field(page, ['meeting', 'start']).fill('13.30');
    await settled(page, n);
    // A problem beside its field, in the words `saraban validate` uses.
    const expected = validate({ meeting: { title: 'x', date: '30 กุมภาพันธ์ 2564' } }, { lang: 'th' });
    const dateProblem = expected.ok ? '' : expected.problems.find((p) => p.path?.join('.') === 'meeting.date')!.message;
    expect(dateProblem).toContain('กุมภาพันธ์');
    await expect.poll(() => page.locator('.field[data-path=\'["meeting","date"]\'] .problem').textContent()).toContain(dateProblem);
    expect(await field(page, ['meeting', 'date']).getAttribute('aria-invalid')).toBe('true');
    await field(page, ['meeting', 'date']).fill('29 กรกฎาคม 2564');
    await field(page, ['meeting', 'end']).fill('16.30');
    await field(page, ['meeting', 'venue']).pressSequentially('ห้องประชุมชั้น ๒', { delay: 5 });
    for (const [k, v] of [['title', 'นาย'], ['name', 'สมชาย'], ['surname', 'ใจดี'], ['position', 'ผู้อำนวยการสำนักงาน']]) await field(page, ['meeting', 'chair', k!]).fill(v!);
    await field(page, ['minutes', 'number']).fill('3');

    // The attendance sheet, pasted from Excel with its header row: ten members, two of them substitutes.
    await page.locator('[id="add:minutes/present"]').click();
    await paste(page, '[id="f:minutes/present/0/title"]', [HEADER, ...ATTENDEES].map((r) => r.join('\t')).join('\r\n') + '\r\n');
    await expect.poll(() => page.locator('[id^="f:minutes/present/"][id$="/name"]').count()).toBe(10);
    expect(await field(page, ['minutes', 'present', 4, 'substitute_for']).inputValue()).toBe('ผู้อำนวยการกองคลัง');
    expect(await field(page, ['minutes', 'present', 2, 'substitute']).isChecked()).toBe(true);

    // An absentee with a reason, typed.
    await page.locator('[id="add:minutes/absent"]').click();
    for (const [k, v] of [['title', 'นาง'], ['name', 'สุนีย์'], ['surname', 'ทองคำ'], ['position', 'หัวหน้ากลุ่มงานตรวจสอบภายใน'], ['reason', 'ติดราชการ']]) {
      await field(page, ['minutes', 'absent', 0, k!]).pressSequentially(v!, { delay: 2 });
    }

    // Three agenda items, each with a resolution; the first with a paragraph of details.
    for (let k = 0; k < 3; k++) {
      await page.locator('[id="add:minutes/agenda"]').click();
      await field(page, ['minutes', 'agenda', k, 'resolution']).pressSequentially(RESOLUTIONS[k]!, { delay: 2 });
    }
    await page.locator('[id="add:minutes/agenda/0/details"]').click();
    await field(page, ['minutes', 'agenda', 0, 'details', 0]).pressSequentially('ประธานแจ้งให้ที่ประชุมทราบเรื่องการจัดทำแผนปฏิบัติราชการ', { delay: 2 });
    // A table in the second item's details: the block's form chosen, the cells pasted from Excel.
    await page.locator('[id="add:minutes/agenda/1/details"]').click();
    await page.locator('[id="f:minutes/agenda/1/details/0:form"]').selectOption({ index: 2 });
    await field(page, ['minutes', 'agenda', 1, 'details', 0, 'text']).fill('ผลการดำเนินงาน ดังนี้');
    await page.locator('[data-path=\'["minutes","agenda",1,"details",0,"table"]\'] > summary').click();
    await page.locator('[id="addRow:minutes/agenda/1/details/0/table/rows"]').click();
    await paste(page, '[id="f:minutes/agenda/1/details/0/table/rows/0/0"]', 'ไตรมาส\tเป้าหมาย\tผล\n1\t๒๕\t๒๗\n');
    expect(await field(page, ['minutes', 'agenda', 1, 'details', 0, 'table', 'rows', 1, 2]).inputValue()).toBe('๒๗');
    // Moving rows by keyboard: the third agenda item up, and back down.
    await page.locator('[id="up:minutes/agenda/2"]').focus();
    await page.keyboard.press('Enter');
    expect(await field(page, ['minutes', 'agenda', 1, 'resolution']).inputValue()).toBe(RESOLUTIONS[2]);
    await page.locator('[id="down:minutes/agenda/1"]').click();
    expect(await field(page, ['minutes', 'agenda', 2, 'resolution']).inputValue()).toBe(RESOLUTIONS[2]);

    for (const who of ['recorder', 'checker'] as const) {
      const [t, name, surname, position] = who === 'recorder' ? ['นางสาว', 'อรุณี', 'พานิชย์', 'หัวหน้ากลุ่มงานยุทธศาสตร์'] : ['นาง', 'สุดา', 'รักไทย', 'รองผู้อำนวยการสำนักงาน'];
      await field(page, ['minutes', who, 'title']).fill(t);
      await field(page, ['minutes', who, 'name']).fill(name);
      await field(page, ['minutes', who, 'surname']).fill(surname);
      n = await previews(page);
      await field(page, ['minutes', who, 'position']).pressSequentially(position, { delay: 2 });
    }
    await settled(page, n);

    // The preview follows: the final document, every fact in it, no problem left.
    await expect.poll(() => page.locator('#problems-title').textContent()).toBe('ไม่พบปัญหา');
    const shown = await previewText(page);
    for (const text of ['ผลการดำเนินงาน ดังนี้', 'เป้าหมาย', 'ครั้งที่ ๓/๒๕๖๔', 'วันพฤหัสบดีที่ ๒๙ กรกฎาคม ๒๕๖๔', 'แทน ผู้อำนวยการกองคลัง', 'ติดราชการ', ...RESOLUTIONS, 'เลิกประชุมเวลา ๑๖.๓๐ น.']) expect(shown).toContain(text);
    expect(shown).not.toContain('ร่าง');
    // No script runs in the preview (no allow-scripts); same-origin lets the editor update it in place, keeping its scroll.
    expect(await page.locator('#preview').getAttribute('sandbox')).toBe('allow-same-origin');

    // Download the TXT, save, and render the saved file with the CLI's pipeline.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-txt').click()]);
    expect(download.suggestedFilename()).toBe('committee.minutes.txt');
    const previewTxt = readFileSync((await download.path())!);
    await page.locator('#save').click();
    await page.waitForFunction(() => document.body.dataset.saved === '1');
    const saved = readFileSync(path.join(dir, 'committee.yaml'), 'utf8');
    expect(saved).toContain('title: คณะกรรมการบริหารสำนักงาน');
    expect(saved).toContain('date: 29 กรกฎาคม 2564');
    expect(saved).toMatch(/start: "13\.30"/);
    const { data } = await loadAndValidate(path.join(dir, 'committee.yaml'), ['minutes']);
    expect(data.minutes!.present).toHaveLength(10);
    expect(data.minutes!.present.filter((p) => p.substitute)).toHaveLength(2);
    expect(data.minutes!.agenda.map((a) => a.resolution)).toEqual(RESOLUTIONS);
    const out = path.join(dir, 'out');
    mkdirSync(out);
    await renderDataFile(path.join(dir, 'committee.yaml'), { outDir: out, templates: ['minutes'], formats: ['txt'] });
    expect(readFileSync(path.join(out, 'committee.minutes.txt')).equals(previewTxt)).toBe(true);

    const shots = process.env.SARABAN_SCREENSHOTS;
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, 'serve-1280.png') });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(shots, 'serve-390.png') });
      await page.screenshot({ path: path.join(shots, 'serve-390-full.png'), fullPage: true });
    }
    await page.close();
  }, 60_000);

  it('loads an attendance sheet (CSV in the folder) into the members present', async () => {
    const page = await open('imported.yaml');
    await page.locator('[id="import:minutes/present"]').selectOption('attendees.csv');
    await expect.poll(() => page.locator('[id^="f:minutes/present/"][id$="/name"]').count()).toBe(3);
    expect(await field(page, ['minutes', 'present', 0, 'name']).inputValue()).toBe('ก้องเกียรติ');
    expect(await field(page, ['minutes', 'present', 2, 'role']).inputValue()).toBe('กรรมการและเลขานุการ');
    await page.close();
  }, 30_000);

  it('opens a commented file, changes one field, and saves with every comment and untouched line kept', async () => {
    const file = path.join(dir, 'commented.yaml');
    const before = readFileSync(file, 'utf8');
    const page = await open('commented.yaml', 390);
    // Dates written in Common Era are shown in Buddhist Era; untouched, they stay as written.
    expect(await field(page, ['meeting', 'date']).inputValue()).toBe('26 สิงหาคม 2564');
    await field(page, ['meeting', 'venue']).fill('ห้องประชุม 2 ชั้น 5 อาคารกรมตัวอย่าง');
    await page.locator('#save').click();
    await page.waitForFunction(() => document.body.dataset.saved === '1');
    await page.close();
    const after = readFileSync(file, 'utf8');
    const a = before.split('\n');
    const b = after.split('\n');
    expect(b).toHaveLength(a.length);
    const changed = a.flatMap((line, k) => (line === b[k] ? [] : [k]));
    expect(changed).toHaveLength(1);
    expect(a[changed[0]!]).toBe('  venue: ห้องประชุม 1 ชั้น 3 อาคารกรมตัวอย่าง');
    expect(b[changed[0]!]).toBe('  venue: ห้องประชุม 2 ชั้น 5 อาคารกรมตัวอย่าง');
    await loadAndValidate(file);
  }, 40_000);
});
