// The minutes as text and as the Document model: every field of the regulation's form, in its
// order, with dates and times the way Thai offices write them.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeTxt } from '../../src/writers/txt.js';
import { exampleDocument, EXAMPLE, ROOT } from '../helpers.js';
import { loadAndValidate, prepareTemplate, buildDocument } from '../../src/pipeline/documents.js';
import type { Block, Document } from '../../src/model/document.js';
import { inlineText, SIGNATURE_DOTS } from '../../src/model/document.js';

const SAMPLE = path.join(ROOT, 'data/committee-sample.yaml');

/** Asserts that each line is in the text, each after the one before; returns their positions. */
function expectInOrder(text: string, lines: string[]): void {
  let from = 0;
  for (const line of lines) {
    const at = text.indexOf(line, from);
    expect(at, `"${line}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + line.length;
  }
}

const blockText = (b: Block) => (b.kind === 'paragraph' || b.kind === 'heading' ? inlineText(b.content) : '');

describe('minutes of the committee sample', async () => {
  const doc = await exampleDocument('minutes', SAMPLE);
  const txt = writeTxt(doc);

  it('states every field of the form in the order of the regulation', () => {
    expectInOrder(txt, [
      'รายงานการประชุมคณะกรรมการพัฒนาคุณภาพการบริหารจัดการภาครัฐ กรมตัวอย่าง\n',
      'ครั้งที่ ๓/๒๕๖๔\n',
      'เมื่อวันพฤหัสบดีที่ ๒๖ สิงหาคม ๒๕๖๔\n',
      'ณ ห้องประชุม ๑ ชั้น ๓ อาคารกรมตัวอย่าง และผ่านสื่ออิเล็กทรอนิกส์ (Zoom Cloud Meetings)\n',
      'ผู้มาประชุม\n',
      '๑.\tนายสมศักดิ์ ประเสริฐวงศ์\tรองอธิบดีกรมตัวอย่าง\tประธานกรรมการ\n',
      '๔.\tนางสาวกมลชนก แสงทอง\tนักทรัพยากรบุคคลชำนาญการพิเศษ แทน ผู้อำนวยการกองการเจ้าหน้าที่\tกรรมการ\n',
      '๗.\tนางสาวจันทร์เพ็ญ รุ่งเรือง\tผู้อำนวยการกลุ่มพัฒนาระบบบริหาร\tกรรมการและเลขานุการ\n',
      'ผู้ไม่มาประชุม\n',
      '๑.\tนายประยุทธ สุขสวัสดิ์\tผู้อำนวยการสำนักงานเลขานุการกรม\tติดราชการ\n',
      '๒.\tนางสุนีย์ วงศ์ใหญ่\tผู้อำนวยการกองกฎหมาย\tลาป่วย\n',
      'ผู้เข้าร่วมประชุม\n',
      '๑.\tนายวีระศักดิ์ ชัยมงคล\tที่ปรึกษาด้านการพัฒนาระบบราชการ\tวิทยากร\n',
      'เริ่มประชุมเวลา ๐๙.๓๐ น.\n',
      'ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ\n',
      'มติที่ประชุม ที่ประชุมรับทราบ\n',
      'ระเบียบวาระที่ ๒ เรื่องรับรองรายงานการประชุม ครั้งที่ ๒/๒๕๖๔\n',
      'มติที่ประชุม ที่ประชุมรับรองรายงานการประชุม ครั้งที่ ๒/๒๕๖๔ โดยไม่มีการแก้ไข\n',
      'ระเบียบวาระที่ ๓ เรื่องสืบเนื่อง\n',
      '๒) หมวด ๒ การวางแผนเชิงยุทธศาสตร์ อยู่ระหว่างปรับปรุง\n(๑) ทบทวนตัวชี้วัดระดับกอง\n(๒) จัดทำแผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๕ (ฉบับร่าง)\n๓) ',
      'ระเบียบวาระที่ ๔ เรื่องเพื่อพิจารณา\n',
      '๔.๑ ผลการประเมินตนเองตามเกณฑ์ PMQA',
      'หมวด\tประเด็น\tคะแนน ๒๕๖๓\tคะแนน ๒๕๖๔\n๑\tการนำองค์การ\t๓๑๐\t๓๕๐\n',
      'มติที่ประชุม ที่ประชุมมีมติเห็นชอบผลการประเมินตนเอง',
      '๔.๒ แผนการพัฒนาองค์การ ประจำปี พ.ศ. ๒๕๖๕\n',
      'วงเงินงบประมาณรวม ๔๕๐,๐๐๐ บาท',
      'มติที่ประชุม ที่ประชุมมีมติเห็นชอบร่างแผนการพัฒนาองค์การ',
      'ระเบียบวาระที่ ๕ เรื่องอื่น ๆ\n- ไม่มี -\n',
      'เลิกประชุมเวลา ๑๒.๐๐ น.\n',
      `(ลงชื่อ) ${SIGNATURE_DOTS} ผู้จดรายงานการประชุม\n(นายณัฐวุฒิ ใจดี)\nนักวิเคราะห์นโยบายและแผนชำนาญการ\n`,
      `(ลงชื่อ) ${SIGNATURE_DOTS} ผู้ตรวจรายงานการประชุม\n(นางสาวจันทร์เพ็ญ รุ่งเรือง)\nผู้อำนวยการกลุ่มพัฒนาระบบบริหาร\n`,
    ]);
  });

  it('lays the page out as an official document', () => {
    expect(doc.meta).toMatchObject({
      margins: { top: 2.5, right: 2, bottom: 2, left: 3 },
      fontSize: 16,
      thaiDigits: true,
      pageNumbers: { from: 2, format: '- {n} -', position: 'top' },
    });
    expect(doc.meta.title).toBe('รายงานการประชุมคณะกรรมการพัฒนาคุณภาพการบริหารจัดการภาครัฐ กรมตัวอย่าง ครั้งที่ ๓/๒๕๖๔');
  });

  it('keeps every label and agenda heading with what follows, and indents paragraphs 2.5 cm', () => {
    const heads = doc.blocks.filter((b) => /^(ผู้มาประชุม|ผู้ไม่มาประชุม|ผู้เข้าร่วมประชุม|เริ่มประชุมเวลา|ระเบียบวาระที่|เลิกประชุมเวลา|๔\.[๑๒] )/.test(blockText(b)));
    expect(heads).toHaveLength(11);
    for (const h of heads) expect(h.keepWithNext, blockText(h)).toBe(true);
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph' && /^(ประธานแจ้งว่า|ฝ่ายเลขานุการ|มติที่ประชุม)/.test(blockText(b)));
    expect(paragraphs.length).toBeGreaterThanOrEqual(10);
    for (const p of paragraphs) expect(p).toMatchObject({ kind: 'paragraph', firstLine: 2.5, indent: 0 });
  });

  it('lists attendees in four aligned columns that stay whole across pages', () => {
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    const [present, absent, guests] = tables;
    for (const t of [present, absent, guests]) expect(t).toMatchObject({ widths: [1.3, 6.2, 5.2, 3.3], borders: false, headerRows: 0 });
    expect(present!.kind === 'table' && present!.rows).toHaveLength(8);
    expect(absent!.kind === 'table' && absent!.rows).toHaveLength(2);
  });

  it('closes with the end time, then the recorder and the checker signing, kept on one page', () => {
    const last = doc.blocks.at(-1)!;
    expect(last.kind).toBe('keep');
    const kept = last.kind === 'keep' ? last.blocks : [];
    expect(blockText(kept[0]!)).toBe('เลิกประชุมเวลา ๑๒.๐๐ น.');
    const signatures = kept.slice(1);
    expect(signatures.map((s) => s.kind === 'signature' && inlineText(s.caption))).toEqual(['ผู้จดรายงานการประชุม', 'ผู้ตรวจรายงานการประชุม']);
  });
});

describe('minutes options and forms', () => {
  async function build(file: string, change: (d: Record<string, any>) => void): Promise<Document> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const { loaded, data } = await loadAndValidate(file);
    change(data as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
    return buildDocument(data, await prepareTemplate('minutes'), path.dirname(loaded.file));
  }

  it('writes Arabic digits when the data turns Thai digits off', async () => {
    const txt = writeTxt(await build(SAMPLE, (d) => (d.options.thai_digits = false)));
    expectInOrder(txt, ['ครั้งที่ 3/2564\n', 'เมื่อวันพฤหัสบดีที่ 26 สิงหาคม 2564\n', 'เริ่มประชุมเวลา 09.30 น.\n', 'เลิกประชุมเวลา 12.00 น.\n']);
  });

  it('gives an electronic-only meeting its platform as the place, and a custom title and year', async () => {
    const txt = writeTxt(await build(SAMPLE, (d) => {
      d.minutes.electronic_only = true;
      d.minutes.title = 'คณะทำงาน PMQA';
      d.minutes.year = 2565;
    }));
    expect(txt.startsWith('รายงานการประชุมคณะทำงาน PMQA\nครั้งที่ ๓/๒๕๖๕\nเมื่อวันพฤหัสบดีที่ ๒๖ สิงหาคม ๒๕๖๔\nผ่านสื่ออิเล็กทรอนิกส์ (Zoom Cloud Meetings)\n')).toBe(true);
  });

  it('leaves out the absentee and guest lists when there are none', async () => {
    const txt = writeTxt(await build(SAMPLE, (d) => {
      d.minutes.absent = [];
      d.minutes.guests = [];
      d.minutes.checker = undefined;
    }));
    expect(txt).not.toContain('ผู้ไม่มาประชุม');
    expect(txt).not.toContain('ผู้เข้าร่วมประชุม');
    expect(txt).not.toContain('ผู้ตรวจรายงานการประชุม');
    expect(txt.trimEnd().endsWith('นักวิเคราะห์นโยบายและแผนชำนาญการ')).toBe(true);
  });
});

describe('minutes of the seed meeting (trat-pmqa-2564)', async () => {
  const txt = writeTxt(await exampleDocument('minutes', EXAMPLE));

  it('turns the seed into a record: its date, place, chair, points and resolutions', () => {
    expectInOrder(txt, [
      'รายงานการประชุมซักซ้อมเสมือนจริงเพื่อเตรียมการตรวจประเมินรางวัลคุณภาพการบริหารจัดการภาครัฐ ประจำปี พ.ศ.๒๕๖๔\n',
      'เมื่อวันพฤหัสบดีที่ ๒๙ กรกฎาคม ๒๕๖๔\n',
      'ณ ห้องประชุมพลอยแดง ชั้น ๔ ศาลากลางจังหวัดตราด',
      '๑.\tนายณัฐพงษ์ สงวนจิตร\tรองผู้ว่าราชการจังหวัดตราด\tประธาน\n',
      '๒.\tนายมนตรี ฮมแสน\tพัฒนาการจังหวัดตราด\n',
      '๓.\tเกษตรจังหวัดตราด\n',
      'เริ่มประชุมเวลา ๑๐.๓๐ น.\n',
      'มติที่ประชุม ที่ประชุมเห็นชอบให้ส่วนราชการซักซ้อมการนำเสนอเสมือนจริง ผ่านระบบออนไลน์',
      'วิสัยทัศน์จังหวัดตราด คือ ตราดเมืองมั่งคั่ง',
      '๓) ประเด็นยุทธศาสตร์ที่ ๓ การบริหารจัดการทรัพยากรธรรมชาติ',
      '๑๒) การจองคิวล่วงหน้าผ่านระบบ DLT Smart Queue สำนักงานขนส่งจังหวัดตราด\n',
      'วันตรวจประเมิน คือ วันศุกร์ที่ ๓๐ กรกฎาคม ๒๕๖๔',
      'ระเบียบวาระที่ ๕ เรื่องอื่น ๆ\n- ไม่มี -\n',
      'เลิกประชุมเวลา ๑๒.๐๐ น.\n',
    ]);
  });
});
