// Words of official Thai that a line should never split, although ICU's dictionary segments them
// (or mis-segments them: "ผู้อำนวยการกองคลัง" → "ผู้|อำนวย|การก|องค|ลัง"). A data file's own
// `dictionary:` adds names and terms to these. Keep the list to whole words a Thai editor would
// not break; it only ever removes break opportunities.
export const OFFICIAL_TERMS: readonly string[] = [
  'ผู้อำนวยการ', 'ผู้ว่าราชการ', 'รองผู้ว่าราชการ', 'ปลัดจังหวัด', 'หัวหน้า', 'เจ้าหน้าที่', 'เจ้าพนักงาน',
  'ชำนาญการพิเศษ', 'ชำนาญการ', 'ชำนาญงาน', 'เชี่ยวชาญ', 'ทรงคุณวุฒิ',
  'กอง', 'กลุ่ม', 'กองคลัง', 'กองการเจ้าหน้าที่', 'กองกลาง', 'กลุ่มงาน', 'ศาลากลาง', 'ส่งเสริม', 'ท้องถิ่น',
  'ที่ประชุม', 'เห็นชอบ', 'รับทราบ', 'รายละเอียด', 'ต่อไป', 'ดำเนินการ', 'ประชาสัมพันธ์',
  'ซักซ้อม', 'นวัตวิถี', 'ภาพรวม', 'ร้อยละ',
  'ภาครัฐ', 'ภาคเอกชน', 'สิ่งแวดล้อม', 'ท่องเที่ยว', 'วิสัยทัศน์', 'งบประมาณ', 'บูรณาการ', 'ขับเคลื่อน',
  'ตัวชี้วัด', 'ร่วมมือ', 'นำเสนอ', 'พร้อมเพรียง',
];
