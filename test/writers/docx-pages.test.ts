// One layout for PDF and DOCX: with a metric-matched stand-in for TH SarabunPSK (the PDF's own
// Sarabun, scaled and renamed: stand-in-font.ts), LibreOffice's rendering of the DOCX starts each
// agenda item on the same page as saraban's PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/writers/docx/index.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { toArabicDigits } from '../../src/thai/index.js';
import { exampleDocument, haveTools, ROOT } from '../helpers.js';
import { standInFontEnv } from './stand-in-font.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-pages-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const canConvert = haveTools('soffice', 'pdftotext', 'fc-match');

/** Letters only: pdftotext gives Thai marks in drawing order, so marks and spaces are dropped. */
// Digits as Arabic: LibreOffice 7.4 draws Word's thaiNumbers numbering in Arabic digits (docs/docx.md).
const squash = (s: string) => toArabicDigits(s.normalize('NFKC')).replace(/\s|\u00A0|\p{M}/gu, '');

/** The page (from 1) on which each agenda item ("ระเบียบวาระที่ N") starts, in order. (Sub-items
 * N.M are not compared: LibreOffice 7.4 leaves a keep-with-next line alone at a page foot where
 * the PDF — and Word — move it on; docs/docx.md.) */
function agendaPages(pdf: string): string[] {
  const pages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']).toString().split('\f');
  const out: string[] = [];
  pages.forEach((page, k) => {
    for (const line of page.split('\n')) {
      const m = /^(ระเบยบวาระท[๐-๙0-9]+)/.exec(squash(line));
      if (m) out.push(`${m[1]}@${k + 1}`);
    }
  });
  return out;
}

describe.skipIf(!canConvert)('PDF and DOCX paginate alike', () => {
  const env = canConvert ? standInFontEnv(path.join(tmp, 'stand-in')) : {};

  it('LibreOffice finds the stand-in under the name TH SarabunPSK (and only in this run)', () => {
    expect(execFileSync('fc-match', ['TH SarabunPSK'], { env }).toString()).toContain('"TH SarabunPSK"');
    expect(execFileSync('fc-match', ['TH SarabunPSK:bold'], { env }).toString()).toMatch(/"TH SarabunPSK" "Bold"/);
  });

  for (const data of ['data/committee-sample.yaml', 'data/trat-pmqa-2564.yaml']) {
    it(
      `starts each agenda item on the same page: ${data}`,
      async () => {
        const doc = await exampleDocument('minutes', path.join(ROOT, data));
        const name = path.basename(data, '.yaml');
        const dir = path.join(tmp, name);
        const pdf = path.join(dir, `${name}.pdf`);
        const docx = path.join(dir, `${name}.docx`);
        execFileSync('mkdir', ['-p', dir]);
        writeFileSync(pdf, await writePdf(doc));
        writeFileSync(docx, await writeDocx(doc));
        execFileSync(
          'soffice',
          [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo'), docx],
          { stdio: 'ignore', timeout: 110_000, env },
        );
        const fromPdf = agendaPages(pdf);
        const fromDocx = agendaPages(path.join(dir, 'lo', `${name}.pdf`));
        // PAGES_SAMPLE_DIR=/some/dir keeps both PDFs for a look by eye.
        if (process.env.PAGES_SAMPLE_DIR) {
          writeFileSync(path.join(process.env.PAGES_SAMPLE_DIR, `${name}.saraban.pdf`), readFileSync(pdf));
          writeFileSync(path.join(process.env.PAGES_SAMPLE_DIR, `${name}.libreoffice.pdf`), readFileSync(path.join(dir, 'lo', `${name}.pdf`)));
        }
        expect(fromPdf.length).toBeGreaterThan(3);
        expect(fromDocx).toEqual(fromPdf);
      },
      120_000,
    );
  }
});
