// What the editor says, in Thai and English, as one table: the server's refusals and the page's
// buttons and notes (sent to the page with the form). Field labels come from the schema.
import type { Bilingual } from '../messages/catalogue.js';
import type { Lang } from '../messages/i18n.js';

const t = (th: string, en: string): Bilingual => ({ th, en });

export const SERVE_TEXTS = {
  title: t('แก้ไขข้อมูลการประชุม', 'meeting data editor'),
  noscript: t('หน้านี้ต้องเปิดใช้ JavaScript', 'this page needs JavaScript'),
  file: t('ไฟล์ข้อมูล', 'data file'),
  save: t('บันทึก', 'Save'),
  saved: t('บันทึกแล้ว', 'saved'),
  saveFailed: t('บันทึกไม่สำเร็จ', 'could not save'),
  unsaved: t('ยังไม่ได้บันทึก', 'unsaved changes'),
  document: t('เอกสาร', 'document'),
  minutes: t('รายงานการประชุม', 'minutes'),
  news: t('ข่าวประชาสัมพันธ์', 'news release'),
  memo: t('บันทึกข้อความ', 'memo'),
  preview: t('ตัวอย่างเอกสาร', 'preview'),
  download: t('ดาวน์โหลด', 'Download'),
  draftPreview: t('แสดงเป็นฉบับร่าง จนกว่าจะกรอกข้อมูลครบ', 'shown as a draft until the data is complete'),
  noPreview: t('ตัวอย่างยังไม่เปลี่ยนตามที่แก้ไข: โปรดแก้ไขตามที่แจ้งไว้ก่อน', 'the preview waits until the problems listed are fixed'),
  problems: t('สิ่งที่ต้องแก้ไข', 'problems'),
  noProblems: t('ไม่พบปัญหา', 'no problems found'),
  add: t('เพิ่ม', 'Add'),
  remove: t('ลบ', 'Remove'),
  up: t('เลื่อนขึ้น', 'Move up'),
  down: t('เลื่อนลง', 'Move down'),
  row: t('แถวที่', 'row'),
  column: t('คอลัมน์ที่', 'column'),
  addRow: t('เพิ่มแถว', 'Add a row'),
  addColumn: t('เพิ่มคอลัมน์', 'Add a column'),
  removeColumn: t('ลบคอลัมน์สุดท้าย', 'Remove the last column'),
  item: t('ข้อที่', 'item'),
  form: t('รูปแบบ', 'form'),
  none: t('(ไม่มี)', '(none)'),
  default: t('ค่าเริ่มต้น', 'default'),
  yes: t('ใช่', 'yes'),
  pasteHint: t('วางรายชื่อจาก Excel ได้: คัดลอกหลายแถว แล้ววางในช่องใดก็ได้ของตาราง (คอลัมน์ตามลำดับหัวตาราง)', 'paste rows from Excel into any cell of the table (columns in the order of the header)'),
  dateHint: t('พิมพ์เป็น พ.ศ. เช่น 29 กรกฎาคม 2564 หรือ 29 ก.ค. 64', 'in Buddhist Era, e.g. 29 กรกฎาคม 2564 or 2564-07-29'),
  timeHint: t('เช่น 13.30', 'e.g. 13.30'),
  other: t('แก้ไขส่วนนี้ในไฟล์ YAML โดยตรง (ค่าที่มีอยู่จะคงไว้)', 'edit this part in the YAML file itself (its value is kept)'),
  importTable: t('นำเข้ารายชื่อจากไฟล์ CSV/XLSX ในโฟลเดอร์', 'load rows from a CSV/XLSX file of the folder'),
  savedWithProblems: t('บันทึกแล้ว แต่ยังมีสิ่งที่ต้องแก้ไข {n} รายการ', 'saved, with {n} problems still to fix'),
  overwrite: t('ไฟล์นี้ถูกแก้ไขจากโปรแกรมอื่นหลังจากเปิดไว้ ต้องการบันทึกทับหรือไม่', 'the file was changed by another program since it was opened: overwrite it?'),
  changedOnDisk: t('ไฟล์ถูกแก้ไขจากโปรแกรมอื่นหลังจากเปิดไว้: ยังไม่ได้บันทึกทับ', 'the file was changed by another program since it was opened: not overwritten'),
  badTable: t('ตารางต้องเป็นไฟล์ .csv .tsv หรือ .xlsx', 'a table must be a .csv, .tsv or .xlsx file'),
  // the server's refusals
  badHost: t('ปฏิเสธคำขอ: ที่อยู่ (Host) ไม่ใช่ของโปรแกรมนี้', 'refused: the Host is not this editor\'s'),
  badToken: t('ปฏิเสธคำขอ: ไม่มีรหัสของหน้าแก้ไข (โปรดเปิดหน้าใหม่จากที่อยู่ที่โปรแกรมแสดง)', 'refused: no valid editor token (reopen the page from the address saraban printed)'),
  openPrinted: t(
    'หน้าแก้ไขนี้เปิดได้เฉพาะผู้ที่สั่ง saraban serve: โปรดเปิดจากที่อยู่เต็ม (ที่มี ?k=…) ที่แสดงในหน้าจอคำสั่ง (terminal) ที่สั่งงานไว้',
    'this editor opens only for whoever started saraban serve: open the full address (with ?k=…) printed in the terminal where it was started',
  ),
  badMethod: t('ปฏิเสธคำขอ: วิธีการไม่รองรับ', 'refused: method not allowed'),
  badName: t('ชื่อไฟล์ต้องลงท้ายด้วย .yaml .yml หรือ .json', 'the file name must end in .yaml, .yml or .json'),
  badTemplate: t('เอกสารต้องเป็น minutes, news หรือ memo', 'the document must be minutes, news or memo'),
  badFormat: t('ชนิดไฟล์ต้องเป็น docx, pdf, html หรือ txt', 'the format must be docx, pdf, html or txt'),
  badData: t('ข้อมูลที่ส่งมาไม่ใช่ข้อมูลการประชุม', 'the data sent is not meeting data'),
  badJson: t('ข้อมูลที่ส่งมาอ่านไม่ได้ (JSON)', 'the request body is not JSON'),
  tooBig: t('ข้อมูลที่ส่งมาใหญ่เกินไป', 'the request is too large'),
  notFound: t('ไม่พบหน้านี้', 'not found'),
  internal: t('เกิดข้อผิดพลาดภายในโปรแกรม (ดูรายละเอียดที่หน้าจอคำสั่ง)', 'internal error (details in the terminal)'),
} as const satisfies Record<string, Bilingual>;

export type ServeTextKey = keyof typeof SERVE_TEXTS;

export const serveText = (key: ServeTextKey, lang: Lang): string => SERVE_TEXTS[key][lang];
