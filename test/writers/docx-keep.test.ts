// The same breaks everywhere (issue 9): the DOCX keeps declared names and terms whole when
// LibreOffice lays it out, in a table column narrow enough to break them otherwise.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parse.js';
import { keepTogether } from '../../src/thai/index.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { haveTools } from '../helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-docx-keep-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('keepTogether (DOCX text of names and terms)', () => {
  it('joins the words of a kept span with WORD JOINER and its spaces with NBSP, letters unchanged', () => {
    const out = keepTogether('และพลเอกประยุทธ์ จันทร์โอชา มา', { dictionary: ['จันทร์โอชา'] });
    expect(out).toBe('และพลเอกประยุทธ์ จันทร์\u2060โอชา มา');
    expect(keepTogether('ณัฐพงษ์ สงวนจิตร', { whole: true })).toBe('ณัฐ\u2060พงษ์\u00A0สงวน\u2060จิตร');
    expect(keepTogether('ไม่มีชื่อ')).toBe('ไม่มีชื่อ');
  });
});

describe.skipIf(!haveTools('soffice', 'pdftotext'))('LibreOffice keeps declared names whole', () => {
  it('in a narrow table column ("ณัฐพงษ์ สงวนจิตร" and a dictionary name unbroken)', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><document title="t"><table widths="2 5" borders="true"><tr>
      <td>ประธาน <nobr>ณัฐพงษ์ สงวนจิตร</nobr> และพลเอกประยุทธ์ จันทร์โอชา</td><td>x</td></tr></table></document>`;
    const doc = parseMarkup(xml, { source: 'keep.xml', baseDir: tmp });
    const file = path.join(tmp, 'keep.docx');
    writeFileSync(file, await writeDocx({ ...doc, meta: { ...doc.meta, dictionary: ['จันทร์โอชา'] } }));
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(tmp, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, file], {
      stdio: 'ignore',
      timeout: 90_000,
    });
    const lines = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path.join(tmp, 'keep.pdf'), '-'], { encoding: 'utf8' }).split('\n');
    // The column is narrow: the cell takes several lines, and without the joiners LibreOffice
    // breaks ณัฐ|พงษ์ and จันทร์|โอชา (measured before the change).
    expect(lines.filter((l) => l.trim()).length).toBeGreaterThanOrEqual(4);
    expect(lines.some((l) => l.includes('ณัฐพงษ์ สงวนจิตร')), lines.join('\n')).toBe(true);
    expect(lines.some((l) => l.includes('จันทร์โอชา')), lines.join('\n')).toBe(true);
    // The joiners are not in the text LibreOffice's PDF copies out.
    expect(readFileSync(path.join(tmp, 'keep.pdf')).length).toBeGreaterThan(0);
    expect(lines.join('')).not.toContain('\u2060');
  }, 120_000);

  it('in a narrow table column, keeps titles with names, numbers with units and provinces whole without markup (issue 28)', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><document title="t"><table widths="3 4" borders="true"><tr>
      <td>วันนี้นายอนุทิน ชาญวีรกูล มอบถุงยังชีพ 8,932 ชุด แก่บ้านเรือน 1,250 หลัง ในจังหวัดนครศรีธรรมราชและจังหวัดเชียงใหม่</td><td>x</td></tr></table></document>`;
    const doc = parseMarkup(xml, { source: 'keep2.xml', baseDir: tmp });
    const file = path.join(tmp, 'keep2.docx');
    writeFileSync(file, await writeDocx(doc));
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(tmp, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, file], {
      stdio: 'ignore',
      timeout: 90_000,
    });
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path.join(tmp, 'keep2.pdf'), '-'], { encoding: 'utf8' });
    const lines = text.split('\n').map((l) => l.replaceAll('\u00A0', ' '));
    expect(lines.filter((l) => l.trim()).length).toBeGreaterThanOrEqual(5);
    for (const whole of ['นายอนุทิน ชาญวีรกูล', '8,932 ชุด', '1,250 หลัง', 'จังหวัดนครศรีธรรมราช', 'จังหวัดเชียงใหม่']) {
      expect(lines.some((l) => l.includes(whole)), `${whole}:\n${lines.join('\n')}`).toBe(true);
    }
    // What a reader copies out of LibreOffice's PDF: the joiners are gone; the no-break spaces are
    // reported here (docs/thai.md §6a).
    expect(text).not.toContain('\u2060');
    console.log(`no-break spaces copied out of LibreOffice's PDF: ${(text.match(/\u00A0/g) ?? []).length}`);
  }, 120_000);
});
