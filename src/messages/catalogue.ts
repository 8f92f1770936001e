// The messages a clerk or a template author can meet, in Thai and English, as one table keyed by
// the kind of problem. Each entry says what is wrong, what was expected and how to fix it;
// {name} marks a value filled in where the problem is found. docs/errors.md lists them all.
// Over 500 lines on purpose: one table is the point (every message found, compared and translated
// in one place); it is data, a line or three an entry.

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
    message: t('อ่านไฟล์ข้อมูลไม่ได้: {code}', 'cannot read the data file: {code}'),
    hint: t('ตรวจชื่อไฟล์และโฟลเดอร์ว่าสะกดถูกและมีไฟล์อยู่จริง', 'check that the file name and folder are spelled right and the file exists'),
  },
  'file-unwritable': {
    message: t('เขียนไฟล์ผลลัพธ์ไม่ได้: {code}', 'cannot write the output file: {code}'),
    hint: t('ตรวจว่าโฟลเดอร์ผลลัพธ์ (--out) เป็นโฟลเดอร์ที่เขียนได้ ไม่ใช่ไฟล์ และดิสก์ยังมีที่ว่าง', 'check that the output folder (--out) is a folder you may write to, not a file, and that the disk has room'),
  },
  'yaml-syntax': {
    message: t('ไฟล์ไม่ใช่ YAML/JSON ที่ถูกต้อง: {detail}', 'the file is not valid YAML/JSON: {detail}'),
    hint: t('ตรวจการย่อหน้า (ใช้ช่องว่าง ไม่ใช้แท็บ) เครื่องหมาย : และเครื่องหมายคำพูดรอบบรรทัดนี้', 'check indentation (spaces, not tabs), colons and quotes around this line'),
  },
  'yaml-colon': {
    message: t('ข้อความในบรรทัดนี้มีเครื่องหมาย : ตามด้วยช่องว่าง จึงถูกอ่านเป็นหัวข้อซ้อนอยู่ในข้อความ', 'this line\'s text holds ": ", which YAML reads as a key inside the value'),
    expected: t('ข้อความที่มี : อยู่ภายในเครื่องหมายคำพูด', 'text with ":" inside quotes'),
    hint: t('ใส่ข้อความทั้งหมดในเครื่องหมายคำพูด เช่น title: "ประชุม: ครั้งที่ 1"', 'put the whole text in quotes, e.g. title: "ประชุม: ครั้งที่ 1"'),
  },
  'yaml-hash': {
    message: t('เครื่องหมาย # ทำให้ข้อความที่ตามมาถูกอ่านเป็นหมายเหตุ และรายการนี้จึงไม่ครบ', 'a "#" starts a comment here, so the rest of the line is cut off'),
    expected: t('ข้อความที่มี # อยู่ภายในเครื่องหมายคำพูด', 'text with "#" inside quotes'),
    hint: t('ใส่ข้อความในเครื่องหมายคำพูด เช่น hashtags: ["#ตราด"] หรือไม่ต้องเขียน # หน้าแฮชแท็ก (saraban เติมให้เอง)', 'quote it, e.g. hashtags: ["#ตราด"], or leave the "#" out of hashtags (saraban adds it)'),
  },
  'yaml-indent': {
    message: t('การย่อหน้าบรรทัดนี้ไม่ตรงกับหัวข้ออื่นในระดับเดียวกัน', 'this line is not indented like the other keys at its level'),
    expected: t('หัวข้อในส่วนเดียวกันเริ่มที่คอลัมน์เดียวกัน', 'keys of one section starting at the same column'),
    hint: t('เว้นช่องว่างหน้าบรรทัดให้เท่ากับบรรทัดข้างเคียง (ปกติครั้งละ 2 ช่อง)', 'indent it with as many spaces as its neighbours (2 per level, usually)'),
  },
  'yaml-tab': {
    message: t('บรรทัดนี้ย่อหน้าด้วยแท็บ', 'this line is indented with a tab'),
    expected: t('การย่อหน้าด้วยช่องว่างเท่านั้น', 'indentation with spaces only'),
    hint: t('ลบแท็บแล้วเว้นด้วยช่องว่างแทน (ปกติครั้งละ 2 ช่อง)', 'replace the tab with spaces (2 per level, usually)'),
  },
  'yaml-quote': {
    message: t('เครื่องหมายคำพูดเปิดแล้วไม่ได้ปิด', 'a quote is opened and never closed'),
    expected: t('ข้อความในเครื่องหมายคำพูดที่มีทั้งเปิดและปิด "…"', 'quoted text with both quotes "…"'),
    hint: t('เติมเครื่องหมายคำพูดปิดท้ายข้อความ หรือลบเครื่องหมายคำพูดเปิดออก', 'add the closing quote at the end of the text, or remove the opening one'),
  },
  'yaml-duplicate': {
    message: t('มีหัวข้อชื่อเดียวกันซ้ำในส่วนเดียวกัน', 'a key is written twice in the same section'),
    expected: t('หัวข้อแต่ละชื่อเพียงครั้งเดียวในแต่ละส่วน', 'each key once per section'),
    hint: t('รวมเป็นหัวข้อเดียว หรือลบบรรทัดที่ซ้ำ', 'merge them into one, or delete the repeated line'),
  },
  'yaml-alias-unknown': {
    message: t('ไม่พบ &{name} ที่ชื่ออ้างอิง *{name} ชี้ถึง', 'the alias *{name} names no anchor &{name} above it'),
    expected: t('&{name} เขียนไว้ที่ส่วนที่จะใช้ซ้ำ ก่อนบรรทัดที่มี *{name}', '&{name} written on the part to repeat, above the line with *{name}'),
    hint: t('ตรวจการสะกดชื่อหลัง * และ & ให้ตรงกัน หรือถ้าไม่ได้ตั้งใจอ้างถึง ให้ใส่ข้อความในเครื่องหมายคำพูด เช่น "*{name}"', 'check that the names after * and & are spelled alike; if no alias was meant, quote the text, e.g. "*{name}"'),
  },
  'yaml-alias-loop': {
    message: t('ชื่ออ้างอิง *{name} อยู่ภายในส่วน &{name} ที่ตัวเองอ้างถึง จึงวนไม่รู้จบ', 'the alias *{name} stands inside the part &{name} it names: a loop without end'),
    expected: t('*ชื่อ ที่อ้างถึงส่วนอื่นซึ่งมี &ชื่อ อยู่ก่อนหน้า ไม่ใช่ส่วนที่ครอบตัวเองอยู่', 'an alias *name naming another part marked &name above it, not a part that holds it'),
    hint: t('เขียนค่าลงไปตรง ๆ แทน *{name} หรือลบ *{name} ออก', 'write the value out instead of *{name}, or delete it'),
  },
  'yaml-alias-count': {
    message: t('ชื่ออ้างอิง (เช่น *{name}) ทำให้ข้อมูลขยายเพิ่มเกิน {cap} ค่า', 'aliases (such as *{name}) make the data grow by more than {cap} values'),
    expected: t('ชื่ออ้างอิงที่เพิ่มค่าไม่เกิน {cap} ค่าเมื่อแทนที่ด้วยส่วนที่อ้างถึง', 'aliases adding at most {cap} values once each is replaced by the part it names'),
    hint: t('ชื่ออ้างอิงที่ซ้อนกันหลายชั้นแบบนี้มักเป็นไฟล์ที่ทำขึ้นเพื่อให้โปรแกรมค้าง ตรวจที่มาของไฟล์ แล้วเขียนค่าลงไปตรง ๆ', 'aliases nested like this are usually a file made to hang programs: check where it came from, and write the values out'),
  },
  'yaml-too-deep': {
    message: t('ข้อมูลซ้อนกันลึกเกิน {cap} ชั้น', 'the data is nested more than {cap} levels deep'),
    expected: t('ข้อมูลซ้อนกันไม่เกิน {cap} ชั้น (เอกสารจริงใช้ไม่ถึง 20 ชั้น)', 'at most {cap} levels (real documents use fewer than 20)'),
    hint: t('ตรวจเครื่องหมาย [ หรือ { ที่เปิดแล้วไม่ได้ปิด และบรรทัดที่ย่อหน้าลึกเกินไป', 'look for a [ or { opened and never closed, and for lines indented too deep'),
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
  'required-final': {
    message: t('ไม่มี {key} ซึ่งฉบับจริงต้องระบุ', '{key} is missing, which a final document needs'),
    expected: t('{what}', '{what}'),
    hint: t('เพิ่มบรรทัด "{key}: ..." หรือถ้ายังเป็นร่าง ให้เขียน status: draft (หรือสั่งด้วย --draft) แล้วเอกสารจะเว้นจุดไข่ปลา "……" ไว้ให้เติมภายหลัง', 'add a line "{key}: ...", or, while it is a draft, write status: draft (or run with --draft): the document leaves a dotted blank "……" to fill in later'),
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
    message: t('อ่าน "{value}" เป็นวันที่ไม่ได้', '"{value}" is not a date saraban can read'),
    expected: t('วันที่แบบ 29/7/64, 29/07/2564, 29 กรกฎาคม 2564, 29 ก.ค. 64 หรือ 2564-07-29 (เลขไทยหรือเลขอารบิกก็ได้)', 'a date written 29/7/64 or 29/07/2564 (day/month/year; two digits or from 2400 is Buddhist Era), 2021-07-29, or in Thai: 29 กรกฎาคม 2564, 29 ก.ค. 64'),
    hint: t('เขียนวัน เดือน ปี ให้ครบ ชื่อเดือนเขียนเต็มหรือย่อแบบ ก.ค. ก็ได้', 'write the day, the month and the year; the month in full or abbreviated like ก.ค.'),
  },
  'date-year': {
    message: t('ปี {year} ในวันที่ "{value}" ไม่ใช่ทั้งปี พ.ศ. และ ค.ศ.', 'the year {year} in "{value}" is neither a Buddhist-Era nor a Common-Era year'),
    expected: t('ปี พ.ศ. เช่น 2564 หรือปี ค.ศ. เช่น 2021 (ปีตั้งแต่ 2400 ถือเป็น พ.ศ.)', 'a Buddhist-Era year such as 2564 or a Common-Era year such as 2021 (a year from 2400 is Buddhist Era)'),
    hint: t('ตรวจว่าพิมพ์ปีครบสี่หลัก', 'check that the year has all four digits'),
  },
  'date-not-exist': {
    message: t('วันที่ {value} ไม่มีอยู่จริง', 'the date {value} does not exist'),
    expected: t('วันที่ที่มีอยู่จริงในปฏิทิน ({month} มี {days} วัน)', 'a real calendar date ({month} has {days} days)'),
    hint: t('ตรวจวันและเดือนอีกครั้ง (รูปแบบ ปปปป-ดด-วว คือปี เดือน แล้วจึงวัน)', 'check the day and the month again (YYYY-MM-DD is year, month, then day)'),
  },
  'time-format': {
    message: t('อ่าน "{value}" เป็นเวลาไม่ได้', '"{value}" is not a time saraban can read'),
    expected: t('เวลาแบบ 24 ชั่วโมง เช่น 13:30, 13.30 หรือ 13.30 น.', 'a 24-hour time: 13:30, 13.30 or 13.30 น.'),
    hint: t('บ่ายโมงครึ่งเขียน 13.30 ไม่ใช่ 1.30', 'half past one in the afternoon is 13.30, not 1.30'),
  },
  'time-out-of-range': {
    message: t('เวลา {value} ไม่มีอยู่จริง', 'the time {value} does not exist'),
    expected: t('ชั่วโมง 00–23 และนาที 00–59', 'hours 00–23 and minutes 00–59'),
    hint: t('เที่ยงคืนเขียน 00.00 ไม่ใช่ 24.00', 'midnight is 00:00, not 24:00'),
  },
  'invisible-character': {
    message: t('"{value}" มี{char} ซ่อนอยู่ที่ตัวที่ {position}', '"{value}" holds {char}, unseen, at character {position}'),
    expected: t('ค่าเดียวกันโดยไม่มีอักขระนี้: "{clean}"', 'the same without it: "{clean}"'),
    hint: t('ลบอักขระนี้ออกโดยพิมพ์ค่านี้ใหม่ด้วยมือ (มักติดมากับข้อความที่คัดลอกจากเว็บหรือเอกสารอื่น)', 'type the value again by hand to drop it (it comes with text copied from a web page or another document)'),
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
  'point-without-minutes': {
    message: t('ประเด็นนี้นำมาจากรายงานการประชุม แต่ไฟล์นี้ไม่มีส่วน minutes:', 'this point is taken from the minutes, but the file has no minutes: section'),
    expected: t('ส่วน minutes: ที่มีระเบียบวาระ (agenda:) ในไฟล์เดียวกัน', 'a minutes: section with its agenda (agenda:) in the same file'),
    hint: t('เพิ่มรายงานการประชุมลงในไฟล์นี้ หรือเขียนประเด็นเองด้วย text: แทน from_minutes:', 'add the minutes to this file, or write the point yourself with text: instead of from_minutes:'),
  },
  'substitute-without-for': {
    message: t('ผู้มาประชุมแทนไม่ได้ระบุว่าแทนใคร', 'a substitute does not say whom they replace'),
    expected: t('substitute_for: ตำแหน่งหรือชื่อของผู้ที่ตนมาแทน เช่น substitute_for: ผู้ว่าราชการจังหวัดตราด', 'substitute_for: the position or name of the member they replace'),
    hint: t('รายงานการประชุมเขียนว่า "แทน ..." ต่อท้ายตำแหน่งของผู้มาแทน', 'the minutes write "แทน …" (on behalf of …) after the substitute\'s position'),
  },
  'unknown-key': {
    message: t('ไม่รู้จักหัวข้อ `{key}`', 'unknown key `{key}`'),
    expected: t('หัวข้อที่ใช้ได้ในส่วนนี้: {known}', 'the keys allowed here: {known}'),
    hint: t('หัวข้อที่ไม่รู้จักจะไม่ถูกพิมพ์ลงเอกสาร แก้การสะกด หรือย้ายข้อมูลสำหรับแม่แบบของหน่วยงานเองไปไว้ใต้ extra:', 'an unknown key would never reach the document: fix its spelling, or move data for your own templates under extra:'),
  },
  'unknown-key-suggest': {
    message: t('ไม่รู้จักหัวข้อ `{key}` — หมายถึง `{suggestion}` หรือเปล่า', 'unknown key `{key}` — did you mean `{suggestion}`?'),
    expected: t('หัวข้อที่ใช้ได้ในส่วนนี้: {known}', 'the keys allowed here: {known}'),
    hint: t('แก้ชื่อหัวข้อเป็น `{suggestion}` เพราะข้อมูลใต้หัวข้อที่สะกดผิดจะไม่ถูกพิมพ์ลงเอกสาร', 'rename it `{suggestion}`: data under a misspelt key would never reach the document'),
  },
  'missing-section': {
    message: t('ไฟล์นี้ไม่มีส่วน `{section}:` ซึ่งแม่แบบ {template} ต้องใช้', 'this file has no `{section}:` section, which the {template} template needs'),
    expected: t('ส่วน `{section}:` ที่ขอบซ้ายสุดของไฟล์', 'a `{section}:` section at the left margin of the file'),
    hint: t('ดูตัวอย่างด้วย saraban init {template}', 'see an example with saraban init {template}'),
  },
  'missing-section-suggest': {
    message: t('ไฟล์นี้ไม่มีส่วน `{section}:` — หมายถึง `{suggestion}:` หรือไม่', 'this file has no `{section}:` section — did you mean `{suggestion}:`?'),
    expected: t('ส่วน `{section}:` ซึ่งแม่แบบ {template} ต้องใช้', 'a `{section}:` section, which the {template} template needs'),
    hint: t('แก้ชื่อ `{suggestion}:` เป็น `{section}:`', 'rename `{suggestion}:` to `{section}:`'),
  },
  'list-too-short': {
    message: t('ต้องมี{what}อย่างน้อย {minimum} รายการ', 'needs at least {minimum} {what}'),
    hint: t('เพิ่มรายการเป็นบรรทัดที่ขึ้นต้นด้วย "- "', 'add entries as lines starting with "- "'),
  },
  'electronic-without-platform': {
    message: t('ประชุมผ่านสื่ออิเล็กทรอนิกส์อย่างเดียว แต่ไม่ได้ระบุช่องทาง', 'an electronic meeting without its platform'),
    expected: t('platform: ช่องทางการประชุม เช่น platform: Zoom Cloud Meetings', 'platform: the platform, e.g. platform: Zoom Cloud Meetings'),
    hint: t('เพิ่ม platform: หรือลบ electronic_only: true ถ้าประชุมที่ห้องประชุม', 'add platform:, or remove electronic_only: true if the meeting was in a room'),
  },
  'news-without-date': {
    message: t('ข่าวไม่มีวันที่ประชุม (meeting.date)', 'the news release has no date (meeting.date)'),
    expected: t('date: วันที่ประชุม เช่น date: 2021-07-29 ในส่วน meeting:', 'date: the meeting\'s date under meeting:, e.g. date: 2021-07-29'),
    hint: t('เพิ่ม date: ในส่วน meeting: หรือถ้าข่าวไม่ระบุวัน เวลา และสถานที่ ให้เขียน when: none ในส่วน news: › lead:', 'add date: under meeting:, or, if the release states no date, time or place, write when: none under news: › lead:'),
  },
  'news-without-venue': {
    message: t('ข่าวไม่มีสถานที่ประชุม (meeting.venue)', 'the news release has no place (meeting.venue)'),
    expected: t('venue: สถานที่ประชุม ในส่วน meeting:', 'venue: where the meeting was held, under meeting:'),
    hint: t('เพิ่ม venue: ในส่วน meeting: หรือถ้าข่าวไม่ระบุสถานที่ ให้เขียน place: false ในส่วน news: › lead:', 'add venue: under meeting:, or, if the release states no place, write place: false under news: › lead:'),
  },
  'news-stale-fact': {
    message: t('ข่าว ({where}) ยังเขียนว่า "{old}" แต่ข้อมูลตอนนี้เป็น "{now}"', 'the release ({where}) still says "{old}" where the data now says "{now}"'),
    expected: t('ข้อความข่าวที่ตรงกับข้อมูลการประชุม', 'the release\'s text agreeing with the meeting\'s data'),
    hint: t('แก้ข้อความข่าวใน {where} ให้ตรงกับข้อมูล (หรือแก้ข้อมูลกลับ) แล้วสั่ง saraban news-draft --facts ไฟล์ข้อมูล เพื่อบันทึกข้อเท็จจริงชุดใหม่', 'correct the text in {where} to agree with the data (or the data back), then run saraban news-draft --facts <data file> to record the facts anew'),
  },
  'minutes-without-meeting': {
    message: t('รายงานการประชุมต้องมีส่วน meeting: (ชื่อ วันที่ เวลา สถานที่ ประธาน)', 'minutes need a meeting: section (title, date, times, venue, chair)'),
    hint: t('ดูตัวอย่างด้วย saraban init minutes', 'see an example with saraban init minutes'),
  },
  'invitation-garuda': {
    message: t('หนังสือเชิญประชุมฉบับจริงต้องมีภาพตราครุฑ (invitation.garuda)', 'a final invitation letter needs the Garuda image (invitation.garuda)'),
    expected: t('garuda: ชื่อไฟล์ภาพตราครุฑ PNG หรือ JPEG ที่อยู่ในโฟลเดอร์เดียวกับไฟล์ข้อมูล เช่น garuda: krut.png', 'garuda: the name of a PNG or JPEG of the Garuda beside the data file, e.g. garuda: krut.png'),
    hint: t('saraban ไม่มีภาพตราครุฑให้ ให้ใช้ไฟล์ตราครุฑของหน่วยงาน หรือถ้ายังเป็นร่าง ให้เขียน status: draft (หรือสั่งด้วย --draft) แล้วหนังสือจะเว้นกรอบว่างขนาดเท่าตราครุฑไว้', 'saraban ships no Garuda: use your agency\'s file, or, while it is a draft, write status: draft (or run with --draft): the letter leaves an empty box of the Garuda\'s size'),
  },
  'agenda-title': {
    message: t('ระเบียบวาระที่ {number} ไม่มีชื่อเรื่องตามธรรมเนียม', 'agenda item {number} has no customary title'),
    expected: t('title: ชื่อระเบียบวาระ (วาระที่ 1–5 มีชื่อตามธรรมเนียมให้แล้ว)', 'title: the item\'s title (items 1–5 have customary ones)'),
    hint: t('เพิ่มบรรทัด title: ให้ระเบียบวาระนี้', 'add a title: line to this item'),
  },
  'block-empty': {
    message: t('ย่อหน้านี้ไม่มีทั้งข้อความ รายการ และตาราง', 'a block with neither text, a list nor a table'),
    hint: t('เพิ่ม text:, list: หรือ table: หรือลบรายการนี้ออก', 'add text:, list: or table:, or delete the entry'),
  },
  'table-shape': {
    message: t('จำนวนช่องในแต่ละแถวของตาราง (และ widths) ไม่เท่ากับหัวตารางหรือแถวแรก', 'every row (and widths) must have as many cells as the header or the first row'),
    hint: t('นับช่องของทุกแถวให้เท่ากัน ช่องที่ว่างเขียน ""', 'give every row the same number of cells; write "" for an empty one'),
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
  'too-small-exclusive': {
    message: t('{value} น้อยเกินไป', '{value} is too small'),
    expected: t('มากกว่า {minimum}', 'more than {minimum}'),
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
  // ── data from a program (the library's validate and render) ───────────────────────────────
  'data-unsupported': {
    message: t('ค่า {value} เป็น{kind} ซึ่งใช้เป็นข้อมูลไม่ได้', '{value} is a {kind}, which cannot be data'),
    expected: t('ข้อความ ตัวเลข true/false รายการ หรือออบเจกต์ธรรมดา', 'text, a number, true or false, a list or a plain object'),
    hint: t('แปลงก่อนส่ง เช่น BigInt ด้วย Number(x) วันที่เป็นข้อความ "2021-07-29" และ Map ด้วย Object.fromEntries(m)', 'convert it first: a BigInt with Number(x), a date to text "2021-07-29", a Map with Object.fromEntries(m)'),
  },
  'data-cycle': {
    message: t('ข้อมูลวนกลับมาที่ตัวเอง: ค่านี้คือ {to} ซึ่งมีค่านี้อยู่ข้างใน', 'the data loops back on itself: this value is {to}, which holds it'),
    expected: t('ข้อมูลที่ไม่มีรายการหรือออบเจกต์ใดอยู่ภายในตัวเอง', 'data in which no list or object holds itself'),
    hint: t('ใส่สำเนาของค่าแทนตัวมันเอง หรือลบการอ้างถึงนี้', 'put a copy of the value there instead of the value itself, or remove the reference'),
  },
  'data-unreadable': {
    message: t('อ่านค่านี้ไม่ได้: {detail}', 'this value cannot be read: {detail}'),
    expected: t('ค่าธรรมดาที่อ่านได้ ไม่ใช่ getter หรือ Proxy ที่เกิดข้อผิดพลาด', 'a plain value, not a getter or a Proxy that throws'),
    hint: t('saraban อ่านแต่ละค่าเพียงครั้งเดียว getter หรือ Proxy นี้เกิดข้อผิดพลาดขณะอ่าน ให้ส่งค่าธรรมดาแทน', 'saraban reads each value once, and this getter or Proxy threw when read: pass plain values'),
  },
  'data-too-deep': {
    message: t('ข้อมูลซ้อนกันลึกเกิน {cap} ชั้น', 'the data is nested more than {cap} levels deep'),
    expected: t('ข้อมูลซ้อนกันไม่เกิน {cap} ชั้น (เอกสารจริงใช้ไม่ถึง 20 ชั้น)', 'at most {cap} levels (real documents use fewer than 20)'),
    hint: t('ตรวจโปรแกรมที่สร้างข้อมูลว่าไม่ได้ซ้อนรายการไว้ในตัวเองทีละชั้น', 'check the program that built the data for lists wrapped in lists level after level'),
  },
  'data-too-large': {
    message: t('ข้อมูลมีค่ามากกว่า {cap} ค่า (ส่วนที่ใช้ร่วมกันนับทุกครั้งที่พบ)', 'the data holds more than {cap} values (a shared part counted each time it appears)'),
    hint: t('ตรวจว่าไม่ได้ใส่ออบเจกต์เดียวกันซ้ำในหลายที่ซ้อนกันหลายชั้น', 'check that one object is not placed in many places, level after level'),
  },
  // ── batch records ───────────────────────────────────────────────────────────────────────────
  'batch-each-missing': {
    message: t('--each {path}: ไม่มีรายการนี้ในไฟล์ข้อมูล', '--each {path}: the data has nothing at this path'),
    hint: t('ระบุรายการในไฟล์ข้อมูล เช่น --each meeting.schedule', 'name a list in the data file, e.g. --each meeting.schedule'),
  },
  'batch-each-not-list': {
    message: t('--each {path}: ส่วนนี้ไม่ใช่รายการ (บรรทัดที่ขึ้นต้นด้วย "- ")', '--each {path}: this is not a list'),
    hint: t('ระบุรายการในไฟล์ข้อมูล เช่น --each meeting.schedule', 'name a list in the data file, e.g. --each meeting.schedule'),
  },
  'batch-each-needed': {
    message: t('ต้องระบุ --each: จะทำเอกสารจากรายการใดใน {file}', '--each is needed: which list of {file} makes the documents?'),
    hint: t('ระบุด้วย --each เช่น --each meeting.schedule หรือใช้ตาราง (.csv, .xlsx) เพื่อทำฉบับละหนึ่งแถว', 'name it with --each, e.g. --each meeting.schedule; or give a table (.csv, .xlsx) for one document per row'),
  },
  'batch-each-with-table': {
    message: t('--each ใช้กับไฟล์ข้อมูล YAML/JSON เท่านั้น: ตารางทำเอกสารฉบับละหนึ่งแถวอยู่แล้ว', '--each is for a data file; a table gives one record per row already'),
    hint: t('ลบ --each ออก', 'leave out --each'),
  },
  'batch-with-without-table': {
    message: t('--with ใช้กับตาราง (CSV, XLSX) เท่านั้น: ไฟล์ข้อมูลเป็นข้อมูลที่ใช้ร่วมกันอยู่แล้ว', '--with is for a table (CSV, XLSX); a data file is its own shared data'),
    hint: t('ลบ --with ออก หรือระบุตารางแทนไฟล์ข้อมูล', 'leave out --with, or give a table instead of the data file'),
  },
  'batch-where': {
    message: t('อ่านเงื่อนไข --where "{expr}" ไม่เข้าใจ', '--where "{expr}": not understood'),
    hint: t('เขียนชื่อช่อง ("agency"), "!agency", "ช่อง=ค่า" หรือ "ช่อง!=ค่า"', 'write a field ("agency"), "!agency", "field=value" or "field!=value"'),
  },
  'table-unreadable': {
    message: t('อ่านตารางไม่ได้: {code}', 'cannot read the table: {code}'),
    hint: t('ตรวจชื่อไฟล์และโฟลเดอร์ว่าสะกดถูกและมีไฟล์อยู่จริง', 'check that the file name and folder are spelled right and the file exists'),
  },
  'table-empty': {
    message: t('ตารางว่าง: แถวแรกต้องเป็นหัวตารางที่บอกชื่อช่อง', 'the table is empty: it needs a header row naming the fields'),
    hint: t('เขียนชื่อช่องในแถวแรก เช่น agency, topic, order', 'name the fields in the first row, e.g. agency, topic, order'),
  },
  'table-csv-syntax': {
    message: t('ไฟล์ CSV อ่านไม่ได้: {detail}', 'the CSV does not parse: {detail}'),
    hint: t('ตรวจเครื่องหมายคำพูด (") ที่เปิดแล้วไม่ปิดในบรรทัดนี้ หรือเปิดใน Excel แล้วบันทึกใหม่เป็น CSV UTF-8', 'look for a quote (") opened and never closed on this line, or open it in Excel and save it again as CSV UTF-8'),
  },
  'workbook-unreadable': {
    message: t('อ่านสมุดงาน XLSX ไม่ได้{sheet}: {detail}', 'cannot read the workbook{sheet}: {detail}'),
    hint: t('ตรวจชื่อแผ่นงานที่ให้ใน --sheet หรือเปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกใหม่เป็น .xlsx', 'check the sheet name given to --sheet, or open the file in Excel or LibreOffice and save it again as .xlsx'),
  },
  'table-header-twice': {
    message: t('หัวตารางมีคอลัมน์ "{name}" ซ้ำสองครั้ง', 'the header names the column "{name}" twice'),
    hint: t('เปลี่ยนชื่อหรือลบคอลัมน์ที่ซ้ำ', 'rename or delete the repeated column'),
  },
  'table-header-unsafe': {
    message: t('"{name}" ใช้เป็นชื่อคอลัมน์ไม่ได้', '"{name}" cannot be a column name'),
    hint: t('เปลี่ยนชื่อคอลัมน์', 'rename the column'),
  },
  'unknown-format': {
    message: t('ไม่รู้จักชนิดไฟล์ "{name}"', 'unknown format "{name}"'),
    hint: t('เลือกจาก: {available}', 'choose from: {available}'),
  },
  'cell-uncalculated': {
    message: t('คอลัมน์ {column}: สูตรยังไม่ได้คำนวณ', 'column {column}: the formula has no calculated value'),
    hint: t('เปิดไฟล์ใน Excel แล้วบันทึกอีกครั้ง (โปรแกรมที่สร้างไฟล์ไม่ได้คำนวณสูตรไว้)', 'open the file in Excel and save it again (the program that made it did not calculate its formulas)'),
  },
  'cell-error': {
    message: t('คอลัมน์ {column}: สูตรคำนวณผิดพลาด ({code})', 'column {column}: the formula gives an error ({code})'),
    hint: t('แก้สูตรในช่องนี้ใน Excel (เช่น อ้างถึงช่องที่ถูกลบ หรือหารด้วยศูนย์) แล้วบันทึกอีกครั้ง', 'fix the formula in this cell in Excel (it may refer to a deleted cell or divide by zero) and save again'),
  },
  'row-cells': {
    message: t('แถวนี้มี {cells} ช่อง แต่หัวตารางมี {width} คอลัมน์ (ขาดหรือเกินจุลภาคหรือเปล่า)', 'has {cells} cells, the header has {width} columns (a missing or extra comma?)'),
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
  'template-value': {
    message: t('แม่แบบเรียก {helper} กับ{value} ซึ่งไม่ใช่{kind}', 'the template gives {helper} {value}, which is not {kind}'),
    hint: t('ถ้าไฟล์ข้อมูลยังไม่มีค่านี้ ให้เพิ่มในไฟล์ข้อมูล หรือครอบด้วย {{#if …}} ในแม่แบบ', 'if the data lacks the value, add it to the data file, or wrap the call in {{#if …}} in the template'),
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
  'markup-number': {
    message: t('{name}="{value}" อยู่นอกช่วงที่ใช้ได้', '{name}="{value}" is out of range'),
    expected: t('{kind} ตั้งแต่ {min} ถึง {max}{unit}', '{kind} from {min} to {max}{unit}'),
    hint: t('ตรวจตัวเลขในแม่แบบ (ใช้จุดทศนิยม ไม่ใช้รูปแบบ 1e9)', 'check the number in the template (plain decimals, not forms like 1e9)'),
  },
  'markup-root': {
    message: t('markup ของเอกสารต้องขึ้นต้นด้วย <document> ไม่ใช่ <{name}>', 'the markup must start with <document>, not <{name}>'),
    hint: t('ให้แม่แบบห่อเนื้อหาทั้งหมดไว้ใน <document>…</document>', 'wrap the whole template in <document>…</document>'),
  },
  'markup-empty': {
    message: t('แม่แบบไม่ได้สร้าง markup ของเอกสารเลย', 'the template made no document markup'),
    hint: t('ตรวจว่าแม่แบบมี <document>…</document> และไม่ได้อยู่ภายในเงื่อนไขที่เป็นเท็จทั้งหมด', 'check that the template has <document>…</document> and that it is not all inside a condition that is false'),
  },
  'markup-margins': {
    message: t('margins ต้องมีตัวเลขสี่ค่า หน่วยเซนติเมตร: บน ขวา ล่าง ซ้าย', 'margins takes four numbers in cm: top right bottom left'),
    hint: t('เช่น margins="2.5 2 2 3"', 'e.g. margins="2.5 2 2 3"'),
  },
  'markup-loose-text': {
    message: t('มีข้อความอยู่นอกย่อหน้า: "{text}"', 'text outside a block: "{text}"'),
    hint: t('ใส่ข้อความไว้ใน <p>…</p>', 'wrap it in <p>…</p>'),
  },
  'markup-unknown-block': {
    message: t('ไม่รู้จักบล็อก <{name}>', 'unknown block <{name}>'),
    hint: t('บล็อกที่ใช้ได้อยู่ในตาราง markup ของ README', 'the README\'s markup table lists the blocks'),
  },
  'markup-paragraph-number': {
    message: t('number ต้องเป็นเลขแบบ 4 หรือ 4.1 ไม่ใช่ "{value}"', 'number must be like 4 or 4.1, not "{value}"'),
  },
  'markup-marker': {
    message: t('marker ต้องมี {n} ตรงที่จะใส่เลข: "{pattern}"', 'marker must hold {n}, where the number goes: "{pattern}"'),
    hint: t('เช่น marker="ระเบียบวาระที่ {n}"', 'e.g. marker="ระเบียบวาระที่ {n}"'),
  },
  'markup-unknown-style': {
    message: t('ไม่รู้จักรูปแบบ{kind} "{name}" (ที่มี: {known})', 'unknown {kind} style "{name}" (known: {known})'),
  },
  'markup-row-stops': {
    message: t('<row> มี {cells} ช่อง แต่ระบุ stops {stops} ค่า', '<row> has {cells} cells but {stops} stops'),
    hint: t('ให้ stops มีตำแหน่งหนึ่งค่าต่อหนึ่ง <cell>', 'give stops one position per <cell>'),
  },
  'markup-table-widths': {
    message: t('<table> มี {columns} คอลัมน์ แต่ระบุ widths {widths} ค่า', '<table> has {columns} columns but {widths} widths'),
    hint: t('ให้ widths มีความกว้างหนึ่งค่าต่อหนึ่งคอลัมน์', 'give widths one width per column'),
  },
  'markup-table-narrow': {
    message: t('ตารางมี {columns} คอลัมน์ แคบเกินกว่าจะพิมพ์ได้: คอลัมน์ที่ {column} กว้างเพียง {width} ซม. (ต้องกว้างอย่างน้อย {min} ซม.)', 'the table has {columns} columns, too narrow to print: column {column} is only {width} cm wide (at least {min} cm)'),
    hint: t('หน้ากระดาษนี้รับได้ไม่เกินราว {fits} คอลัมน์: ลดจำนวนคอลัมน์ แบ่งเป็นหลายตาราง หรือปรับ widths ให้คอลัมน์นี้กว้างขึ้น', 'this page takes about {fits} columns at most: use fewer columns, split the table, or give this column a larger share in widths'),
  },
  'markup-only-elements': {
    message: t('ภายใน <{name}> มีได้เฉพาะ {allowed} ไม่ใช่ข้อความ', '<{name}> holds only {allowed}, not text'),
  },
  'markup-not-allowed': {
    message: t('<{child}> อยู่ภายใน <{name}> ไม่ได้ (ใช้ได้: {allowed})', '<{child}> is not allowed in <{name}> (expected {allowed})'),
  },
  'markup-span-style': {
    message: t('<span> ต้องระบุรูปแบบตัวอักษร', '<span> needs a character style'),
    hint: t('เช่น <span style="memo-label">', 'e.g. <span style="memo-label">'),
  },
  'markup-inline-block': {
    message: t('<{name}> อยู่กลางบรรทัดข้อความไม่ได้', '<{name}> cannot stand inside a line of text'),
    hint: t('ปิดย่อหน้าก่อน แล้วจึงเริ่ม <{name}>', 'close the paragraph before the <{name}>'),
  },
  'markup-align': {
    message: t('align ต้องเป็น {aligns} ไม่ใช่ "{value}"', 'align must be one of {aligns}, not "{value}"'),
  },
  'markup-boolean': {
    message: t('{name} ต้องเป็น true หรือ false ไม่ใช่ "{value}"', '{name} must be true or false, not "{value}"'),
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
  // ── input files, their encoding and the caps (src/io/input.ts, src/io/limits.ts) ───────────────────
  'input-unreadable': {
    message: t('อ่าน{kind} {name} ไม่ได้ ({code})', 'cannot read the {kind} {name} ({code})'),
    hint: t('ตรวจชื่อไฟล์และโฟลเดอร์ว่าสะกดถูกและมีไฟล์อยู่จริง', 'check that the file name and folder are spelled right and the file exists'),
  },
  'input-outside': {
    message: t('{kind} {name} อยู่นอกโฟลเดอร์ที่อนุญาต (เมื่อตามลิงก์แล้ว)', 'the {kind} {name} is outside the allowed folders (once links are followed)'),
    expected: t('ไฟล์จริงภายใน {allowed}', 'a real file inside {allowed}'),
    hint: t('คัดลอกไฟล์มาไว้ในโฟลเดอร์นั้นแทนการใช้ลิงก์', 'copy the file into that folder instead of linking to it'),
  },
  'input-not-file': {
    message: t('{kind} {name} ไม่ใช่ไฟล์ธรรมดา (เป็นโฟลเดอร์ อุปกรณ์ หรือ pipe)', 'the {kind} {name} is not a regular file (it is a folder, a device or a pipe)'),
    hint: t('ระบุไฟล์ที่บันทึกไว้บนดิสก์', 'name a file saved on disk'),
  },
  'input-too-big': {
    message: t('{kind} {name} ใหญ่เกินไป ({size})', 'the {kind} {name} is too large ({size})'),
    expected: t('ไม่เกิน {cap}', 'at most {cap}'),
    hint: t('ถ้าไฟล์ถูกต้องจริง เพิ่มขีดจำกัดด้วยตัวแปรสภาพแวดล้อม {env} (หน่วย {unit})', 'if the file is right, raise the cap with the environment variable {env} (in {unit})'),
  },
  'input-bad-utf8': {
    message: t('ไฟล์เป็น UTF-8 แต่มีไบต์ที่ไม่ถูกต้อง (0x{byte})', 'the file is UTF-8 but holds an invalid byte (0x{byte})'),
    expected: t('ข้อความ UTF-8 ทั้งไฟล์', 'UTF-8 text throughout'),
    hint: t('แก้อักขระที่ตำแหน่งนี้ แล้วบันทึกไฟล์ใหม่เป็น UTF-8', 'fix the character at this place and save the file again as UTF-8'),
  },
  'input-utf16': {
    message: t('ไฟล์เป็น UTF-16 ที่ไม่มี BOM อ่านไม่ได้แน่ชัด', 'the file is UTF-16 without a byte-order mark and cannot be read reliably'),
    hint: t('บันทึกไฟล์ใหม่เป็น UTF-8', 'save the file again as UTF-8'),
  },
  'control-character': {
    message: t('มีอักขระควบคุม {char} ซึ่งพิมพ์ไม่ได้', 'holds the control character {char}, which cannot be printed'),
    hint: t('ลบอักขระนี้ออก (มักติดมาจากการคัดลอก)', 'delete it (it usually comes with copied text)'),
  },
  'image-too-many-pixels': {
    message: t('ภาพ {src} ใหญ่เกินไป ({width}×{height} จุด)', 'the image {src} is too large ({width}×{height} pixels)'),
    expected: t('ไม่เกิน {cap}', 'at most {cap}'),
    hint: t('ย่อภาพก่อนใช้ หรือเพิ่มขีดจำกัดด้วยตัวแปรสภาพแวดล้อม {env}', 'shrink the image first, or raise the cap with the environment variable {env}'),
  },
  'image-damaged': {
    message: t('ไฟล์ภาพ {src} เสียหาย: {detail}', 'the image {src} is damaged: {detail}'),
    hint: t('เปิดภาพแล้วบันทึกใหม่เป็น PNG หรือ JPEG', 'open the image and save it again as PNG or JPEG'),
  },
  'workbook-too-big': {
    message: t('สมุดงาน XLSX เมื่อคลายการบีบอัดใหญ่เกิน {cap} ({part})', 'the XLSX workbook unzips to more than {cap} ({part})'),
    hint: t('บันทึกแผ่นงานเป็น CSV หรือเพิ่มขีดจำกัดด้วยตัวแปรสภาพแวดล้อม {env}', 'save the sheet as CSV, or raise the cap with the environment variable {env}'),
  },
  'workbook-damaged': {
    message: t('ไฟล์ XLSX เสียหาย: {detail}', 'the XLSX file is damaged: {detail}'),
    hint: t('เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกใหม่', 'open it in Excel or LibreOffice and save it again'),
  },
  'markup-too-big': {
    message: t('เอกสารที่แม่แบบสร้างจากข้อมูลใหญ่เกินไป ({size})', 'the document the template makes from the data is too large ({size})'),
    expected: t('ไม่เกิน {cap}', 'at most {cap}'),
    hint: t('ตรวจ {{#each}} ที่ซ้อนกันในแม่แบบ หรือเพิ่มขีดจำกัดด้วยตัวแปรสภาพแวดล้อม {env}', 'check the template for nested {{#each}} loops, or raise the cap with the environment variable {env}'),
  },
  // ── PDF/A, signing ──────────────────────────────────────────────────────────────────────────
  'pdf-no-data': {
    message: t('ไฟล์ PDF {name} ไม่มีข้อมูลของ saraban แนบอยู่', 'the PDF {name} carries no saraban data'),
    hint: t('เปิดไฟล์ข้อมูล (.yaml) แทน หรือใช้ PDF ที่ทำด้วยคำสั่ง saraban render --pdf-a', 'open the data file (.yaml) instead, or a PDF made with saraban render --pdf-a'),
  },
  'pdf-foreign-data': {
    message: t('ไฟล์ที่แนบมากับ PDF {name} ({attachments}) ไม่ใช่ข้อมูลของ saraban', 'the file attached to the PDF {name} ({attachments}) is not saraban data'),
    hint: t('ใช้ PDF ที่ทำด้วยคำสั่ง saraban render --pdf-a หรือเปิดไฟล์ข้อมูล (.yaml) แทน', 'use a PDF made with saraban render --pdf-a, or open the data file (.yaml) instead'),
  },
  'pdf-unreadable': {
    message: t('{name} ไม่ใช่ไฟล์ PDF ที่ saraban ลงนามหรือตรวจได้ ({detail})', '{name} is not a PDF saraban can sign or check ({detail})'),
    hint: t('ใช้ไฟล์ PDF ที่ทำด้วยคำสั่ง saraban render --pdf-a', 'use a PDF made with saraban render --pdf-a'),
  },
  'cert-unreadable': {
    message: t('เปิดใบรับรอง {name} ไม่ได้: รหัสผ่านไม่ถูกต้อง หรือไม่ใช่ไฟล์ .p12/.pfx ที่มีกุญแจ RSA', 'cannot open the certificate {name}: wrong passphrase, or not a .p12/.pfx file with an RSA key'),
    hint: t('ตรวจรหัสผ่าน (ตัวแปร SARABAN_CERT_PASSWORD หรือที่พิมพ์ตอนถาม) และไฟล์ที่ได้จากผู้ออกใบรับรอง', 'check the passphrase (SARABAN_CERT_PASSWORD, or as typed when asked) and the file your CA gave you'),
  },
  'cert-no-password': {
    message: t('ไม่มีรหัสผ่านของใบรับรอง {name}', 'no passphrase for the certificate {name}'),
    hint: t('ตั้งตัวแปรสภาพแวดล้อม SARABAN_CERT_PASSWORD หรือสั่งจากหน้าจอที่พิมพ์รหัสผ่านได้ (ไม่รับรหัสผ่านทางบรรทัดคำสั่ง)', 'set SARABAN_CERT_PASSWORD, or run it from a terminal that can ask (a passphrase is never taken as an argument)'),
  },
  // ── commands ────────────────────────────────────────────────────────────────────────────────
  'next-exists': {
    message: t('มีไฟล์ {file} อยู่แล้ว จึงไม่เขียนทับ', '{file} already exists; not overwriting it'),
    hint: t('ตั้งชื่อไฟล์ใหม่ด้วย --out หรือใช้ --force เพื่อเขียนทับ', 'choose another name with --out, or add --force to overwrite'),
  },
  'next-no-minutes': {
    message: t('ไฟล์นี้ไม่มีรายงานการประชุม (minutes:) ที่มีครั้งที่ จึงทำการประชุมครั้งถัดไปไม่ได้', 'this file has no minutes (minutes:) with a number, so there is no next meeting to make'),
    hint: t('saraban next อ่านครั้งที่ (minutes.number) ระเบียบวาระ และมติของการประชุมครั้งนี้ เพิ่ม minutes: พร้อม number: ก่อน', 'saraban next reads this meeting\'s number (minutes.number), agenda and resolutions: add minutes: with number: first'),
  },
  'news-draft-exists': {
    message: t('ข่าวใน {file} มีย่อหน้านำที่ร่างหรือเขียนไว้แล้ว จึงไม่ร่างทับ', 'the release in {file} already has a drafted or written lead; not drafting over it'),
    hint: t('ข้อความเป็นของผู้เขียนแล้ว: แก้ต่อใน news.lead.text หรือใช้ --force เพื่อร่างใหม่ทับ (หลังแก้ข้อความให้ตรงกับข้อมูล ใช้ --facts เพื่อบันทึกข้อเท็จจริงใหม่)', 'the text is yours now: edit news.lead.text, or add --force to draft over it (after correcting the text to the data, --facts records the facts anew)'),
  },
  'news-draft-not-yaml': {
    message: t('{file} ไม่ใช่ไฟล์ YAML จึงเขียนร่างข่าวลงไปไม่ได้', '{file} is not a YAML file, so the draft cannot be written into it'),
    hint: t('saraban news-draft เขียนร่างลงในไฟล์ .yaml หรือ .yml โดยคงหมายเหตุเดิมไว้', 'saraban news-draft writes into a .yaml or .yml file, keeping its comments'),
  },
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

/** What a system error code means, for a clerk: ENOENT is "ไม่พบไฟล์", never "ENOENT". */
const SYSTEM_REASONS: Record<string, Bilingual> = {
  ENOENT: t('ไม่พบไฟล์หรือโฟลเดอร์นี้', 'no such file or folder'),
  EACCES: t('ไม่มีสิทธิ์เข้าถึง', 'permission denied'),
  EPERM: t('ไม่มีสิทธิ์เข้าถึง', 'permission denied'),
  EISDIR: t('เป็นโฟลเดอร์ ไม่ใช่ไฟล์', 'it is a folder, not a file'),
  ENOTDIR: t('มีไฟล์ขวางอยู่ในตำแหน่งที่ต้องเป็นโฟลเดอร์', 'a file stands where a folder should be'),
  ENOSPC: t('ดิสก์เต็ม', 'the disk is full'),
  ENAMETOOLONG: t('ชื่อไฟล์ยาวเกินไป', 'the file name is too long'),
  EROFS: t('ดิสก์นี้เขียนไม่ได้ (อ่านได้อย่างเดียว)', 'the disk is read-only'),
  EBUSY: t('ไฟล์ถูกโปรแกรมอื่นเปิดใช้อยู่', 'the file is in use by another program'),
  EMFILE: t('เปิดไฟล์พร้อมกันมากเกินไป', 'too many open files'),
};

/** The reason for a system error code, in both languages (an unknown code is shown as it is). */
export function systemReason(code: string | undefined): Bilingual {
  return (code && SYSTEM_REASONS[code]) || t(`ข้อผิดพลาดของระบบ ${code ?? ''}`.trim(), `system error ${code ?? ''}`.trim());
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
  int: t('จำนวนเต็ม', 'a whole number'),
  infinity: t('ค่าอนันต์ (.inf)', 'infinity (.inf)'),
  nan: t('ค่าที่ไม่ใช่ตัวเลข (.nan)', 'not-a-number (.nan)'),
};

/** Names of the kinds of input file, for the messages of the file gate (src/io/input.ts). */
export const INPUT_KINDS = {
  data: t('ไฟล์ข้อมูล', 'data file'),
  template: t('แม่แบบ', 'template'),
  image: t('ภาพ', 'image'),
  table: t('ตาราง', 'table'),
} as const satisfies Record<string, Bilingual>;
