// The parts of a news release beyond the seed's shape, each rendered to text as a PR office writes
// it: the lead's three forms, named participants, sittings and votes, a sub-headline, points from
// the minutes of the same data file, and the errors a clerk gets for a point that is not there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTxt } from '../../src/writers/txt.js';
import { exampleDocument, ROOT } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'saraban-news-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
async function txt(yaml: string): Promise<string> {
  const file = path.join(dir, `news-${++n}.yaml`);
  writeFileSync(file, yaml);
  return writeTxt(await exampleDocument('news', file));
}

const COUNCIL = `
agency: { name: องค์การบริหารส่วนจังหวัดนครราชสีมา, abbreviation: อบจ.นครราชสีมา }
meeting:
  title: สภา
  date: 2022-09-13
  start: "14:00"
  venue: ห้องประชุมสภา อบจ.นครราชสีมา
  chair: { title: นาย, name: รักชาติ, surname: กิริวัฒนศักดิ์, position: ประธานสภา อบจ. }
`;

describe('news release shapes', () => {
  it('convened-by lead with a council sitting, named participants with a count, vote results and a sub-headline', async () => {
    const text = await txt(`${COUNCIL}
news:
  headline: สภา อบจ.โคราช โหวต!!! ผ่านร่างข้อบัญญัติงบปี’66
  subheadline: เห็นชอบร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ.2566
  sitting: { session: 2, number: 3, year: 2565 }
  lead:
    form: convener
    weekday: true
    date_prefix: เมื่อ
    when: opening
    with:
      - { title: นาง, name: ยลดา, surname: หวังศุภกิจโกศล, position: นายก อบจ. }
      - { group: สมาชิกสภา อบจ., count: 42, of: 48 }
  paragraphs:
    - ในระเบียบวาระที่ 3 เป็นญัตติขอความเห็นชอบร่างข้อบัญญัติ อบจ.นครราชสีมา งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ.2566 วาระที่สอง และวาระที่สาม
  votes: { motion: ร่างข้อบัญญัติดังกล่าว, for: 39, abstain: 1 }
  byline: งานประชาสัมพันธ์ อบจ.นครราชสีมา
`);
    expect(text).toBe(
      [
        'สภา อบจ.โคราช โหวต!!! ผ่านร่างข้อบัญญัติงบปี’66',
        'เห็นชอบร่างข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ.2566',
        'เมื่อวันอังคารที่ 13 กันยายน 2565 เวลา 14.00 น. นายรักชาติ กิริวัฒนศักดิ์ ประธานสภา อบจ. ได้นัดให้มีการประชุมสภาสมัยสามัญ สมัยที่ 2 ครั้งที่ 3/2565 โดยมี นางยลดา หวังศุภกิจโกศล นายก อบจ. พร้อมด้วย สมาชิกสภา อบจ. 42 คน จาก 48 คน เข้าร่วมประชุม ณ ห้องประชุมสภา อบจ.นครราชสีมา',
        'ในระเบียบวาระที่ 3 เป็นญัตติขอความเห็นชอบร่างข้อบัญญัติ อบจ.นครราชสีมา งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ.2566 วาระที่สอง และวาระที่สาม',
        'มติที่ประชุม เห็นชอบร่างข้อบัญญัติดังกล่าว 39 คน งดออกเสียง 1 คน\nงานประชาสัมพันธ์ อบจ.นครราชสีมา\n',
      ].join('\n\n'),
    );
  });

  it('attendee-led lead: who went, the purpose, then the chair "โดยมี … เป็นประธาน" and who else came', async () => {
    const text = await txt(`${COUNCIL}
news:
  headline: { who: ผอ.กองคลัง, action: ร่วมประชุม, spaced: true }
  lead:
    form: attendee
    by: [{ title: นางสาว, name: สมใจ, surname: รักงาน, position: ผู้อำนวยการกองคลัง }]
    purpose: เพื่อรับฟังการชี้แจงงบประมาณ
    with: [{ group: หัวหน้าส่วนราชการ }]
    when: line
`);
    expect(text).toBe(
      'ผอ.กองคลัง ร่วมประชุมสภา\n\n13 กันยายน 2565 เวลา 14.00 น. ณ ห้องประชุมสภา อบจ.นครราชสีมา\n\n' +
        'นางสาวสมใจ รักงาน ผู้อำนวยการกองคลัง ได้เข้าร่วมการประชุมสภา เพื่อรับฟังการชี้แจงงบประมาณ โดยมี นายรักชาติ กิริวัฒนศักดิ์ ประธานสภา อบจ. เป็นประธาน พร้อมด้วย หัวหน้าส่วนราชการ เข้าร่วมประชุม\n',
    );
  });

  it('a chair-led lead naming no one else does not end in "เข้าร่วมประชุมการ…" (and when: none states no place)', async () => {
    const text = await txt(`${COUNCIL}
news: { lead: { when: none } }
`);
    expect(text).toBe('อบจ.นครราชสีมา ร่วมประชุมสภา\n\nนายรักชาติ กิริวัฒนศักดิ์ ประธานสภา อบจ. เป็นประธานการประชุมสภา\n');
  });

  it('takes points from the minutes of the same data file (data/committee-sample.yaml)', async () => {
    const text = writeTxt(await exampleDocument('news', path.join(ROOT, 'data/committee-sample.yaml')));
    expect(text).toContain(
      'ที่ประชุมได้พิจารณาเรื่องสำคัญ ดังนี้\n' +
        '1. ผลการประเมินตนเองตามเกณฑ์ PMQA 4.0 ที่ประชุมมีมติเห็นชอบผลการประเมินตนเอง และให้ใช้เป็นข้อมูลประกอบการสมัครรางวัล\n' +
        '2. แผนการพัฒนาองค์การ ประจำปี พ.ศ. 2565 ที่ประชุมมีมติเห็นชอบร่างแผนการพัฒนาองค์การ โดยให้ปรับลดวงเงินโครงการที่ 3 ลงร้อยละ 10\n' +
        '3. ทุกหมวดเร่งจัดทำข้อมูลประกอบการสมัครรางวัล',
    );
    expect(text).toContain('เมื่อวันพฤหัสบดีที่ 26 สิงหาคม 2564 เวลา 09.30 น. นายสมศักดิ์ ประเสริฐวงศ์');
    expect(text).toContain('พร้อมด้วย กรรมการ 9 คน จาก 11 คน เข้าร่วมประชุม');
    expect(text).toContain('\nกลุ่มพัฒนาระบบบริหาร กองยุทธศาสตร์และแผนงาน\n\nเผยแพร่ 27 สิงหาคม 2564\n');
  });

  it('names a point of the minutes that is not there, at its line', async () => {
    const file = path.join(dir, 'missing.yaml');
    const { readFileSync } = await import('node:fs');
    writeFileSync(file, readFileSync(path.join(ROOT, 'data/committee-sample.yaml'), 'utf8').replace('from_minutes: "4.2"', 'from_minutes: "4.7"'));
    await expect(exampleDocument('news', file)).rejects.toThrow(/4\.7/);
  });
});

describe('the wording a draft composes (issue 30)', () => {
  const MEETING = `
agency: { name: จังหวัดตัวอย่าง }
meeting:
  title: คณะกรรมการตัวอย่าง
  date: 2025-04-25
  start: "13:30"
  venue: ห้องประชุมใหญ่
  chair: { title: พลตำรวจเอก, name: สมมาตร, surname: ใจกล้า, position: รองนายกรัฐมนตรี }
`;
  it('a rank that takes a space, the date seen from a later publication, the parts in the order given, a sitting with its session', async () => {
    const text = await txt(`${MEETING}
news:
  headline: ""
  sitting: { session: 1, number: 2, year: 2568, style: annual }
  lead: { when: opening, relative: true, order: [title, when, chair, place], verb: ประชุม }
  published: 2025-04-28
`);
    expect(text).toBe('ประชุมคณะกรรมการตัวอย่างสมัยสามัญ สมัยที่ 1 ครั้งที่ 2 ประจำปี 2568 เมื่อวันศุกร์ที่ 25 เมษายน 2568 เวลา 13.30 น. พลตำรวจเอก สมมาตร ใจกล้า รองนายกรัฐมนตรี ณ ห้องประชุมใหญ่\n\nเผยแพร่ 28 เมษายน 2568\n');
  });

  it('the spokesperson on the chair\'s assignment opens the points; the date line and byline at the top without a byline', async () => {
    const text = await txt(`${MEETING}
news:
  headline: ข่าว
  lead: { when: none }
  spokesperson: { title: นาง, name: ศรีสุดา, surname: ดีงาม, position: โฆษกจังหวัด }
  points: [{ text: ที่ประชุมรับทราบ }]
  published: 2025-04-28
  furniture: { at: top }
`);
    expect(text).toBe('ข่าว\n\nเผยแพร่ 28 เมษายน 2568\n\nพลตำรวจเอก สมมาตร ใจกล้า รองนายกรัฐมนตรี เป็นประธานการประชุมคณะกรรมการตัวอย่าง\n\nประธานมอบหมาย นางศรีสุดา ดีงาม โฆษกจังหวัด แถลงผลการประชุม ดังนี้\n1. ที่ประชุมรับทราบ\n');
  });

  it('titles join the name as Thai writes them: the spaced ones are data', async () => {
    const { titled, SPACED_TITLES } = await import('../../src/thai/index.js');
    expect(titled('พลเอก', 'ประยุทธ์')).toBe('พลเอก ประยุทธ์');
    expect(titled('นาย', 'ณัฐพงษ์')).toBe('นายณัฐพงษ์');
    expect(titled('พลตำรวจเอก ดร.', 'สมชาย')).toBe('พลตำรวจเอก ดร.สมชาย');
    expect(titled('หม่อมหลวง', 'ปนัดดา')).toBe('หม่อมหลวง ปนัดดา');
    expect(titled('', 'สมชาย')).toBe('สมชาย');
    expect(SPACED_TITLES).toContain('พลอากาศเอก');
  });
});
