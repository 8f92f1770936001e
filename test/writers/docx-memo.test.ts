// The memo in its printed form, in the PDF and the DOCX: "บันทึกข้อความ" bold 29 pt on an exact
// 35 pt line, the Garuda 1.5 cm high at the top left with its foot level with that line's foot,
// the labels ส่วนราชการ / ที่ / วันที่ / เรื่อง bold 20 pt, values 16 pt.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/documents.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { haveTools, ROOT } from '../helpers.js';
import { png } from '../errors/images.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-memo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));


const PT = 72 / 2.54;
// The form gives the Garuda's height: 1.5 cm; the width follows the image (120 × 130 px).
const LOGO_H = 1.5 * PT;
const LOGO_W = (LOGO_H * 120) / 130;

async function memo() {
  const yaml = path.join(tmp, 'memo.yaml');
  copyFileSync(path.join(ROOT, 'templates/examples/memo.yaml'), yaml);
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^ {2}# logo: krut\.png.*$/m, '  logo: krut.png'));
  writeFileSync(path.join(tmp, 'krut.png'), png(120, 130));
  return (await buildDocuments(yaml)).documents[0]!.doc;
}

describe('the memo in its printed form', async () => {
  const doc = await memo();

  it('DOCX: heading style 29 pt bold on an exact 35 pt line, labels a 20 pt bold character style', async () => {
    const files = unzipSync(new Uint8Array(await writeDocx(doc)));
    const styles = strFromU8(files['word/styles.xml']!);
    const body = strFromU8(files['word/document.xml']!);
    const style = (id: string) => new RegExp(`w:styleId="${id}">([\\s\\S]*?)</w:style>`).exec(styles)![1]!;
    expect(style('MemoHeading')).toContain('<w:spacing w:after="120" w:line="700" w:lineRule="exact"/>');
    expect(style('MemoHeading')).toContain('<w:b/><w:bCs/><w:sz w:val="58"/><w:szCs w:val="58"/>');
    expect(style('MemoLabel')).toContain('<w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/>');
    for (const label of ['ส่วนราชการ', 'ที่', 'วันที่', 'เรื่อง']) {
      expect(body).toContain(`<w:r><w:rPr><w:rStyle w:val="MemoLabel"/><w:cs/></w:rPr><w:t xml:space="preserve">${label}</w:t></w:r>`);
    }
    // The logo floats in the heading's paragraph: at the left margin, its foot on the 35 pt line's foot.
    const heading = /<w:p><w:pPr><w:pStyle w:val="MemoHeading"\/><\/w:pPr>([\s\S]*?)<\/w:p>/.exec(body)![1]!;
    expect(heading).toContain('<wp:anchor');
    expect(heading).toMatch(/<wp:positionH relativeFrom="margin"><wp:posOffset>0<\/wp:posOffset>/);
    const offset = Number(/<wp:positionV relativeFrom="paragraph"><wp:posOffset>(-?\d+)<\/wp:posOffset>/.exec(heading)![1]);
    expect(offset / 12700).toBeCloseTo(35 - LOGO_H, 0);
    expect(body.match(/<w:drawing>/g)).toHaveLength(1); // no picture paragraph of its own
    expect(body).toContain('เรียน หัวหน้าส่วนราชการทุกส่วน');
  });

  // mutool reads where the PDF draws the image, pdftotext where the heading's words are.
  it.skipIf(!haveTools('mutool', 'pdftotext'))('PDF: the logo at the top left, its foot level with the heading line’s', async () => {
    const file = path.join(tmp, 'memo.pdf');
    writeFileSync(file, await writePdf(doc));
    const trace = execFileSync('mutool', ['trace', file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    const [a, , , d, e, f] = /<fill_image [^>]*transform="([^"]+)"/.exec(trace)![1]!.split(/\s+/).map(Number) as [number, number, number, number, number, number];
    expect(a).toBeCloseTo(LOGO_W, 1);
    expect(d).toBeCloseTo(LOGO_H, 1);
    expect(e).toBeCloseTo(doc.meta.margins.left * PT, 1);
    // Top of the text area (2.5 cm) + the exact 35 pt line = the logo's foot.
    expect(f + d).toBeCloseTo(doc.meta.margins.top * PT + 35, 0);
    // The heading's text sits within that line, not below the logo.
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-']).toString();
    const yMax = Number(/yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">บันทึกข้อความ</.exec(bbox)![1]);
    expect(yMax).toBeLessThanOrEqual(doc.meta.margins.top * PT + 35);
    expect(yMax).toBeGreaterThan(f);
  });
});
