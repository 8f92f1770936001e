// The papers of the whole meeting (issue 27, docs/meeting-papers.md): the external invitation's
// parts in order and in place (the Garuda 3 cm high and centred, ที่ and the address on the same
// lines, the date from the centre line, the signature, the owning unit at the bottom left), the
// memo form, the agenda paper, the sign-in sheet (header repeated, rows tall enough to sign) in
// PDF and DOCX, a batch of one invitation per member, and `saraban next`.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/documents.js';
import { SarabanError } from '../../src/messages/errors.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { buildIfStale, ROOT } from '../helpers.js';
import { png } from '../errors/images.js';

const CLI = path.join(ROOT, 'bin/saraban.js');
const EXAMPLE = path.join(ROOT, 'data/committee');
const CM = 72 / 2.54;
const tmp = mkdtempSync(path.join(tmpdir(), 'saraban-meeting-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The example's first meeting in a folder of its own, with a generated Garuda stand-in (260 × 300 px). */
function firstMeeting(dir: string, edit: (yaml: string) => string = (y) => y): string {
  const folder = path.join(tmp, dir);
  execFileSync('mkdir', ['-p', folder]);
  writeFileSync(path.join(folder, 'garuda-stand-in.png'), png(260, 300));
  const file = path.join(folder, 'meeting-1.yaml');
  writeFileSync(file, edit(readFileSync(path.join(EXAMPLE, 'meeting-1.yaml'), 'utf8')));
  return file;
}

async function pdfOf(file: string, template: string, name = template): Promise<string> {
  const { documents } = await buildDocuments(file, [template]);
  const out = path.join(path.dirname(file), `${name}.pdf`);
  writeFileSync(out, await writePdf(documents[0]!.doc));
  return out;
}

const text = (pdf: string) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
/** Each word pdftotext sees with its box, in points from the top left. */
function words(pdf: string, page = 1): { text: string; x0: number; y0: number; x1: number; y1: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]!,
  }));
}
const word = (list: ReturnType<typeof words>, start: string) => {
  const w = list.find((x) => x.text.startsWith(start));
  if (!w) throw new Error(`no word ${start}: ${list.map((x) => x.text).join(' ')}`);
  return w;
};
/** The horizontal span of the words on the line of `w` (same top, within a point). */
function lineSpan(list: ReturnType<typeof words>, w: ReturnType<typeof words>[number]): { x0: number; x1: number; mid: number } {
  const on = list.filter((x) => Math.abs(x.y0 - w.y0) < 1);
  const x0 = Math.min(...on.map((x) => x.x0));
  const x1 = Math.max(...on.map((x) => x.x1));
  return { x0, x1, mid: (x0 + x1) / 2 };
}
/** The spans of the agency's name and address lines (the words right of the text's middle on them). */
const addressSpans = (list: ReturnType<typeof words>) =>
  ['สำนักงานจังหวัดตัวอย่าง', 'ศาลากลางจังหวัดตัวอย่าง', 'ถนนหลักเมือง'].map((t) => lineSpan(list.filter((x) => x.x0 > 11 * CM - 1), word(list, t)));
/** The top and bottom (points from the page's top) of the dashed box mutool traces on page 1. */
function dashedBox(pdf: string): { top: number; bottom: number; left: number; right: number } {
  const trace = execFileSync('mutool', ['trace', '-p', '1', pdf], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const points = [...trace.matchAll(/<stroke_path [^>]*dash="3 2"[^>]*>([\s\S]*?)<\/stroke_path>/g)]
    .flatMap((m) => [...m[1]!.matchAll(/x="([\d.]+)" y="([\d.]+)"/g)].map((p) => ({ x: Number(p[1]), y: Number(p[2]) })));
  return { top: Math.min(...points.map((p) => p.y)), bottom: Math.max(...points.map((p) => p.y)), left: Math.min(...points.map((p) => p.x)), right: Math.max(...points.map((p) => p.x)) };
}
/** Each part's position in the text, which must rise. */
function inOrder(all: string, parts: string[]): void {
  const flat = all.replace(/\s+/g, '');
  let at = -1;
  for (const p of parts) {
    const k = flat.indexOf(p.replace(/\s+/g, ''), at + 1);
    expect(k, `${p} after the part before it`).toBeGreaterThan(at);
    at = k;
  }
}

describe('the external invitation (หนังสือภายนอก)', async () => {
  const file = firstMeeting('external');
  const pdf = await pdfOf(file, 'invitation');

  it('has the regulation\'s parts in order on one page', () => {
    const all = text(pdf);
    expect(all.split('\f').filter((p) => p.trim())).toHaveLength(1);
    inOrder(all, [
      'ที่ ตย ๐๐๑๗.๒/ว ๑๒๓', 'สำนักงานจังหวัดตัวอย่าง', 'ศาลากลางจังหวัดตัวอย่าง', '๕ มีนาคม ๒๕๖๘',
      'เรื่อง', 'ขอเชิญประชุมคณะกรรมการขับเคลื่อนการพัฒนาจังหวัดตัวอย่าง ครั้งที่ ๑/๒๕๖๘', 'เรียน', 'กรรมการทุกท่าน',
      'อ้างถึง', 'สิ่งที่ส่งมาด้วย', '๑. ระเบียบวาระการประชุม', '๒. เอกสารประกอบวาระการประชุม',
      'ตามที่', 'ในวันพุธที่ ๑๒ มีนาคม ๒๕๖๘ เวลา ๐๙.๓๐ น.', 'จึงเรียนมาเพื่อโปรดทราบ', 'ขอแสดงความนับถือ',
      '(นายสมชาย รักษ์ไทย)', 'รองผู้ว่าราชการจังหวัดตัวอย่าง',
      'กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด', 'โทร. ๐ ๓๙๕๑ ๑๒๓๔', 'โทรสาร', 'ไปรษณีย์อิเล็กทรอนิกส์ strategy@example.go.th',
    ]);
  });

  it('draws the Garuda 3 cm high, centred, its top 1.5 cm from the edge', () => {
    const trace = execFileSync('mutool', ['trace', pdf], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    const [a, , , d, e, f] = /<fill_image [^>]*transform="([^"]+)"/.exec(trace)![1]!.split(/\s+/).map(Number) as number[];
    expect(d).toBeCloseTo(3 * CM, 1);
    expect(a).toBeCloseTo((3 * CM * 260) / 300, 1);
    expect(e! + a! / 2).toBeCloseTo(21 * CM / 2 + (3 - 2) * CM / 2, 0); // the centre of the text column (margins 3 and 2 cm)
    expect(f).toBeCloseTo(1.5 * CM, 0); // mutool's y runs down: the image's top
  });

  it('puts ที่ and the agency on the same line under the Garuda, the date at the centre line, the unit at the bottom left', () => {
    const w = words(pdf);
    const number = word(w, 'ที่');
    const agency = word(w, 'สำนักงานจังหวัดตัวอย่าง');
    expect(Math.abs(number.y0 - agency.y0)).toBeLessThan(1);
    expect(number.x0).toBeCloseTo(3 * CM, 0);
    // The agency's name and address: a block left-aligned in itself whose longest line ends at the
    // right margin (within the 3% kept for TH SarabunPSK, and 1 pt).
    const address = addressSpans(w);
    expect(new Set(address.map((a) => a.x0.toFixed(1))).size).toBe(1);
    const right = Math.max(...address.map((a) => a.x1));
    const block = right - address[0]!.x0;
    expect(21 * CM - 2 * CM - right).toBeGreaterThanOrEqual(-1);
    expect(21 * CM - 2 * CM - right).toBeLessThan(block * 0.03 + 1);
    expect(number.y0).toBeGreaterThan(4.5 * CM - 1); // under the Garuda's foot (1.5 + 3 cm)
    expect(number.y0).toBeLessThan(4.5 * CM + 12);
    const date = w.find((x) => x.text === '๕' && x.y0 > agency.y1 + 30)!;
    expect(date.x0).toBeCloseTo(3 * CM + 7.5 * CM, 0);
    const closing = word(w, 'ขอแสดงความนับถือ');
    expect(closing.x0).toBeCloseTo(3 * CM + 7.5 * CM, 0);
    const signer = word(w, '(นายสมชาย');
    expect(signer.y0).toBeGreaterThan(closing.y1 + 2 * 21); // lines left to sign on
    // The form centres the signer's name and position under the closing (within 2 mm).
    const under = lineSpan(w, closing).mid;
    expect(Math.abs(lineSpan(w, signer).mid - under)).toBeLessThan(0.2 * CM);
    const position = w.find((x) => x.text === 'รองผู้ว่าราชการจังหวัดตัวอย่าง' && x.y0 > signer.y1)!;
    expect(Math.abs(lineSpan(w, position).mid - under)).toBeLessThan(0.2 * CM);
    const unit = word(w, 'กลุ่มงานยุทธศาสตร์');
    const email = word(w, 'strategy@example.go.th');
    expect(unit.x0).toBeCloseTo(3 * CM, 0);
    expect(unit.y0).toBeGreaterThan(signer.y1);
    expect(29.7 * CM - 2 * CM - email.y1).toBeLessThan(12); // its last line at the foot of the text area
    expect(29.7 * CM - 2 * CM - email.y1).toBeGreaterThan(-1);
  });

  it('DOCX: the Garuda inline and centred, ที่/address in a borderless table, the unit in a frame at the foot', async () => {
    const { documents } = await buildDocuments(file, ['invitation']);
    const body = strFromU8(unzipSync(new Uint8Array(await writeDocx(documents[0]!.doc)))['word/document.xml']!);
    expect(body).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:r><w:drawing><wp:inline/);
    expect(Number(/<wp:extent cx="\d+" cy="(\d+)"/.exec(body)![1]) / 360000).toBeCloseTo(3, 1);
    const table = /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*?สำนักงานจังหวัดตัวอย่าง[\s\S]*?<\/w:tbl>/.exec(body)![0];
    expect(table).toContain('<w:insideV w:val="none"');
    const cells = [...table.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]!.replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, '').replace(/\u2060/g, '').replace(/\u00A0/g, ' '));
    expect(cells).toEqual(['ที่ ตย ๐๐๑๗.๒/ว ๑๒๓', 'สำนักงานจังหวัดตัวอย่าง\nศาลากลางจังหวัดตัวอย่าง\nถนนหลักเมือง ตย ๑๐๐๐๐']);
    // The address column as wide as in the PDF (its longest line and 3%), the number's the rest.
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]) / 567);
    expect(grid[0]! + grid[1]!).toBeCloseTo(16, 2);
    const w = words(pdf);
    const address = addressSpans(w);
    expect(grid[1]!).toBeCloseTo((19 * CM - address[0]!.x0) / CM, 1);
    // The signer's lines centred on the closing's middle (9.05 cm from the left margin, as in the
    // template): each in a column symmetric about it, its indents in twips (567 a cm).
    const signature = [...body.matchAll(/<w:p><w:pPr><w:pStyle w:val="Signature"\/>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
    expect(signature.map((p) => p.replace(/<[^>]+>/g, '').replace(/\u2060/g, '').replace(/\u00A0/g, ' '))).toEqual(['', '(นายสมชาย รักษ์ไทย)', 'รองผู้ว่าราชการจังหวัดตัวอย่าง']);
    for (const p of signature) {
      const ind = /<w:ind w:left="(\d+)"(?: w:right="(\d+)")?\/>/.exec(p)!;
      const [left, right] = [Number(ind[1]) / 567, Number(ind[2] ?? 0) / 567];
      expect((left + (16 - right)) / 2).toBeCloseTo(9.05, 2);
    }
    const framed = [...body.matchAll(/<w:p><w:pPr>(?:<w:pStyle[^>]*\/>)?<w:framePr w:w="\d+" w:wrap="around" w:vAnchor="margin" w:hAnchor="margin" w:xAlign="left" w:yAlign="bottom"\/>[\s\S]*?<\/w:p>/g)];
    expect(framed.map((m) => m[0].replace(/<[^>]+>/g, ''))).toEqual([
      'กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด', 'โทร. ๐ ๓๙๕๑ ๑๒๓๔', 'โทรสาร ๐ ๓๙๕๑ ๑๒๓๕', 'ไปรษณีย์อิเล็กทรอนิกส์ strategy@example.go.th',
    ]);
  });

  it('without the Garuda: a draft shows a marked box of its size; a final letter is refused with a Thai message', async () => {
    const noGaruda = (y: string) => y.replace(/^ {2}garuda: .*\n/m, '');
    const draft = firstMeeting('no-garuda-draft', (y) => `status: draft\n${noGaruda(y)}`);
    const out = await pdfOf(draft, 'invitation');
    expect(text(out)).toContain('ตราครุฑ');
    const trace = execFileSync('mutool', ['trace', out], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    expect(trace).not.toContain('<fill_image');
    // The emblem's size, 2.7 × 3 cm, its top 1.5 cm from the edge but for the draft mark's line (21 + 6 pt) above it.
    const box = dashedBox(out);
    expect(Math.abs(box.bottom - box.top - 3 * CM)).toBeLessThan(1); // ¾ pt rules
    expect(Math.abs(box.right - box.left - 2.7 * CM)).toBeLessThan(1.5);
    expect(Math.abs(box.top - (1.5 * CM + 21 + 6))).toBeLessThan(1);
    const final = firstMeeting('no-garuda-final', noGaruda);
    const error = await buildDocuments(final, ['invitation']).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SarabanError);
    expect((error as SarabanError).format('th')).toContain('หนังสือเชิญประชุมฉบับจริงต้องมีภาพตราครุฑ');
    expect((error as SarabanError).format('th')).toMatch(/meeting-1\.yaml/);
  });
});

describe('the memo form, the agenda paper and the sign-in sheet', () => {
  it('the internal invitation (meeting 2) is a memo: บันทึกข้อความ, ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน, body, signature', async () => {
    const folder = path.join(tmp, 'second');
    execFileSync('mkdir', ['-p', folder]);
    writeFileSync(path.join(folder, 'garuda-stand-in.png'), png(260, 300));
    copyFileSync(path.join(EXAMPLE, 'meeting-2.yaml'), path.join(folder, 'meeting-2.yaml'));
    const pdf = await pdfOf(path.join(folder, 'meeting-2.yaml'), 'invitation');
    inOrder(text(pdf), ['บันทึกข้อความ', 'ส่วนราชการ', 'ที่ ตย ๐๐๑๗.๒/ว ๑๕๖', 'วันที่ ๒ เมษายน ๒๕๖๘', 'เรื่อง ขอเชิญประชุม', 'ครั้งที่ ๒/๒๕๖๘', 'เรียน กรรมการทุกท่าน', 'ในวันพุธที่ ๙ เมษายน ๒๕๖๘', '(นายสมชาย รักษ์ไทย)']);
  });

  it('the memo form\'s draft without a Garuda: the marked box at the top left, level with บันทึกข้อความ (PDF), floating before it (DOCX)', async () => {
    const folder = path.join(tmp, 'second-draft');
    execFileSync('mkdir', ['-p', folder]);
    const file = path.join(folder, 'meeting-2.yaml');
    writeFileSync(file, `status: draft\n${readFileSync(path.join(EXAMPLE, 'meeting-2.yaml'), 'utf8').replace(/^ {2}garuda: .*\n/m, '')}`);
    const pdf = await pdfOf(file, 'invitation');
    const w = words(pdf);
    const heading = word(w, 'บันทึกข้อความ');
    const label = w.find((x) => x.text === 'ครุฑ')!;
    expect(label.x1).toBeLessThan(3 * CM + 1.3 * CM); // in the 1.3 cm box at the left margin
    // Beside the heading, not above it: the box (1.5 cm, its label in the middle) ends at the foot
    // of the heading's 35 pt line.
    expect(label.y1).toBeGreaterThan(heading.y0);
    expect(Math.abs((label.y0 + label.y1) / 2 - (heading.y1 - 0.75 * CM))).toBeLessThan(0.4 * CM);
    // Its size is the form's (1.3 × 1.5 cm, within its ¾ pt rules), its foot at the foot of the
    // heading's 35 pt line, where the next line (ส่วนราชการ) starts after the 6 pt gap.
    const box = dashedBox(pdf);
    expect(Math.abs(box.bottom - box.top - 1.5 * CM)).toBeLessThan(1); // ¾ pt rules
    expect(Math.abs(box.right - box.left - 1.3 * CM)).toBeLessThan(1.5); // ¾ pt rules
    expect(box.left).toBeCloseTo(3 * CM, 0);
    expect(box.bottom).toBeLessThan(word(w, 'ส่วนราชการ').y0 - 6 + 1);
    const { documents } = await buildDocuments(file, ['invitation']);
    const body = strFromU8(unzipSync(new Uint8Array(await writeDocx(documents[0]!.doc)))['word/document.xml']!);
    // The box is a floating table (w:tblpPr, at the margin, its foot at the line's foot), just before the heading.
    expect(body).toMatch(/<w:tbl><w:tblPr><w:tblpPr [^>]*w:vertAnchor="text" w:horzAnchor="margin" w:tblpY="-\d+"\/>(?:(?!<\/w:tbl>)[\s\S])*ครุฑ[\s\S]*?<\/w:tbl><w:p><w:pPr><w:pStyle w:val="MemoHeading"\/>/);
  });

  it('the agenda paper: the meeting, then ระเบียบวาระที่ ๑–๕ with matters, presenters and numbered papers, no resolutions', async () => {
    const pdf = await pdfOf(firstMeeting('agenda'), 'agenda');
    const all = text(pdf);
    inOrder(all, [
      'ระเบียบวาระการประชุมคณะกรรมการขับเคลื่อนการพัฒนาจังหวัดตัวอย่าง', 'ครั้งที่ ๑/๒๕๖๘', 'วันพุธที่ ๑๒ มีนาคม ๒๕๖๘ เวลา ๐๙.๓๐ น.', 'ณ ห้องประชุมชั้น ๒',
      'ระเบียบวาระที่ ๑', 'ระเบียบวาระที่ ๒', 'ระเบียบวาระที่ ๓', 'ระเบียบวาระที่ ๔ เรื่องเพื่อพิจารณา',
      '๔.๑ แผนการขับเคลื่อนโครงการ', 'ผู้นำเสนอ: หัวหน้ากลุ่มงานยุทธศาสตร์', 'เอกสารประกอบวาระที่ ๔.๑/๑ แผนการขับเคลื่อนโครงการ ๑๒ โครงการ', 'เอกสารประกอบวาระที่ ๔.๑/๒ ปฏิทินการติดตามผล',
      '๔.๒ การปรับปรุงเส้นทางท่องเที่ยวชุมชน', 'ผู้นำเสนอ: ท่องเที่ยวและกีฬาจังหวัดตัวอย่าง', 'เอกสารประกอบวาระที่ ๔.๒ ข้อเสนอเส้นทางท่องเที่ยวชุมชน',
      'ระเบียบวาระที่ ๕',
    ]);
    expect(all).not.toContain('มติ');
  });

  it('the sign-in sheet: ลำดับ | ชื่อ–สกุล | ตำแหน่ง | ลายมือชื่อ | หมายเหตุ on every page, members then guests, rows 1.2 cm to sign', async () => {
    // 30 members: the table runs onto a second page.
    const members = Array.from({ length: 30 }, (_, k) => `    - { title: นาย, name: กรรมการ${k + 1}, surname: ทดสอบ, position: ตำแหน่งที่ ${k + 1}, role: กรรมการ }`).join('\n');
    const file = firstMeeting('signin', (y) => y.replace(/(committee:\n {2}name: .*\n {2}members:\n)(?: {4}- .*\n)+/, `$1${members}\n`));
    const pdf = await pdfOf(file, 'signin');
    const pages = text(pdf).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) inOrder(p, ['ลำดับ', 'ชื่อ–สกุล', 'ตำแหน่ง', 'ลายมือชื่อ', 'หมายเหตุ']);
    inOrder(pages.join(''), ['นายกรรมการ๑ ทดสอบ', 'นายกรรมการ๓๐ ทดสอบ', 'ผู้เข้าร่วมประชุม', '๓๔']);
    // Rows at least 1.2 cm apart.
    const w = words(pdf);
    const rows = ['๑', '๒', '๓'].map((n) => w.find((x) => x.text === n && x.x0 < 3 * CM + 1.3 * CM)!.y0);
    expect(rows[1]! - rows[0]!).toBeGreaterThanOrEqual(1.2 * CM - 0.5);
    expect(rows[2]! - rows[1]!).toBeGreaterThanOrEqual(1.2 * CM - 0.5);
    // The guests' heading row is a line of text, not a row to sign in: from its top to the next
    // row's (๓๑), one line and the cell padding, well under 1.2 cm.
    const wl = words(pdf, pages.findIndex((p) => p.includes('ผู้เข้าร่วมประชุม\n')) + 1);
    const guests = word(wl, 'ผู้เข้าร่วมประชุม');
    const firstGuest = wl.find((x) => x.text === '๓๑' && x.y0 > guests.y0)!;
    expect(firstGuest.y0 - guests.y0).toBeLessThan(0.9 * CM);

    const { documents } = await buildDocuments(file, ['signin']);
    const body = strFromU8(unzipSync(new Uint8Array(await writeDocx(documents[0]!.doc)))['word/document.xml']!);
    const trs = [...body.matchAll(/<w:tr>(<w:trPr>.*?<\/w:trPr>)/g)].map((m) => m[1]);
    expect(trs[0]).toBe('<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    const toSign = '<w:trPr><w:cantSplit/><w:trHeight w:val="680" w:hRule="atLeast"/></w:trPr>';
    expect(trs).toHaveLength(1 + 30 + 1 + 4);
    // Members, then the guests' heading row as tall as its text, then the guests' rows.
    expect(trs.slice(1, 31).every((t) => t === toSign)).toBe(true);
    expect(trs[31]).toBe('<w:trPr><w:cantSplit/></w:trPr>');
    expect(trs.slice(32).every((t) => t === toSign)).toBe(true);
  });
});

describe('the cycle: a batch of invitations, and the next meeting', () => {
  beforeAll(() => buildIfStale());

  it('a batch writes one invitation per member with เรียน + their position; a rerun skips them', () => {
    const file = firstMeeting('batch');
    const out = path.join(tmp, 'batch-out');
    const args = [CLI, 'batch', file, '-t', 'invitation', '--each', 'committee.members', '--name', '{{batch.seq}} {{item.name}}', '-f', 'txt', '--out', out, '--json', '--jobs', '0'];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 7, rendered: 7, skipped: 0, failed: 0 });
    const files = readdirSync(out).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toHaveLength(7);
    expect(readFileSync(path.join(out, files[2]!), 'utf8')).toMatch(/^เรียน {2}เกษตรจังหวัดตัวอย่าง$/m);
    expect(readFileSync(path.join(out, files[0]!), 'utf8')).toMatch(/^เรียน {2}รองผู้ว่าราชการจังหวัดตัวอย่าง$/m);
    const rerun = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(JSON.parse(rerun.stdout)).toMatchObject({ total: 7, rendered: 0, skipped: 7 });
  });

  it('saraban next writes meeting-2.yaml: a draft that validates and renders, endorsing ครั้งที่ ๑ and carrying 4.2 over with its resolution', () => {
    const file = firstMeeting('next');
    const run = spawnSync(process.execPath, [CLI, 'next', file, '--lang', 'en'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const next = path.join(path.dirname(file), 'meeting-2.yaml');
    expect(run.stdout.trim()).toBe(next);
    const yaml = readFileSync(next, 'utf8');
    expect(yaml).toMatch(/^status: draft$/m);
    expect(yaml).toMatch(/^ {2}number: 2$/m);
    expect(yaml).toContain('# กรอก: date: วันที่ประชุม');
    expect(yaml).not.toMatch(/^ {2}date: 2568-03-12/m);
    // Never over an existing file without --force.
    const again = spawnSync(process.execPath, [CLI, 'next', file, '--lang', 'th'], { encoding: 'utf8' });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('มีไฟล์');
    expect(again.stderr).toContain('ไม่เขียนทับ');
    expect(readFileSync(next, 'utf8')).toBe(yaml);

    const check = spawnSync(process.execPath, [CLI, 'validate', next, '--lang', 'en'], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    const out = path.join(tmp, 'next-out');
    const render = spawnSync(process.execPath, [CLI, 'render', next, '-f', 'txt', '--out', out, '--lang', 'en'], { encoding: 'utf8' });
    expect(render.status, render.stderr).toBe(0);
    const agenda = readFileSync(path.join(out, 'meeting-2.agenda.txt'), 'utf8');
    inOrder(agenda, [
      'ร่าง', 'ครั้งที่ ๒/',
      'ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุม ครั้งที่ ๑/๒๕๖๘', 'เอกสารประกอบวาระที่ ๒ รายงานการประชุม ครั้งที่ ๑/๒๕๖๘',
      'ระเบียบวาระที่ ๓ เรื่องสืบเนื่อง', '๓.๑ การปรับปรุงเส้นทางท่องเที่ยวชุมชนเชื่อมโยงสามอำเภอ',
      '(สืบเนื่องจากการประชุมครั้งที่ ๑/๒๕๖๘ ระเบียบวาระที่ ๔.๒ ซึ่งที่ประชุมมอบหมายให้ท่องเที่ยวและกีฬาจังหวัดสำรวจความพร้อมของชุมชนทั้งสามอำเภอ',
      'ระเบียบวาระที่ ๔', 'ระเบียบวาระที่ ๕',
    ]);
    // Matters not marked carry_over stay behind.
    expect(agenda).not.toContain('แผนการขับเคลื่อนโครงการ');
    const invitation = readFileSync(path.join(out, 'meeting-2.invitation.txt'), 'utf8');
    expect(invitation).toContain('ครั้งที่ ๒/');
    expect(invitation).toContain('วัน……………ที่ ……… เดือน……………… พ.ศ. ………');
  });
});
