// Words of official Thai that libthai's word list (dictionary.ts) lacks, so that segmentation
// would split them ("ผู้อำนวยการกองคลัง" → "ผู้|อำนวย|การก|องค|ลัง" by ICU alone). They join the
// word list as ordinary words; a data file's own `dictionary:` adds names and terms that are
// never split at all. Keep the list to whole words a Thai editor would not break, and only to
// words the word list does not have (test/thai/breaks.test.ts checks that).
export const OFFICIAL_TERMS: readonly string[] = [
  'ผู้อำนวยการ', 'ผู้ว่าราชการ', 'รองผู้ว่าราชการ', 'ปลัดจังหวัด', 'นายกรัฐมนตรี', 'ส่วนราชการ', 'ข้อบัญญัติ',
  'ชำนาญการพิเศษ', 'ชำนาญการ', 'ชำนาญงาน', 'ทรงคุณวุฒิ',
  'กองคลัง', 'กองการเจ้าหน้าที่', 'กลุ่มงาน',
  'ที่ประชุม', 'องค์ประชุม', 'ระเบียบวาระ', 'เห็นชอบ', 'ต่อไป', 'ดำเนินการ', 'นำเสนอ',
  'นวัตวิถี', 'เลิศรัฐ', 'รายหมวด', 'ภาพรวม', 'ภาครัฐ', 'ภาคเอกชน', 'ขับเคลื่อน', 'ตัวชี้วัด', 'คณะทำงาน',
];
