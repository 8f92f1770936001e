// The editor's "ร่างข่าวจากการประชุม" button (issue 30) in Debian's chromium: on a file of minutes
// alone, the clerk clicks it, sees the drafted lead in the news release's preview, is asked before
// the button drafts over text they have, saves with the ordinary Save; the saved file validates
// and states the release (news in its documents, the lead and the facts it drafted).
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAndValidate } from '../../src/pipeline/documents.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { buildWeb } from '../../src/build/web.js';
import { ROOT, haveTools } from '../helpers.js';
import { launchBrowser } from '../chromium.js';
import { previews, previewText } from './page.js';

const BROWSER = haveTools('chromium');
const dir = mkdtempSync(path.join(tmpdir(), 'saraban-draft-button-'));
const FILE = 'meeting-2.yaml';
const OTHER = 'undated.yaml';
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  if (!BROWSER) return;
  // The committee's second meeting: invitation, agenda, sign-in sheet and minutes; no release.
  copyFileSync(path.join(ROOT, 'data/committee', FILE), path.join(dir, FILE));
  copyFileSync(path.join(ROOT, 'data/committee', FILE), path.join(dir, OTHER));
  buildWeb();
  server = await startServer({ dir, port: 0, lang: 'th' });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const leadField = (page: Page) => page.locator('[id="f:news/lead/text"]');

describe.skipIf(!BROWSER)('saraban serve: the news-draft button', () => {
  it('drafts the release of a minutes-only file into the form, asks before drafting over it, and saves a file that validates', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(server.link);
    await page.waitForFunction(() => Number(document.body.dataset.previews ?? 0) > 0);
    expect(await page.locator('#template').inputValue()).toBe('minutes');
    const button = page.getByRole('button', { name: 'ร่างข่าวจากการประชุม' });
    await expect.poll(() => button.isVisible()).toBe(true);

    let n = await previews(page);
    await button.click();
    await expect.poll(() => page.locator('#template').inputValue()).toBe('news');
    await page.waitForFunction((k) => Number(document.body.dataset.previews ?? 0) > k, n);
    // The lead as drafted, in the form (the clerk's to edit) and in the release's preview.
    const lead = await leadField(page).inputValue();
    expect(lead).toContain('นายสมชาย รักษ์ไทย');
    expect(lead).toContain('รองผู้ว่าราชการจังหวัดตัวอย่าง');
    await expect.poll(async () => (await previewText(page)).replace(/\s+/g, ' ')).toContain(lead.replace(/\s+/g, ' ').slice(0, 60));
    expect(await page.locator('#status').textContent()).toContain('ร่างข่าวแล้ว');

    // The clerk's own words in the lead are not drafted over unless they say so, in Thai.
    await leadField(page).fill('ย่อหน้านำที่เจ้าหน้าที่เขียนเอง');
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await button.click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('ร่างใหม่ทับข้อความเดิม');
    expect(await leadField(page).inputValue()).toBe('ย่อหน้านำที่เจ้าหน้าที่เขียนเอง');
    page.once('dialog', (d) => void d.accept());
    n = await previews(page);
    await button.click();
    await expect.poll(() => leadField(page).inputValue()).toBe(lead);
    await page.waitForFunction((k) => Number(document.body.dataset.previews ?? 0) > k, n);

    // Saved as any other edit; the file validates and renders the release it now names.
    await page.locator('#save').click();
    await page.waitForFunction(() => Number(document.body.dataset.saved ?? 0) > 0);
    const saved = readFileSync(path.join(dir, FILE), 'utf8');
    const written = parse(saved) as { documents: string[]; news: { lead: { text: string }; draft: { facts: { field: string }[] } } };
    expect(written.documents).toContain('news');
    expect(written.news.lead.text).toBe(lead);
    expect(written.news.draft.facts.map((f) => f.field)).toContain('meeting.chair');
    expect(saved).toContain('# The committee\'s second meeting'); // the file's comments kept
    await expect(loadAndValidate(path.join(dir, FILE))).resolves.toBeTruthy();
    await page.close();
  }, 60_000);

  it('says, beside the fields, what keeps a release from being drafted', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.link);
    await page.waitForFunction(() => Number(document.body.dataset.previews ?? 0) > 0);
    await page.locator('#file').selectOption(OTHER);
    await expect.poll(() => page.locator('[id="f:meeting/title"]').inputValue()).not.toBe('');
    // A meeting without its date: a release states its date.
    await page.locator('[id="f:meeting/date"]').fill('');
    await page.getByRole('button', { name: 'ร่างข่าวจากการประชุม' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('ยังร่างข่าวไม่ได้');
    await expect.poll(() => page.locator('#problems').textContent()).toContain('วันที่');
    await page.close();
  }, 60_000);
});
