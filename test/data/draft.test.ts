// Drafts: `status: draft` or --draft lets the fields a final document needs be missing; the
// document prints dotted blanks there and is marked ร่าง in every format. Final keeps the checks.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, prepareTemplate } from '../../src/pipeline/documents.js';
import { parseData } from '../../src/data/load.js';
import { validateData } from '../../src/data/validate.js';
import { parseMarkup } from '../../src/markup/parse.js';
import { markDraft } from '../../src/model/draft.js';
import { inlineText } from '../../src/model/document.js';
import { edit, example, runCli, scratch } from '../errors/support.js';
import { ROOT } from '../helpers.js';

/** The example minutes without a number, an end time or a recorder, as first drafts are. */
async function firstDraft(): Promise<string> {
  let text = await example('minutes');
  text = edit(text, '  end: "12:00"                               # เลิกประชุมเวลา: after start\n', '');
  text = edit(text, '  number: 1                                  # ครั้งที่ 1/<year of the date, in B.E.>\n', '');
  return text.slice(0, text.indexOf('  recorder:'));
}

describe('drafts', () => {
  it('a final document still needs them, and the message says how to make a draft', async () => {
    const dir = await scratch({ 'data.yaml': await firstDraft() });
    const r = await runCli(['validate', path.join(dir, 'data.yaml'), '--lang', 'en']);
    expect(r.code).toBe(2);
    for (const field of ['meeting.end', 'minutes.number', 'minutes.recorder']) expect(r.stderr).toContain(`${field}: `);
    expect(r.stderr).toContain('a final document needs');
    expect(r.stderr).toContain('status: draft (or run with --draft)');
  });

  it('--draft on validate, render and status: draft in the data let them be missing', async () => {
    const dir = await scratch({ 'data.yaml': await firstDraft(), 'status.yaml': `status: draft\n${await firstDraft()}` });
    const v = await runCli(['validate', path.join(dir, 'data.yaml'), '--draft', '--lang', 'en']);
    expect(v.code, v.stderr).toBe(0);
    const r = await runCli(['render', path.join(dir, 'status.yaml'), '--format', 'txt,html', '--out', path.join(dir, 'out')]);
    expect(r.code, r.stderr).toBe(0);
    const txt = await readFile(path.join(dir, 'out', 'status.minutes.txt'), 'utf8');
    expect(txt.split('\n')[0]).toBe('ร่าง');
    expect(txt).toContain('ครั้งที่ ……/๒๕๖๔');
    expect(txt).toContain('เลิกประชุมเวลา …… น.');
    expect(txt).toContain('(……………………………)');
    const html = await readFile(path.join(dir, 'out', 'status.minutes.html'), 'utf8');
    expect(html).toContain('<title>ร่าง รายงานการประชุม');
    const f = await runCli(['render', path.join(dir, 'data.yaml'), '--draft', '--format', 'txt', '--out', path.join(dir, 'out2')]);
    expect(f.code, f.stderr).toBe(0);
  });

  it('the library: validateData({ draft }) and the model mark, for any template', async () => {
    const loaded = parseData(await firstDraft(), 'data.yaml');
    expect(() => validateData(loaded)).toThrow();
    const data = validateData(loaded, { draft: true });
    expect(data.status).toBe('draft');
    const doc = buildDocument(data, await prepareTemplate('minutes'), '.');
    expect(doc.meta.draft).toBe(true);
    const first = doc.blocks[0]!;
    expect(first.kind === 'paragraph' && inlineText(first.content)).toBe('ร่าง');
    // A custom template can say so itself: <document draft="true">.
    const custom = markDraft(parseMarkup('<document draft="true" title="บันทึก"><p>ข้อความ</p></document>', { source: 'x.hbs', baseDir: '.' }));
    expect(custom.meta.title).toBe('ร่าง บันทึก');
    expect(custom.blocks).toHaveLength(2);
  });

  it('final data renders as before: no mark', async () => {
    const data = validateData(parseData(await example('minutes'), 'data.yaml'));
    expect(data.status).toBe('final');
    const doc = buildDocument(data, await prepareTemplate('minutes'), '.');
    expect(doc.meta.draft).toBeUndefined();
  });

  it('batch --draft marks every document ร่าง', async () => {
    const dir = await scratch({ 't.csv': 'agency,order\nสำนักงานเกษตรจังหวัดตราด,1\n' });
    const shared = path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml');
    const r = await runCli(['batch', path.join(dir, 't.csv'), '-t', 'memo', '--with', shared, '--draft', '-f', 'txt', '-o', path.join(dir, 'out'), '-j', '0']);
    expect(r.code, r.stderr).toBe(0);
    const txt = await readFile(path.join(dir, 'out', 'memo-001.txt'), 'utf8');
    expect(txt.split('\n')[0]).toBe('ร่าง');
  });

  it('a draft memo without its number and date leaves dotted blanks; a final one leaves them empty as before', async () => {
    let memo = await example('memo');
    memo = memo.replace(/^ {2}number: .*\n/m, '').replace(/^ {2}date: 2021-08-23.*\n/m, '');
    const dir = await scratch({ 'draft.yaml': `status: draft\n${memo}`, 'final.yaml': memo });
    for (const f of ['draft.yaml', 'final.yaml']) {
      const r = await runCli(['render', path.join(dir, f), '--format', 'txt', '--out', path.join(dir, 'out')]);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(await readFile(path.join(dir, 'out', 'draft.memo.txt'), 'utf8')).toContain('ที่ ……………  วันที่ ……………');
    const final = await readFile(path.join(dir, 'out', 'final.memo.txt'), 'utf8');
    expect(final).not.toContain('…');
    expect(final).not.toContain('ร่าง');
  });
});
