// The messages a clerk or a template author can meet, in Thai and English, as one table keyed by
// the kind of problem. Each entry says what is wrong, what was expected and how to fix it;
// {name} marks a value filled in where the problem is found. docs/errors.md lists them all.

export interface Bilingual {
  th: string;
  en: string;
}

export interface MessageEntry {
  message: Bilingual;
  expected?: Bilingual;
  hint?: Bilingual;
}

const t = (th: string, en: string): Bilingual => ({ th, en });

export const MESSAGES = {
  // ── the data file as a whole ────────────────────────────────────────────────────────────────
  'file-unreadable': {
    message: t('อ่านไฟล์ข้อมูลไม่ได้ ({code})', 'cannot read the data file ({code})'),
    hint: t('ตรวจชื่อไฟล์และโฟลเดอร์ว่าสะกดถูกและมีไฟล์อยู่จริง', 'check that the file name and folder are spelled right and the file exists'),
  },
  'file-unwritable': {
    message: t('เขียนไฟล์ผลลัพธ์ไม่ได้ ({code})', 'cannot write the output file ({code})'),
    hint: t('ตรวจว่าโฟลเดอร์ผลลัพธ์ (--out) เป็นโฟลเดอร์ที่เขียนได้ ไม่ใช่ไฟล์ และดิสก์ยังมีที่ว่าง', 'check that the output folder (--out) is a folder you may write to, not a file, and that the disk has room'),
  },
  'yaml-syntax': {
    message: t('ไฟล์ไม่ใช่ YAML/JSON ที่ถูกต้อง: {detail}', 'the file is not valid YAML/JSON: {detail}'),
    hint: t('ตรวจการย่อหน้า (ใช้ช่องว่าง ไม่ใช้แท็บ) เครื่องหมาย : และเครื่องหมายคำพูดรอบบรรทัดนี้', 'check indentation (spaces, not tabs), colons and quotes around this line'),
  },
  'problems': {
    message: t('พบปัญหาในไฟล์ข้อมูล {count} จุด', 'the data file has {count} problem(s)'),
  },
  'more-problems': {
    message: t('และปัญหาอื่นอีก {count} จุด (แก้จุดข้างต้นแล้วตรวจใหม่)', 'and {count} more problem(s) (fix the ones above and check again)'),
  },
  // ── fields ──────────────────────────────────────────────────────────────────────────────────
  'required': {
    message: t('ไม่มี {key} ซึ่งต้องระบุ', '{key} is missing'),
    expected: t('{expected}', '{expected}'),
    hint: t('เพิ่มบรรทัด "{key}: ..." ในส่วนนี้ (ย่อหน้าให้ตรงกับบรรทัดข้างเคียง)', 'add a line "{key}: ..." here, indented like its neighbours'),
  },
  'wrong-type': {
    message: t('ต้องเป็น{expected} แต่พบ{received}', 'must be {expected}, found {received}'),
    expected: t('{expected}', '{expected}'),
    hint: t('ดูตัวอย่างที่ถูกต้องจาก saraban init', 'see a correct example with saraban init'),
  },
  'empty': {
    message: t('ต้องไม่เว้นว่าง', 'must not be empty'),
    expected: t('ข้อความอย่างน้อยหนึ่งตัวอักษร', 'at least one character of text'),
    hint: t('เขียนข้อความ หรือลบทั้งบรรทัดถ้าไม่ใช้', 'write the text, or delete the whole line if it is not used'),
  },
  'empty-name': {
    message: t('ชื่อบุคคลเว้นว่างไว้', 'a person\'s name is empty'),
    expected: t('ชื่อ (ไม่รวมคำนำหน้าและนามสกุล) เช่น name: สมใจ', 'the given name (without title and surname), e.g. name: สมใจ'),
    hint: t('คำนำหน้าเขียนใน title: และนามสกุลใน surname:', 'the title goes in title: and the surname in surname:'),
  },
  'empty-attendee': {
    message: t('ผู้เข้าประชุมไม่มีทั้งชื่อและตำแหน่ง', 'an attendee has neither a name nor a position'),
    expected: t('ชื่อ (name:) หรือตำแหน่ง (position:) หรือทั้งสองอย่าง', 'a name (name:), a position (position:) or both'),
    hint: t('รายงานการประชุมระบุผู้มาประชุมด้วยชื่อและ/หรือตำแหน่ง', 'the minutes list members by name and/or position'),
  },
  'date-format': {
    message: t('"{value}" ไม่ใช่วันที่ในรูปแบบ ปปปป-ดด-วว', '"{value}" is not a date written YYYY-MM-DD'),
    expected: t('วันที่แบบ ค.ศ. ปปปป-ดด-วว เช่น 2021-07-29 (saraban แปลงเป็น พ.ศ. ให้เอง)', 'a Common Era date YYYY-MM-DD, e.g. 2021-07-29 (saraban writes the Buddhist year itself)'),
    hint: t('ใช้ปี ค.ศ. (พ.ศ. ลบ 543) และเติมศูนย์หน้าเลขหลักเดียว', 'use the Common Era year (Buddhist year minus 543) and pad single digits with 0'),
  },
  'date-not-exist': {
    message: t('วันที่ {value} ไม่มีอยู่จริง', 'the date {value} does not exist'),
    expected: t('วันที่ที่มีอยู่จริงในปฏิทิน (เดือนที่ {month} ของปี ค.ศ. {year} มี {days} วัน)', 'a real calendar date ({month}/{year} has {days} days)'),
    hint: t('ตรวจวันและเดือนอีกครั้ง: รูปแบบคือ ปปปป-ดด-วว', 'check the day and the month again: the order is YYYY-MM-DD'),
  },
  'time-format': {
    message: t('"{value}" ไม่ใช่เวลาในรูปแบบ ชช:นน', '"{value}" is not a time written HH:MM'),
    expected: t('เวลาแบบ 24 ชั่วโมง ชช:นน ในเครื่องหมายคำพูด เช่น "09:30"', 'a 24-hour time HH:MM in quotes, e.g. "09:30"'),
    hint: t('ไม่ต้องเขียน "น." — saraban เติมให้เอง', 'leave out "น." — saraban adds it'),
  },
  'time-out-of-range': {
    message: t('เวลา {value} ไม่มีอยู่จริง', 'the time {value} does not exist'),
    expected: t('ชั่วโมง 00–23 และนาที 00–59', 'hours 00–23 and minutes 00–59'),
    hint: t('เที่ยงคืนเขียน 00:00 ไม่ใช่ 24:00', 'midnight is 00:00, not 24:00'),
  },
  'end-before-start': {
    message: t('เวลาเลิกประชุม {end} อยู่ก่อนหรือตรงกับเวลาเริ่ม {start}', 'the end time {end} is not after the start time {start}'),
    expected: t('เวลาเลิก (end:) หลังเวลาเริ่ม (start:)', 'an end: time after the start: time'),
    hint: t('ตรวจว่าสลับ start: กับ end: หรือพิมพ์ชั่วโมงผิด (เวลาบ่ายใช้ 13:00 ไม่ใช่ 1:00)', 'check whether start: and end: are swapped or an hour is mistyped (afternoon is 13:00, not 1:00)'),
  },
  'minutes-point-missing': {
    message: t('รายงานการประชุมไม่มีมติที่ระเบียบวาระ {value}', 'the minutes have no resolution at agenda item {value}'),
    expected: t('เลขระเบียบวาระและเรื่องที่มีมติ เช่น "4.1" (วาระที่ 4 เรื่องที่ 1) หรือ "4"', 'an agenda item and matter with a resolution, e.g. "4.1" (item 4, matter 1) or "4"'),
    hint: t('ตรวจเลขวาระใน minutes.agenda และว่าเรื่องนั้นมี resolution:', 'check the numbers in minutes.agenda and that the matter has a resolution:'),
  },
  'substitute-without-for': {
    message: t('ผู้มาประชุมแทนไม่ได้ระบุว่าแทนใคร', 'a substitute does not say whom they replace'),
    expected: t('substitute_for: ตำแหน่งหรือชื่อของผู้ที่ตนมาแทน เช่น substitute_for: ผู้ว่าราชการจังหวัดตราด', 'substitute_for: the position or name of the member they replace'),
    hint: t('รายงานการประชุมเขียนว่า "แทน ..." ต่อท้ายตำแหน่งของผู้มาแทน', 'the minutes write "แทน …" (on behalf of …) after the substitute\'s position'),
  },
  'not-one-of': {
    message: t('"{value}" ไม่ใช่ค่าที่ใช้ได้', '"{value}" is not one of the allowed values'),
    expected: t('ค่าใดค่าหนึ่งต่อไปนี้: {options}', 'one of: {options}'),
    hint: t('ตรวจการสะกด (ตัวพิมพ์เล็ก/ใหญ่มีผล)', 'check the spelling (case matters)'),
  },
  'too-small': {
    message: t('{value} น้อยเกินไป', '{value} is too small'),
    expected: t('อย่างน้อย {minimum}', 'at least {minimum}'),
  },
  'too-big': {
    message: t('{value} มากเกินไป', '{value} is too large'),
    expected: t('ไม่เกิน {maximum}', 'at most {maximum}'),
  },
  'unsafe-template-path': {
    message: t('"{value}" อ้างถึงไฟล์นอกโฟลเดอร์ของไฟล์ข้อมูล', '"{value}" points outside the data file\'s folder'),
    expected: t('ชื่อแม่แบบ (news, minutes, memo) หรือไฟล์ .hbs ในโฟลเดอร์เดียวกับไฟล์ข้อมูล', 'a template name (news, minutes, memo) or a .hbs file inside the data file\'s folder'),
    hint: t('ย้ายแม่แบบมาไว้ข้างไฟล์ข้อมูล หรือระบุด้วย --template ในคำสั่ง', 'move the template next to the data file, or name it with --template on the command line'),
  },
  'invalid': {
    message: t('ข้อมูลไม่ถูกต้อง: {detail}', 'invalid value: {detail}'),
  },
  // ── templates ───────────────────────────────────────────────────────────────────────────────
  'unknown-template': {
    message: t('ไม่มีแม่แบบชื่อ "{name}"', 'there is no template named "{name}"'),
    hint: t('ตรวจการสะกดในรายการ documents: หรือในตัวเลือก --template; แม่แบบที่มี: {available}', 'check the spelling under documents: or in --template; available: {available}'),
  },
  'template-file-not-found': {
    message: t('ไม่พบไฟล์แม่แบบ {name}', 'template file not found: {name}'),
    hint: t('ตรวจชื่อไฟล์และโฟลเดอร์', 'check the file name and folder'),
  },
  'no-template': {
    message: t('ไม่ได้ระบุแม่แบบที่จะสร้าง', 'no template to render'),
    hint: t('ระบุด้วย --template หรือเขียนรายการ documents: ในไฟล์ข้อมูล', 'name one with --template, or list them under documents: in the data file'),
  },
  'template-syntax': {
    message: t('แม่แบบเขียนผิดไวยากรณ์ Handlebars: {detail}', 'template syntax error (Handlebars): {detail}'),
    hint: t('ตรวจว่า {{ กับ }} และ {{#...}} กับ {{/...}} เข้าคู่กันครบ', 'check that every {{ has its }} and every {{#…}} its {{/…}}'),
  },
  'template-unknown-helper': {
    message: t('แม่แบบเรียกใช้ helper ที่ไม่มี: {name}', 'the template calls an unknown helper: {name}'),
    expected: t('helper ที่มี: {available}', 'one of the helpers: {available}'),
    hint: t('ตรวจการสะกดชื่อ helper', 'check the helper\'s spelling'),
  },
  'template-runtime': {
    message: t('แม่แบบทำงานไม่สำเร็จ: {detail}', 'the template failed: {detail}'),
    hint: t('ตรวจชื่อ partial และ helper ที่แม่แบบใช้', 'check the partials and helpers the template uses'),
  },
  // ── document markup and images ──────────────────────────────────────────────────────────────
  'markup-syntax': {
    message: t('markup ของเอกสารอ่านไม่ได้: {detail}', 'the document markup does not parse: {detail}'),
    hint: t('เลขบรรทัดนับจากต้นผลลัพธ์ของแม่แบบ; ตรวจว่าแท็กเปิด–ปิดเข้าคู่กัน', 'markup line numbers count from the start of the rendered template; check that tags open and close in pairs'),
  },
  'image-no-src': {
    message: t('<image> ไม่ได้ระบุ src', '<image> needs a src'),
    hint: t('เขียน <image src="logo.png"/> โดยไฟล์อยู่ในโฟลเดอร์ของไฟล์ข้อมูล', 'write <image src="logo.png"/> with the file in the data file\'s folder'),
  },
  'image-missing': {
    message: t('ไม่พบไฟล์ภาพ {src}', 'image not found: {src}'),
    hint: t('ชื่อไฟล์ภาพนับจากโฟลเดอร์ของไฟล์ข้อมูล ({base})', 'image paths are relative to the data file\'s folder ({base})'),
  },
  'image-not-image': {
    message: t('ไฟล์ {src} ไม่ใช่ภาพ PNG หรือ JPEG', '{src} is not a PNG or JPEG image'),
    expected: t('ไฟล์ภาพ PNG หรือ JPEG (ดูจากเนื้อไฟล์ ไม่ใช่นามสกุล)', 'a PNG or JPEG file (judged by its content, not its name)'),
    hint: t('เปิดภาพแล้วบันทึกใหม่เป็น PNG หรือ JPEG', 'open the image and save it again as PNG or JPEG'),
  },
  'image-outside': {
    message: t('ภาพ {src} อยู่นอกโฟลเดอร์ที่อนุญาต', 'the image {src} is outside the allowed folders'),
    expected: t('ไฟล์ภายในโฟลเดอร์ของไฟล์ข้อมูลหรือโฟลเดอร์แม่แบบ', 'a file inside the data file\'s folder or a template folder'),
    hint: t('คัดลอกภาพมาไว้ข้างไฟล์ข้อมูล', 'copy the image next to the data file'),
  },
  // ── commands ────────────────────────────────────────────────────────────────────────────────
  'init-exists': {
    message: t('มีไฟล์ {file} อยู่แล้ว จึงไม่เขียนทับ', '{file} already exists; not overwriting it'),
    hint: t('ตั้งชื่อไฟล์ใหม่ หรือใช้ --force เพื่อเขียนทับ', 'choose another name, or add --force to overwrite'),
  },
} as const satisfies Record<string, MessageEntry>;

export type MessageKey = keyof typeof MESSAGES;
/** Values for the placeholders; a Bilingual value is filled in the message's language. */
export type MessageParams = Readonly<Record<string, string | number | Bilingual>>;

/** Fills {name} placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, params: MessageParams, lang: keyof Bilingual = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'object' ? v[lang] : String(v);
  });
}

/** Labels around a message, in both languages. */
export const LABELS = {
  expected: t('ที่ถูกต้องคือ', 'expected'),
  hint: t('วิธีแก้', 'hint'),
  ok: t('ไม่พบปัญหา', 'no problems found'),
} as const;

/** Names of the kinds of value, for "must be …, found …". */
export const VALUE_KINDS: Record<string, Bilingual> = {
  string: t('ข้อความ', 'text'),
  number: t('ตัวเลข', 'a number'),
  boolean: t('true หรือ false', 'true or false'),
  array: t('รายการ (บรรทัดที่ขึ้นต้นด้วย "- ")', 'a list (lines starting with "- ")'),
  object: t('หัวข้อที่มีหัวข้อย่อย (key: value)', 'a section of key: value lines'),
  null: t('ค่าว่าง', 'nothing'),
  undefined: t('ไม่มีค่า', 'nothing'),
};
