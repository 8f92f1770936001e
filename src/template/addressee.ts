// Whom a memo addresses when the data names only the agency: by the head's position, as Thai
// offices write "เรียน เกษตรจังหวัดตราด", not "เรียน หัวหน้าสำนักงานเกษตรจังหวัดตราด". Data, not
// code: a provincial office "สำนักงาน{X}จังหวัด{Y}" is headed by "{X}จังหวัด{Y}" for the offices
// listed here; a few have a position of their own; any other agency by "ผู้อำนวยการ" + its name.
// The data's own `to` always wins (docs/batch.md).

/** Provincial offices whose head is the office's name without "สำนักงาน" (เกษตรจังหวัด…). */
const HEAD_IS_OFFICE_NAME = [
  'เกษตร', 'พาณิชย์', 'ขนส่ง', 'จัดหางาน', 'แรงงาน', 'คลัง', 'ประชาสัมพันธ์', 'วัฒนธรรม', 'สถิติ',
  'ทรัพยากรธรรมชาติและสิ่งแวดล้อม', 'อุตสาหกรรม', 'ปศุสัตว์', 'ประมง', 'สหกรณ์', 'พลังงาน',
  'โยธาธิการและผังเมือง', 'ท่องเที่ยวและกีฬา', 'พัฒนาสังคมและความมั่นคงของมนุษย์',
  'สวัสดิการและคุ้มครองแรงงาน', 'ศึกษาธิการ', 'ประกันสังคม',
];

/** Provincial offices whose head has a position of its own. */
const HEAD_POSITION: Record<string, string> = {
  '': 'หัวหน้าสำนักงานจังหวัด', // สำนักงานจังหวัด{Y}
  'พัฒนาชุมชน': 'พัฒนาการจังหวัด',
  'สาธารณสุข': 'นายแพทย์สาธารณสุขจังหวัด',
  'ส่งเสริมการปกครองท้องถิ่น': 'ท้องถิ่นจังหวัด',
  'ที่ดิน': 'เจ้าพนักงานที่ดินจังหวัด',
};

/** The customary addressee for an agency: "สำนักงานเกษตรจังหวัดตราด" → "เกษตรจังหวัดตราด". */
export function headOf(agency: string): string {
  const name = agency.trim();
  const office = /^สำนักงาน(.*?)จังหวัด(.+)$/.exec(name);
  if (office) {
    const [, kind = '', province] = office;
    if (Object.hasOwn(HEAD_POSITION, kind)) return `${HEAD_POSITION[kind]}${province}`;
    if (HEAD_IS_OFFICE_NAME.includes(kind)) return `${kind}จังหวัด${province}`;
  }
  return `ผู้อำนวยการ${name}`;
}
