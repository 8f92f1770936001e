// What the command line says — its help, yargs' own words, progress and summaries — in Thai and
// English, as one table. The language is chosen before the parser is built (--lang, else the
// locale), so `saraban --help --lang th` is Thai from the first line to the last. The Thai is
// written as an office worker writes it, not transliterated ("ตัวเลือก", not "ออฟชั่น").
import type { Bilingual } from '../messages/catalogue.js';
import { FORMATS } from '../writers/formats.js';
import type { Lang } from '../messages/i18n.js';

const t = (th: string, en: string): Bilingual => ({ th, en });

export const CLI_TEXTS = {
  usage: t(
    'saraban (สารบรรณ) — จัดทำเอกสารราชการจากข้อมูลการประชุม: รายงานการประชุม ข่าวประชาสัมพันธ์ และบันทึกข้อความ\n\nวิธีใช้: $0 <คำสั่ง> [ตัวเลือก]',
    'saraban — Thai government documents (minutes, news releases, memos) from meeting data\n\nUsage: $0 <command> [options]',
  ),
  debug: t('แสดงรายละเอียดทางเทคนิคเมื่อเกิดข้อผิดพลาด (สำหรับแจ้งผู้พัฒนา)', 'show stack traces for errors'),
  lang: t('ภาษาของข้อความ: th ภาษาไทย, en ภาษาอังกฤษ (ค่าปกติตามภาษาของเครื่อง)', 'language of messages (default: Thai when the locale is Thai)'),
  demandCommand: t('โปรดระบุคำสั่ง เช่น saraban render data/trat-pmqa-2564.yaml', 'name a command, e.g. saraban render data/trat-pmqa-2564.yaml'),
  draft: t('ทำเป็นฉบับร่าง: ยังไม่ต้องมีข้อมูลที่ฉบับจริงต้องมี (เว้นจุดไข่ปลาไว้) และพิมพ์คำว่า "ร่าง" ที่หัวเอกสาร', 'a draft: fields a final document needs may be missing (dotted blanks); marked ร่าง'),
  outDir: t('โฟลเดอร์ที่จะบันทึกไฟล์เอกสาร', 'output folder'),
  internalError: t('เกิดข้อผิดพลาดภายในโปรแกรม', 'internal error'),
  internalHint: t('(สั่งใหม่โดยเติม --debug เพื่อดูรายละเอียด และโปรดแจ้งผู้พัฒนา)', '(run again with --debug for details, and please report it)'),

  // render
  renderDescribe: t('จัดทำเอกสารจากไฟล์ข้อมูลการประชุม (YAML หรือ JSON)', 'render the documents of a meeting data file (YAML or JSON)'),
  renderData: t('ไฟล์ข้อมูล เช่น data/trat-pmqa-2564.yaml', 'the data file, e.g. data/trat-pmqa-2564.yaml'),
  renderTemplate: t(
    'แม่แบบที่จะใช้ (news ข่าว, minutes รายงานการประชุม, memo บันทึกข้อความ) หรือไฟล์ .hbs ของหน่วยงานเอง; ค่าปกติคือรายการ documents: ในไฟล์ข้อมูล',
    "template name (news, minutes, memo) or path to a .hbs file; default: the data's documents: list",
  ),
  renderFormat: t(`ชนิดไฟล์ที่ต้องการ คั่นด้วยจุลภาค: ${FORMATS.join(', ')}; ค่าปกติคือทุกชนิด`, `output formats, comma-separated: ${FORMATS.join(', ')}; default: all`),
  renderPdfA: t(
    'ทำ PDF เป็น PDF/A-3u สำหรับเก็บถาวร: มีโครงสร้างให้โปรแกรมอ่านหน้าจออ่านได้ และแนบไฟล์ข้อมูลนี้ไว้ในไฟล์ (ค่าปกติตาม options.pdf_a ในไฟล์ข้อมูล ถ้าไม่ระบุคือไม่ทำ)',
    'PDF/A-3u for the archive: tagged for screen readers, with this data file inside (default: options.pdf_a in the data, else off)',
  ),
  renderExample1: t('ทำเอกสารทุกฉบับที่ไฟล์ข้อมูลระบุ ทุกชนิดไฟล์ ลงในโฟลเดอร์ out/', 'every document the data lists, in every format, into out/'),
  renderExample2: t('ทำเฉพาะข่าวประชาสัมพันธ์ เป็นไฟล์ข้อความและหน้าเว็บ', 'only the news release, as text and HTML'),
  renderEpilog: t(
    'ไฟล์ผลลัพธ์ตั้งชื่อเป็น <โฟลเดอร์>/<ชื่อไฟล์ข้อมูล>.<แม่แบบ>.<ชนิด> เช่น out/trat-pmqa-2564.news.pdf',
    'Output files are named <out>/<data-file-stem>.<template>.<ext>, e.g. out/trat-pmqa-2564.news.pdf.',
  ),

  // sign
  signDescribe: t('ลงลายมือชื่ออิเล็กทรอนิกส์ในไฟล์ PDF ด้วยใบรับรองของผู้ลงนาม (PAdES)', "sign a PDF with the signer's certificate (PAdES)"),
  signPdf: t('ไฟล์ PDF ที่จะลงนาม เช่น out/trat-pmqa-2564.minutes.pdf', 'the PDF to sign, e.g. out/trat-pmqa-2564.minutes.pdf'),
  signCert: t('ใบรับรองพร้อมกุญแจของผู้ลงนาม (.p12 หรือ .pfx)', "the signer's certificate with its key (.p12 or .pfx)"),
  signOut: t('บันทึกฉบับที่ลงนามแล้วเป็นไฟล์นี้ (ค่าปกติคือบันทึกทับไฟล์เดิม)', 'write the signed PDF here (default: the PDF itself)'),
  signReason: t('เหตุผลที่ลงนาม เช่น "ผู้จดรายงานการประชุม"', 'the reason for signing, e.g. "recorder"'),
  signLocation: t('สถานที่ลงนาม', 'where it is signed'),
  signVisible: t('แสดงกรอบลายมือชื่อในช่องลงนามถัดไปที่ยังไม่ได้ลงนาม (ผู้จด ผู้ตรวจ ตามลำดับ)', 'show the signature in the next signature block not yet signed (recorder, then checker)'),
  signExample: t('ผู้จดรายงานการประชุมลงนาม แล้วผู้ตรวจรายงานลงนามต่อด้วยใบรับรองของตน', 'the recorder signs; the checker signs next with their own certificate'),
  signEpilog: t(
    'รหัสผ่านของใบรับรองอ่านจากตัวแปรสภาพแวดล้อม SARABAN_CERT_PASSWORD หรือถามทางหน้าจอ (ไม่รับทางบรรทัดคำสั่ง) ลงนามได้หลายคนตามลำดับ แต่ละลายมือชื่อครอบคลุมฉบับก่อนหน้าทั้งหมด ดู docs/pdfa-signing.md',
    "The certificate's passphrase comes from SARABAN_CERT_PASSWORD or a prompt, never an argument. Several people sign in turn; each signature covers all that came before. See docs/pdfa-signing.md.",
  ),
  signPassphrase: t('รหัสผ่านของใบรับรอง {name}: ', 'passphrase of {name}: '),
  signDone: t('ลงนามแล้ว', 'signed'),
  signNoBlock: t('ช่องลงนามในเอกสารมีผู้ลงนามครบแล้ว ลายมือชื่อนี้จึงไม่แสดงบนหน้ากระดาษ (ดูได้ในรายการลายมือชื่อของโปรแกรมอ่าน PDF)', "every signature block is signed already: this signature is not drawn on the page (a PDF viewer lists it)"),

  // verify
  verifyDescribe: t('ตรวจลายมือชื่ออิเล็กทรอนิกส์ในไฟล์ PDF และข้อมูลที่แนบอยู่', 'check the signatures of a PDF and the data inside it'),
  verifyPdf: t('ไฟล์ PDF ที่จะตรวจ', 'the PDF to check'),
  verifyExample: t('ใครลงนาม เมื่อใด เอกสารถูกแก้หลังลงนามหรือไม่ และข้อมูลที่แนบตรงกับเนื้อความหรือไม่', 'who signed, when, whether it changed after, whether the data inside matches the text'),
  verifyNone: t('ไม่มีลายมือชื่ออิเล็กทรอนิกส์ในไฟล์นี้', 'no signatures in this file'),
  verifySignature: t('ลายมือชื่อที่ {n}: {signer}', 'signature {n}: {signer}'),
  verifyIssuer: t('ผู้ออกใบรับรอง: {issuer}', 'issued by: {issuer}'),
  verifySelfSigned: t('ใบรับรองที่ลงนามเอง ไม่ได้ออกโดยผู้ให้บริการออกใบรับรอง', 'self-signed: not issued by a CA'),
  verifyTime: t('เวลาที่ลงนาม: {time}', 'signed at: {time}'),
  verifyReason: t('เหตุผล: {reason}', 'reason: {reason}'),
  verifyValid: t('ลายมือชื่อถูกต้อง', 'signature valid'),
  verifyInvalid: t('ลายมือชื่อไม่ถูกต้อง: ข้อมูลที่ลงนามไว้ถูกแก้ไข หรือลายมือชื่อเสียหาย', 'signature INVALID: the signed bytes changed, or the signature is damaged'),
  verifyCertExpired: t('ใบรับรองไม่อยู่ในช่วงเวลาที่ใช้ได้ ณ เวลาที่ลงนาม', 'the certificate was not valid at the signing time'),
  verifyUnchanged: t('เอกสารไม่ถูกแก้ไขหลังลงนาม', 'the document has not changed since'),
  verifyLaterSignatures: t('หลังลงนาม มีเพียงการลงนามเพิ่มของผู้อื่น', 'since then, only further signatures were added'),
  verifyChanged: t('เอกสารถูกแก้ไขหลังลงนาม', 'the document CHANGED after this signature'),
  verifyDataNone: t('ไม่มีข้อมูลของ saraban แนบอยู่', 'no saraban data inside'),
  verifyDataMatches: t('ข้อมูลที่แนบ ({name}) ตรงกับเนื้อความในเอกสาร (แม่แบบ {template})', 'the data inside ({name}) is the source of the text (template {template})'),
  verifyDataDiffers: t('ข้อมูลที่แนบ ({name}) ไม่ตรงกับเนื้อความในเอกสาร (ต่างกันที่หน้า {page})', 'the data inside ({name}) does NOT give the text of the document (page {page} differs)'),
  verifyOtherVersion: t('เอกสารทำด้วย {producer} ซึ่งอาจจัดหน้าต่างจากรุ่นนี้', 'the document was made by {producer}, whose layout may differ from this version'),
  verifyFailed: t('ตรวจพบปัญหา: ดูรายละเอียดข้างบน', 'the check found problems: see above'),
  verifyDataUnchecked: t('ตรวจข้อมูลที่แนบ ({name}) ไม่ได้: {reason}', 'could not check the data inside ({name}): {reason}'),

  // validate
  validateDescribe: t(
    'ตรวจไฟล์ข้อมูล (หรือตารางรายชื่อ CSV/XLSX) และเอกสารที่จะจัดทำ โดยยังไม่บันทึกไฟล์ใด',
    'check a data file (or a CSV/XLSX table) and the documents it names, without writing any file',
  ),
  validateData: t('ไฟล์ข้อมูล หรือตาราง .csv .tsv .xlsx (ใช้คู่กับ --with)', 'the data file, or a .csv, .tsv or .xlsx table (with --with)'),
  validateTemplate: t('ตรวจกับแม่แบบเหล่านี้แทนรายการ documents: ในไฟล์ข้อมูล', "check these templates instead of the data's documents: list"),
  validateExample: t('แจ้งทุกจุดที่ผิดพร้อมเลขบรรทัด หรือแจ้งว่า "ไม่พบปัญหา"', 'reports every problem with its line, or "no problems found"'),
  validateExample2: t('ตรวจตารางรายชื่อหน่วยงานทุกแถว กับข้อมูลบันทึกข้อความที่ใช้ร่วมกัน', 'checks every row of an agencies table with the shared memo data'),

  // next
  nextDescribe: t('สร้างไฟล์ข้อมูลการประชุมครั้งถัดไปจากครั้งนี้ (ฉบับร่าง: กรรมการชุดเดิม วาระรับรองรายงานการประชุม และเรื่องสืบเนื่อง)', 'write the next meeting\'s data file from this one (a draft: the same members, the minutes to endorse, the matters carried over)'),
  nextData: t('ไฟล์ข้อมูลการประชุมครั้งล่าสุด (ที่มี minutes: พร้อม number:)', 'the last meeting\'s data file (with minutes: and its number)'),
  nextOut: t('ชื่อไฟล์ที่จะสร้าง; ค่าปกติคือชื่อเดิมที่เลขครั้งเพิ่มขึ้นหนึ่ง เช่น meeting-4.yaml', 'where to write it; default: the same name with the number counted on, e.g. meeting-4.yaml'),
  nextForce: t('เขียนทับไฟล์เดิมถ้ามีอยู่แล้ว', 'overwrite the file if it exists'),
  newsDraftDescribe: t('ร่างข่าวประชาสัมพันธ์จากข้อมูลการประชุม: เขียนย่อหน้านำและประเด็นเป็นข้อความลงในไฟล์ข้อมูล ให้แก้ต่อได้เอง และบันทึกข้อเท็จจริงไว้ตรวจ', 'draft the news release from the meeting: writes the lead and points as text into the data file, for you to edit, and records the facts to check'),
  newsDraftData: t('ไฟล์ข้อมูลการประชุม (YAML)', 'the meeting\'s data file (YAML)'),
  newsDraftForce: t('ร่างใหม่ทับข้อความที่ร่างหรือเขียนไว้แล้ว', 'draft again, over the text already drafted or written'),
  newsDraftFacts: t('ไม่ร่างใหม่: บันทึกข้อเท็จจริงที่ข้อความข่าวอ้างอยู่ตอนนี้ (หลังแก้ข้อความให้ตรงกับข้อมูลแล้ว)', 'draft nothing: record the facts the text states now (after correcting it to the data)'),
  newsDraftExample: t('เขียนร่างข่าวลงใน meeting.yaml', 'draft the release into meeting.yaml'),
  newsDraftDone: t('ร่างข่าวลงใน {file} แล้ว: ย่อหน้านำ ประเด็น {points} ข้อ ข้อเท็จจริงที่ติดตาม {facts} รายการ — แก้ข้อความได้ตามต้องการ', 'drafted the release into {file}: the lead, {points} points, {facts} facts tracked — edit the text as you wish'),
  newsDraftRecorded: t('บันทึกข้อเท็จจริง {facts} รายการใน {file} แล้ว', 'recorded {facts} facts in {file}'),
  nextExample: t('เขียน meeting-4.yaml จาก meeting-3.yaml', 'write meeting-4.yaml from meeting-3.yaml'),
  // init
  initDescribe: t('สร้างไฟล์ข้อมูลตัวอย่างพร้อมคำอธิบาย เพื่อแก้ไขต่อ', 'write a commented example data file to start from'),
  initKind: t('ชนิดเอกสาร: minutes รายงานการประชุม, news ข่าว, memo บันทึกข้อความ', 'the kind of document'),
  initFile: t('ชื่อไฟล์ที่จะสร้าง; ค่าปกติคือ <ชนิด>.yaml', 'where to write it; default: <kind>.yaml'),
  initForce: t('เขียนทับไฟล์เดิมถ้ามีอยู่แล้ว', 'overwrite the file if it exists'),
  initExample: t('ไฟล์ตัวอย่างรายงานการประชุม สำหรับแก้ไขแล้วจัดทำเอกสาร', 'an example of minutes, to edit and render'),

  // schema
  schemaDescribe: t(
    'สร้างไฟล์ JSON Schema ของไฟล์ข้อมูล ให้โปรแกรมแก้ไขข้อความ (เช่น VS Code) ช่วยเติมและตรวจให้',
    'write the JSON Schema of data files, for editors (YAML language server, VS Code)',
  ),
  schemaFile: t('ไฟล์ที่จะบันทึก', 'where to write it'),
  schemaStdout: t('แสดงบนจอแทนการบันทึกเป็นไฟล์', 'print it instead of writing a file'),
  schemaExample: t('บันทึกเป็น {file}', 'writes {file}'),

  // batch
  batchDescribe: t(
    'จัดทำเอกสารทีละหลายฉบับ: ฉบับละหนึ่งรายการในไฟล์ข้อมูล หรือฉบับละหนึ่งแถวของตาราง CSV/XLSX',
    'one document per record: per element of a list in a data file, or per row of a CSV/XLSX table',
  ),
  batchSource: t('ไฟล์ข้อมูล (YAML/JSON) ใช้คู่กับ --each หรือตาราง (.csv .tsv .xlsx)', 'a data file (YAML/JSON) with --each, or a table (.csv, .tsv, .xlsx)'),
  batchTemplate: t('แม่แบบ (memo บันทึกข้อความ, news, minutes) หรือไฟล์ .hbs', 'template name (memo, news, minutes) or path to a .hbs file'),
  batchEach: t('รายการในไฟล์ข้อมูลที่จะทำเอกสารฉบับละหนึ่งรายการ เช่น meeting.schedule', 'the list in the data file whose elements are the records, e.g. meeting.schedule'),
  batchWhere: t(
    'เลือกเฉพาะรายการที่มีช่องนั้น ("agency") ไม่มี ("!agency") ตรงกับค่า ("agency=…") หรือไม่ตรง ("agency!=…")',
    'keep records where a field is set ("agency"), not set ("!agency"), equal ("agency=…") or not ("agency!=…")',
  ),
  batchWith: t('สำหรับตาราง: ไฟล์ข้อมูลที่ทุกแถวใช้ร่วมกัน (YAML/JSON) เช่น เรื่องและผู้ลงนามของบันทึกข้อความ', "for a table: the data every row shares (YAML/JSON), e.g. the memo's subject and signer"),
  batchSheet: t('สำหรับไฟล์ .xlsx: ชื่อแผ่นงานที่จะอ่าน; ค่าปกติคือแผ่นแรก', 'for an .xlsx: the sheet to read; default the first'),
  batchFormat: t('ชนิดไฟล์ที่ต้องการ คั่นด้วยจุลภาค: {formats}; ค่าปกติ {default}', 'output formats, comma-separated: {formats}; default: {default}'),
  batchName: t('รูปแบบชื่อไฟล์ (Handlebars ไม่ต้องมีนามสกุล); ค่าปกติ "{name}"', 'file name pattern (Handlebars, no extension); default "{name}"'),
  batchForce: t('ทำใหม่ทุกฉบับ แม้ฉบับที่ไฟล์เป็นปัจจุบันอยู่แล้ว', 'render every record again, even those whose files are up to date'),
  batchJobs: t(
    'จำนวนงานที่ทำพร้อมกัน (นับงานหลักด้วย; งานเสริมเริ่มเมื่อชุดเอกสารยาวพอจะคุ้ม); ค่าปกติเท่ากับจำนวนแกนประมวลผล; 0 หรือ 1 คือทำทีละฉบับ',
    'threads that render, the main thread counted (workers start only when the batch is long enough to pay for them); default one per core; 0 or 1: the main thread only',
  ),
  batchWorkerHeap: t(
    'หน่วยความจำสูงสุดของแต่ละงานเสริม (เมกะไบต์); ค่าปกติ 0 คือไม่จำกัดเพิ่มจากขีดของ V8: การจำกัดใช้หน่วยความจำราวครึ่งหนึ่ง แต่ช้าลงราวร้อยละ 10–25',
    "cap of each worker's heap in MB; default 0: none beyond V8's own (a cap halves a worker's memory and costs 10-25 % speed)",
  ),
  batchJson: t('แสดงสรุปผลเป็น JSON', 'print the summary as JSON on stdout'),
  batchDryRun: t('ตรวจทุกรายการและแสดงชื่อไฟล์ที่จะสร้าง โดยยังไม่สร้างไฟล์', 'check every record and list the files it would write, writing none'),
  batchExample1: t('บันทึกข้อความถึงทุกหน่วยงานที่มีวาระนำเสนอ ฉบับละหนึ่งลำดับ', 'a memo to each agency that presents, one per slot'),
  batchExample2: t('บันทึกข้อความฉบับละหนึ่งแถวของตาราง ตั้งชื่อไฟล์ตามหน่วยงาน', 'a memo per row of a sheet, named after the agency'),
  batchEpilog: t(
    'รหัสผลการทำงาน: 0 ทำครบทุกฉบับ; 2 ข้อมูลผิด (ยังไม่ได้ทำฉบับใด); 3 บางฉบับไม่สำเร็จ (ฉบับอื่นทำแล้ว); 130 หยุดด้วย Ctrl-C; รายละเอียดใน docs/batch.md',
    'Exit codes: 0 all written; 2 bad input (nothing rendered); 3 some records failed (the others are written); 130 stopped by Ctrl-C. See docs/batch.md.',
  ),
  batchStopped: t('หยุดตามคำสั่ง: เสร็จ {done} จาก {total} ฉบับ', 'stopped as asked: {done} of {total} records done'),
  batchStoppedEarly: t('หยุดตามคำสั่งระหว่างอ่านตาราง: ยังไม่ได้ทำเอกสารฉบับใด', 'stopped as asked while reading the table: no document was rendered'),
  batchStoppedHint: t('สั่งคำสั่งเดิมอีกครั้งเพื่อทำต่อ', 'run the same command again to finish'),
  batchFailed: t('ไม่สำเร็จ {failed} จาก {total} ฉบับ (ตามรายการ{where}) ฉบับอื่นทำเรียบร้อยแล้ว', '{failed} of {total} records failed (listed {where}); the others are written'),
  batchDryFailed: t('มีปัญหา {failed} จาก {total} ฉบับ (ตามรายการข้างต้น)', '{failed} of {total} records have problems (listed above)'),
  batchFailedAbove: t('ข้างต้น', 'above'),
  batchFailedJson: t('ในสรุปผล JSON', 'in the JSON summary'),

  // batch progress and summary
  progress: t(
    'saraban กำลังทำเอกสาร |{bar}| {value}/{total} · ทำแล้ว {rendered} · ข้าม {skipped} · ไม่สำเร็จ {failed} · อีกราว {eta_formatted}',
    'saraban batch |{bar}| {value}/{total} · {rendered} rendered, {skipped} skipped, {failed} failed · {eta_formatted} left',
  ),
  summary: t(
    'เอกสาร {total} ฉบับ ({template}, {formats}) ในโฟลเดอร์ {out}/: ทำแล้ว {rendered} ฉบับ, ข้าม {skipped} ฉบับ (เป็นปัจจุบันอยู่แล้ว), ไม่สำเร็จ {failed} ฉบับ — ใช้เวลา {seconds} วินาที{speed}',
    '{total} {documents} ({template}, {formats}) in {out}/: {rendered} rendered, {skipped} skipped (up to date), {failed} failed — {seconds} s{speed}',
  ),
  summarySpeed: t(' ({rate} ฉบับต่อวินาที)', ', {rate} documents/s'),
  summaryStopped: t(
    'หยุดตามคำสั่งก่อนทำอีก {left} ฉบับ: สั่งคำสั่งเดิมอีกครั้งเพื่อทำต่อ (ฉบับที่ทำแล้วจะข้ามไป)',
    'stopped before {left} {records}: run the same command again to finish (done files are skipped)',
  ),
  summaryJournalLost: t(
    'บันทึกรายการไฟล์ที่ทำเสร็จแล้วไม่ได้ (ดิสก์เต็มหรือไม่): ถ้าสั่งใหม่จะสร้างทุกฉบับอีกครั้ง',
    'the list of finished files could not be saved (is the disk full?): a rerun renders every record again',
  ),
  summaryFailed: t('ฉบับที่ไม่สำเร็จ:', 'failed:'),
  summaryDryRun: t('ตรวจแล้ว {total} ฉบับ: ถูกต้อง {ok} ฉบับ, มีปัญหา {failed} ฉบับ — ยังไม่ได้สร้างไฟล์ใด', '{total} {records} checked: {ok} fine, {failed} with problems — no file written'),
  summaryWouldWrite: t('จะสร้างไฟล์:', 'would write:'),
  row: t('แถวที่ {n}', 'row {n}'),

  // serve
  serveDescribe: t(
    'เปิดหน้าแก้ไขข้อมูลการประชุมในเบราว์เซอร์ พร้อมตัวอย่างเอกสารที่เปลี่ยนตามที่พิมพ์ (ใช้ได้เฉพาะเครื่องนี้)',
    'a local web editor for the data file, with a live preview of the document (this computer only)',
  ),
  serveData: t('ไฟล์ข้อมูลในโฟลเดอร์นี้ที่จะเปิด (ถ้ายังไม่มี จะสร้างเมื่อกดบันทึก)', 'the data file in this folder to open (created on save if it does not exist)'),
  servePort: t('หมายเลขพอร์ต (0 = เลือกพอร์ตที่ว่างให้)', 'the port (0: any free port)'),
  serveOpen: t('เปิดเบราว์เซอร์ให้ด้วย', 'open the editor in the browser'),
  serveOpenPage: t('กำลังเปิดหน้าแก้ไขข้อมูล…', 'opening the editor…'),
  serveExample: t('แก้ไข meeting.yaml ในเบราว์เซอร์ แล้วกดบันทึก', 'edit meeting.yaml in the browser, then save'),
  serveEpilog: t(
    'รับการเชื่อมต่อเฉพาะจากเครื่องนี้ (127.0.0.1) อ่านและบันทึกได้เฉพาะไฟล์ข้อมูลในโฟลเดอร์ที่สั่งงาน; กด Ctrl+C เพื่อปิด',
    'Listens on 127.0.0.1 only and reads or writes only the data files of the folder it was started in; Ctrl+C stops it.',
  ),
  serveListening: t(
    'หน้าแก้ไขข้อมูลเปิดอยู่ที่ {url}  (เปิดจากที่อยู่นี้ทั้งบรรทัด: เป็นกุญแจของคุณ อย่าส่งต่อให้ผู้อื่น; โฟลเดอร์ {dir}; กด Ctrl+C เพื่อปิด)',
    'the editor is at {url}  (open this whole address: it is your key, do not share it; folder {dir}; Ctrl+C stops it)',
  ),
  serveOutside: t('{file}: แก้ไขได้เฉพาะไฟล์ในโฟลเดอร์ที่สั่งงาน — ย้ายไปที่โฟลเดอร์นั้นแล้วสั่งใหม่', '{file}: only a file in the folder the editor is started in can be edited — cd there first'),
  servePortBad: t('พอร์ต {port} ใช้ไม่ได้: ต้องเป็นเลข 0–65535', 'port {port} is not a port number (0–65535)'),
  // shortcut
  shortcutDescribe: t('สร้างไฟล์สำหรับดับเบิลคลิกเปิดหน้าแก้ไขข้อมูลการประชุมในโฟลเดอร์ (Windows: saraban-editor.cmd, Linux: saraban-editor.sh และ .desktop)', 'write double-click launchers of the editor into a folder (Windows: saraban-editor.cmd; Linux: saraban-editor.sh and .desktop)'),
  shortcutFolder: t('โฟลเดอร์ที่เก็บไฟล์ข้อมูลการประชุม (ค่าปกติ: โฟลเดอร์ปัจจุบัน)', 'the folder of the meeting files (default: this one)'),
  shortcutForce: t('เขียนทับไฟล์เดิม', 'overwrite launchers already there'),
  shortcutExample: t('สร้างไฟล์เปิดหน้าแก้ไขในโฟลเดอร์ ประชุม', 'launchers for the folder ประชุม'),
  shortcutExists: t('มีไฟล์ {file} อยู่แล้ว: สั่งใหม่พร้อม --force เพื่อเขียนทับ', '{file} exists already: run again with --force to overwrite it'),
  shortcutDone: t('ดับเบิลคลิก saraban-editor ในโฟลเดอร์ {folder} เพื่อเปิดหน้าแก้ไขข้อมูลการประชุม', 'double-click saraban-editor in {folder} to open the meeting editor'),
  servePortBusy: t('พอร์ต {port} มีโปรแกรมอื่นใช้อยู่: ระบุพอร์ตอื่นด้วย --port', 'port {port} is in use: choose another with --port'),
} as const satisfies Record<string, Bilingual>;

export type TextKey = keyof typeof CLI_TEXTS;
/** The command line's words in one language: tx('renderDescribe'), with {name} placeholders filled. */
export type Texts = ((key: TextKey, params?: Readonly<Record<string, string | number>>) => string) & { lang: Lang };

export function texts(lang: Lang): Texts {
  const tx = (key: TextKey, params: Readonly<Record<string, string | number>> = {}) =>
    CLI_TEXTS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
  return Object.assign(tx, { lang });
}

/**
 * yargs' own words in Thai (its bundled th locale transliterates: "คอมมาน", "ออฟชั่น", "บูลีน").
 * Keys are yargs' English strings (node_modules/yargs/locales/en.json).
 */
export const YARGS_TH: Record<string, string | { one: string; other: string }> = {
  'Commands:': 'คำสั่ง:',
  'Options:': 'ตัวเลือก:',
  'Examples:': 'ตัวอย่าง:',
  'Positionals:': 'ข้อมูลที่ต้องระบุ:',
  boolean: 'ใช่/ไม่ใช่',
  count: 'จำนวนครั้ง',
  string: 'ข้อความ',
  number: 'ตัวเลข',
  array: 'รายการ',
  required: 'ต้องระบุ',
  default: 'ค่าปกติ',
  'default:': 'ค่าปกติ:',
  'choices:': 'เลือกได้:',
  'aliases:': 'ชื่ออื่น:',
  'generated-value': 'ค่าที่คำนวณให้',
  'Not enough non-option arguments: got %s, need at least %s': {
    one: 'ข้อมูลไม่ครบ: ได้ %s ต้องมีอย่างน้อย %s',
    other: 'ข้อมูลไม่ครบ: ได้ %s ต้องมีอย่างน้อย %s',
  },
  'Too many non-option arguments: got %s, maximum of %s': {
    one: 'ข้อมูลเกิน: ได้ %s รับได้ไม่เกิน %s',
    other: 'ข้อมูลเกิน: ได้ %s รับได้ไม่เกิน %s',
  },
  'Missing argument value: %s': { one: 'ตัวเลือกนี้ยังไม่ได้ใส่ค่า: %s', other: 'ตัวเลือกเหล่านี้ยังไม่ได้ใส่ค่า: %s' },
  'Missing required argument: %s': { one: 'ยังไม่ได้ระบุ %s ซึ่งต้องระบุ', other: 'ยังไม่ได้ระบุ %s ซึ่งต้องระบุ' },
  'Unknown argument: %s': { one: 'ไม่รู้จักตัวเลือก %s', other: 'ไม่รู้จักตัวเลือก %s' },
  'Unknown command: %s': { one: 'ไม่รู้จักคำสั่ง %s', other: 'ไม่รู้จักคำสั่ง %s' },
  'Invalid values:': 'ค่าที่ใช้ไม่ได้:',
  'Argument: %s, Given: %s, Choices: %s': 'ตัวเลือก %s ได้รับ %s แต่เลือกได้เฉพาะ %s',
  'Argument check failed: %s': 'ตรวจตัวเลือกไม่ผ่าน: %s',
  'Implications failed:': 'ขาดตัวเลือกที่ต้องใช้คู่กัน:',
  'Not enough arguments following: %s': 'ต้องใส่ค่าต่อจาก %s',
  'Invalid JSON config file: %s': 'ไฟล์ตั้งค่า JSON ไม่ถูกต้อง: %s',
  'Path to JSON config file': 'ไฟล์ตั้งค่า JSON',
  'Show help': 'แสดงวิธีใช้',
  'Show version number': 'แสดงรุ่นของโปรแกรม',
  'Did you mean %s?': 'หมายถึง %s หรือเปล่า',
  'Arguments %s and %s are mutually exclusive': 'ใช้ %s กับ %s พร้อมกันไม่ได้',
  command: 'คำสั่ง',
  deprecated: 'เลิกใช้แล้ว',
  'deprecated: %s': 'เลิกใช้แล้ว: %s',
};
