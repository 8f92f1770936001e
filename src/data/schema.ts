// The data format, as one zod schema: the single source of truth for validation and for the
// TypeScript types of the data. Objects are strict: a key the schema does not know is an error (a
// misspelt `resolutoin:` must not vanish); an agency's own templates read their fields from `extra:`.
import type { z as Z } from 'zod';
import { z } from './zod.js';
import { formatIsoDate, formatTime, parseDate, parseTime, toArabicDigits } from '../thai/index.js';
import { matterVotes, MINUTES_REF, newsSchema } from './schema-news.js';
import { agendaPaperFields, INVITATION_FINAL, meetingPaperSchemas } from './schema-meeting-papers.js';
import { isRecord } from './shape.js';

const text = z.string().trim().min(1, 'must not be empty');


export const isoDate = z
  .string()
  .refine((s) => parseDate(s) !== undefined, {
    message: 'must be a real date: 15/6/67, 15/06/2567, 2021-07-29, 2564-07-29, 15 มิถุนายน 2567 or 15 มิ.ย. 67',
    params: { key: 'date' }, // src/messages/catalogue.ts: date-format, date-year or date-not-exist
  })
  .transform((s) => {
    const d = parseDate(s);
    return d ? formatIsoDate(d) : s;
  })
  .describe(
    'วันที่ — a date, read as the clerk wrote it: ISO Common Era 2021-07-29; ISO with a Buddhist-Era year 2564-07-29 ' +
      '(a year from 2400 is พ.ศ.); Thai 15 มิถุนายน 2567, 15 มิ.ย. 67, วันที่ ๑๕ มิถุนายน พ.ศ. ๒๕๖๗ (Thai or Arabic digits; ' +
      'a two-digit year is 25xx B.E.); in figures day/month/year 15/6/67, 15/06/2567 or 15.6.2024 (the era by the year\'s size). ' +
      'saraban writes it in Buddhist Era.',
  );
export const time = z
  .union([z.string(), z.number()])
  .refine((s) => parseTime(s) !== undefined, {
    message: 'must be a 24-hour time: 13:30, 13.30 or 13.30 น.',
    params: { key: 'time' }, // src/messages/catalogue.ts: time-format or time-out-of-range
  })
  .transform((s) => {
    const minutes = parseTime(s);
    return minutes === undefined ? String(s) : formatTime(minutes);
  })
  .describe(
    'เวลา — a 24-hour time: "13:30", "13.30", "13.30 น." or unquoted 13.30 (read as written: 9.05 is 9.05, 13.30 is 13.30); ' +
      'Thai digits too (๑๓.๓๐ น.). saraban writes it "13.30 น.".',
  );

/** A whole number as written: 2, or in Thai digits "๒" (a YAML or spreadsheet cell of text). */
const numeral = <T extends Z.ZodType<number, number>>(n: T, error = 'must be a number, in Arabic or Thai digits (2 or ๒)') =>
  z
    .union([z.number(), z.string().trim().regex(/^[0-9๐-๙]+(?:\.[0-9๐-๙]+)?$/).transform((s) => Number(toArabicDigits(s)))], { error })
    .pipe(n)
    .describe('a number, in Arabic or Thai digits (2 or ๒)');

export const person = z.strictObject({
  /** Title or rank: นาย, นาง, นางสาว, ดร., ว่าที่ร้อยตรี … */
  title: z.string().default('').describe('คำนำหน้า — title (นาย, นาง, นางสาว, ดร. …)'),
  name: text.describe('ชื่อ — first name'),
  surname: z.string().default('').describe('นามสกุล — surname'),
  position: z.string().optional().describe('ตำแหน่ง — position'),
});

export const scheduleItem = z.strictObject({
  topic: text.describe('หัวข้อ — topic'),
  /** The agency responsible for this slot, if any. */
  agency: z.string().optional().describe('หน่วยงานที่รับผิดชอบ — the agency responsible'),
  detail: z.string().optional().describe('รายละเอียด — detail'),
});

export const meeting = z.strictObject({
  /** The meeting's name as it follows "การประชุม" / "ร่วมประชุม". */
  title: text.describe('ชื่อการประชุม (ต่อจากคำว่า "การประชุม") — the meeting\'s title'),
  /** A short name for the lead: "…เข้าร่วมประชุมการ{short_title}". */
  short_title: z.string().optional().describe('ชื่อย่อของการประชุม สำหรับข่าว — a short name, for the news lead'),
  /** Required by the minutes and the memo; a news release may leave out what it does not say. */
  date: isoDate.optional().describe('วันที่ประชุม (พ.ศ.) — date of the meeting'),
  start: time.optional().describe('เริ่มประชุมเวลา — start time'),
  end: time.optional().describe('เลิกประชุมเวลา — end time'),
  venue: text.optional().describe('สถานที่ประชุม — venue'),
  chair: person.optional().describe('ประธานในที่ประชุม — the chair'),
  schedule: z.array(scheduleItem).default([]).describe('ลำดับขั้นตอนการประชุม — the running order'),
}).refine((m) => m.end === undefined || m.start === undefined || (parseTime(m.end) ?? Infinity) > (parseTime(m.start) ?? -Infinity), {
  message: 'the meeting must end after it starts: end is not later than start',
  path: ['end'],
  params: { key: 'end-before-start' },
});

export const agency = z.strictObject({
  name: text.describe('ชื่อหน่วยงาน — the agency\'s name'),
  abbreviation: z.string().optional().describe('ชื่อย่อ เช่น พช. — abbreviation'),
  department: z.string().optional().describe('สังกัดกรม — department'),
});

export const province = z.strictObject({
  name: text.describe('ชื่อจังหวัด — province'),
  vision: z.string().optional().describe('วิสัยทัศน์จังหวัด — the province\'s vision'),
  strategies: z.array(text).default([]).describe('ประเด็นยุทธศาสตร์จังหวัด — the province\'s strategies'),
});

/** A point or block the template writes from the data (the same facts in news and minutes). */
export const standardBlock = z.enum(['national_vision', 'province_vision', 'province_strategies', 'schedule']);

export const news = newsSchema({ isoDate, person, standardBlock });

/** The committee's roster, the invitation letter and the sign-in sheet (schema-meeting-papers.ts). */
export const { committee, invitation, signin, member } = meetingPaperSchemas({ isoDate, person });

// ---- รายงานการประชุม (minutes) -------------------------------------------------------------
// The minutes reuse `meeting` (title, date, start, end, venue, chair) and add what only the record
// holds: its number, who came and who did not, the agenda with resolutions, who wrote and checked it.

/** People in the minutes may be listed by name, by position, or both, but not by neither. */
const nameOrPosition: [(p: { name: string; position?: string | undefined }) => boolean, { message: string; path: string[]; params: { key: string } }] = [
  (p) => p.name !== '' || (p.position ?? '').trim() !== '',
  { message: 'give a name, a position or both', path: ['name'], params: { key: 'empty-attendee' } },
];

/** A member or guest as listed in the minutes: a person with their role in the meeting. */
export const attendee = person.extend({
  /** Members may be listed by position alone (the regulation: "names and/or positions"). */
  name: z.string().trim().default('').describe('ชื่อ — first name'),
  /** Role in this meeting: ประธาน, รองประธาน, กรรมการ, กรรมการและเลขานุการ … */
  role: z.string().optional().describe('บทบาทในที่ประชุม เช่น กรรมการ — role (ประธาน, กรรมการ …)'),
  /** Attends for someone else: written "… แทน {substitute_for}". */
  substitute: z.boolean().default(false).describe('มาประชุมแทน — attends for someone else'),
  /** Whom (a name or a position) the substitute attends for. */
  substitute_for: text.optional().describe('แทนใคร (ชื่อหรือตำแหน่ง) — whom they attend for'),
}).refine(...nameOrPosition).refine((p) => !p.substitute || p.substitute_for !== undefined, {
  message: 'a substitute must name whom they attend for: add substitute_for (e.g. "ผู้ว่าราชการจังหวัดตราด")',
  path: ['substitute_for'],
  params: { key: 'substitute-without-for' },
});

/** A member who did not come, with the reason if one was given. */
export const absentee = person.extend({
  name: z.string().trim().default('').describe('ชื่อ — first name'),
  /** ติดราชการ, ลาป่วย, ลากิจ … */
  reason: z.string().optional().describe('เหตุที่ไม่มา เช่น ติดราชการ — reason'),
}).refine(...nameOrPosition);

const cell = z.union([z.string(), z.number()]).transform(String);

/** A list entry: its text, and optionally a nested list. Written as a plain string when it has none. */
export interface MinutesListEntry {
  text: string;
  list?: MinutesListEntry[] | undefined;
  marker?: string | undefined;
}
const listEntryObject = z.strictObject({
  text: text.describe('ข้อความ — text'),
  get list() {
    return z.array(listEntry).optional().describe('รายการย่อย — a nested list');
  },
  /** Marker pattern of the nested list: "({n})" by default. */
  marker: z.string().optional().describe('รูปแบบเลขข้อย่อย เช่น ({n}) — the nested list\'s marker'),
}).describe('ข้อความพร้อมรายการย่อย — text with a nested list');
const listEntry: Z.ZodType<MinutesListEntry, unknown> = z.union([text.transform((t) => ({ text: t })).describe('ข้อความ — text'), listEntryObject]);

/** A block of the record: a paragraph (a plain string), a paragraph with a list, a table, or a
 * standard block the template writes from the data (national_vision, province_vision,
 * province_strategies, schedule: the same facts the news release states). */
export const minutesBlock = z.union([
  text.transform((t) => ({ text: t })).describe('ย่อหน้า — a paragraph'),
  z.strictObject({
    standard: standardBlock.describe('ข้อมูลมาตรฐาน — a standard block'),
    /** The lead-in line of a standard list block (schedule: "ลำดับขั้นตอน ดังนี้"). */
    text: text.optional().describe('บรรทัดนำ — the lead-in line'),
  }).describe('ข้อมูลมาตรฐานจากไฟล์ — a standard block'),
  z.strictObject({
    /** The paragraph; with `list`, the line that leads into it. */
    text: text.optional().describe('ย่อหน้า (หรือบรรทัดนำรายการ) — the paragraph, or the list\'s lead-in'),
    list: z.array(listEntry).optional().describe('รายการ 1) 2) 3) — a list'),
    /** Marker pattern of the list: "{n})" by default. */
    marker: z.string().optional().describe('รูปแบบเลขข้อ เช่น {n}) — the list marker'),
    table: z
      .strictObject({
        /** Header cells, repeated on each page the table runs onto. */
        header: z.array(cell).optional().describe('หัวตาราง — header cells'),
        rows: z.array(z.array(cell)).min(1, 'a table needs at least one row').describe('แถว — rows'),
        /** Relative column widths; equal when left out. */
        widths: z.array(z.number().positive()).optional().describe('สัดส่วนความกว้างของคอลัมน์ เช่น 2, 8, 3 — relative column widths'),
      })
      .refine((t) => {
        const n = (t.header ?? t.rows[0] ?? []).length;
        return t.rows.every((r) => r.length === n) && (t.widths === undefined || t.widths.length === n);
      }, { message: 'every row (and widths) must have as many cells as the first row or the header', params: { key: 'table-shape' } })
      .optional()
      .describe('ตาราง — a table'),
  }).refine((b) => b.text !== undefined || b.list !== undefined || b.table !== undefined, { message: 'a block needs text, a list or a table', params: { key: 'block-empty' } })
    .describe('ย่อหน้าพร้อมรายการหรือตาราง — a paragraph with a list or a table'),
]);

/** A matter within an agenda item (4.1, 4.2 …), with its own resolution. */
export const agendaTopic = z.strictObject({
  title: text.describe('เรื่อง — the matter'),
  details: z.array(minutesBlock).default([]).describe('รายละเอียด — what was reported or discussed'),
  /** มติที่ประชุม: "ที่ประชุมรับทราบ", "ที่ประชุมมีมติเห็นชอบ" … */
  resolution: z.string().optional().describe('มติที่ประชุม — the resolution'),
  votes: matterVotes.optional(),
  ...agendaPaperFields,
});

/** The customary agenda: ระเบียบวาระที่ 1–5 take these titles unless the data gives its own. */
export const STANDARD_AGENDA_TITLES: Readonly<Record<number, string>> = {
  1: 'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ',
  2: 'เรื่องรับรองรายงานการประชุม',
  3: 'เรื่องสืบเนื่อง',
  4: 'เรื่องเพื่อพิจารณา',
  5: 'เรื่องอื่น ๆ',
};

export const agendaItem = z.strictObject({
  /** ระเบียบวาระที่ N; default: one more than the item before (the first is 1). */
  number: numeral(z.number().int().positive()).optional().describe('ระเบียบวาระที่ (ว่างไว้ = ต่อจากวาระก่อน) — number; default: the next'),
  /** Default: the customary title of its number (1–5). */
  title: text.optional().describe('ชื่อระเบียบวาระ (ว่างไว้ = ชื่อตามธรรมเนียมของวาระ ๑–๕) — title; default: the customary one'),
  /** What was reported or discussed (before the topics, if there are any). */
  details: z.array(minutesBlock).default([]).describe('รายละเอียด — what was reported or discussed'),
  /** Matters numbered N.1, N.2 … each with its resolution. */
  topics: z.array(agendaTopic).default([]).describe('เรื่องย่อย (N.1, N.2 …) — matters, each with its resolution'),
  /** มติที่ประชุม for the agenda item as a whole. */
  resolution: z.string().optional().describe('มติที่ประชุม — the resolution'),
  votes: matterVotes.optional(),
  ...agendaPaperFields,
});

/** Each agenda item's number: its own, else one more than the item before (the first is 1);
 *  undefined from an item whose own number is not one, until the next that is. */
function agendaNumbers(items: readonly unknown[]): (number | undefined)[] {
  let previous: number | undefined = 0;
  return items.map((item) => {
    const own = isRecord(item) ? item.number : undefined;
    const n = own === undefined ? (previous === undefined ? undefined : previous + 1) : wholeNumber(own);
    previous = n;
    return n;
  });
}

/** 4 or "๔" as the number it is; undefined for anything else. */
function wholeNumber(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*[0-9๐-๙]+\s*$/.test(v) ? Number(toArabicDigits(v.trim())) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

const agenda = z
  .array(agendaItem)
  .min(1, 'minutes need at least one agenda item (ระเบียบวาระ)')
  // On the items as parsed so far (`when`), so that it is reported with the file's other problems.
  .superRefine(
    (items, ctx) => {
      agendaNumbers(items).forEach((number, k) => {
        const item: unknown = items[k];
        if (number === undefined || !isRecord(item) || item.title !== undefined || STANDARD_AGENDA_TITLES[number] !== undefined) return;
        ctx.addIssue({ code: 'custom', path: [k, 'title'], message: `ระเบียบวาระที่ ${number} has no customary title: give it a title`, params: { key: 'agenda-title', number } });
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  )
  .transform((items) => {
    const numbers = agendaNumbers(items);
    return items.map((item, k) => {
      const number = numbers[k]!;
      return { ...item, number, title: item.title ?? STANDARD_AGENDA_TITLES[number] };
    });
  });

export const minutes = z
  .strictObject({
    /** The name after "รายงานการประชุม", e.g. "คณะกรรมการบริหารสำนักงาน"; default: the meeting's title. */
    title: text.optional().describe('ชื่อคณะ ต่อจาก "รายงานการประชุม" (ว่างไว้ = ชื่อการประชุม) — the body\'s name; default: the meeting\'s title'),
    /** ครั้งที่ N … (a draft may leave it out: "ครั้งที่ ……") */
    number: numeral(z.number().int().positive()).optional().describe('ครั้งที่ — the meeting\'s number'),
    /** … /year in Buddhist Era; default: the year of the meeting's date. */
    year: numeral(z.number().int().min(2400, 'write the year in Buddhist Era, e.g. 2564').max(2800)).optional().describe('ปี พ.ศ. ของครั้งที่ (ว่างไว้ = ปีของวันประชุม) — year B.E.; default: the meeting\'s'),
    /** The platform of an electronic meeting: "Zoom Cloud Meetings". */
    platform: text.optional().describe('ประชุมผ่านสื่ออิเล็กทรอนิกส์ เช่น Zoom Cloud Meetings — the platform of an electronic meeting'),
    /** Everyone took part electronically: the place is the platform alone. */
    electronic_only: z.boolean().default(false).describe('ทุกคนประชุมผ่านสื่ออิเล็กทรอนิกส์ — everyone took part electronically'),
    /** ผู้มาประชุม */
    present: z.array(attendee).min(1, 'minutes need at least one member present (ผู้มาประชุม)').describe('ผู้มาประชุม — members present'),
    /** ผู้ไม่มาประชุม */
    absent: z.array(absentee).default([]).describe('ผู้ไม่มาประชุม — members absent'),
    /** ผู้เข้าร่วมประชุม: non-members who attended. */
    guests: z.array(attendee).default([]).describe('ผู้เข้าร่วมประชุม — guests (non-members)'),
    /** The opening sentence after the start time; the template has a customary default. */
    opening: z.string().optional().describe('ข้อความเปิดประชุม (ว่างไว้ = ข้อความตามธรรมเนียม) — the opening sentence'),
    agenda: agenda.describe('ระเบียบวาระการประชุม — the agenda'),
    /** ผู้จดรายงานการประชุม (a draft may leave it out) */
    recorder: person.optional().describe('ผู้จดรายงานการประชุม — who recorded the minutes'),
    /** ผู้ตรวจรายงานการประชุม */
    checker: person.optional().describe('ผู้ตรวจรายงานการประชุม — who checked the minutes'),
  })
  .refine((m) => !m.electronic_only || m.platform !== undefined, {
    message: 'an electronic meeting needs its platform, e.g. platform: Zoom Cloud Meetings',
    path: ['platform'],
    params: { key: 'electronic-without-platform' },
  });

// ---- บันทึกข้อความ (memo) ------------------------------------------------------------------
// One memo form for many recipients: what every copy shares is here; what differs per recipient
// (the agency, its slot) comes from a batch record as `item` (see memoRecipient, docs/batch.md).

export const memo = z.strictObject({
  /** ส่วนราชการ: the sending office (and its unit, telephone) as the form writes it. */
  from: text.describe('ส่วนราชการ — the sending office'),
  /** ที่: the correspondence code and number, e.g. "ตด 0017.3/ว 125". */
  number: z.string().default('').describe('ที่ (เลขที่หนังสือ) เช่น ตด 0017.3/ว 125 — the correspondence number'),
  /** วันที่ (Common Era, written in Buddhist Era). */
  date: isoDate.optional().describe('วันที่ (พ.ศ.) — date'),
  /** เรื่อง */
  subject: text.describe('เรื่อง — subject'),
  /** เรียน, when every copy goes to the same addressee; a recipient's `to` wins. */
  to: z.string().optional().describe('เรียน — the addressee'),
  /** Body paragraphs before the recipient's own paragraph (the background: ด้วย … ). */
  body: z.array(text).default([]).describe('ย่อหน้าเนื้อความ — body paragraphs'),
  /** The closing paragraph: จึงเรียนมาเพื่อโปรดทราบ … */
  closing: z.string().default('จึงเรียนมาเพื่อโปรดทราบ').describe('ย่อหน้าปิด — the closing paragraph'),
  /** Who signs; default: the meeting's chair. */
  signer: person.optional().describe('ผู้ลงนาม (ว่างไว้ = ประธาน) — who signs; default: the chair'),
  /** Signs for a higher position: "ปฏิบัติราชการแทน{acting_for}" under the signer's position. */
  acting_for: z.string().optional().describe('ปฏิบัติราชการแทน — signs for'),
  /** The agency's emblem (PNG or JPEG), relative to the data file; none is bundled. */
  logo: z.string().optional().describe('ไฟล์ตราครุฑ PNG/JPEG — the emblem file'),
});

/** One recipient of a memo: a schedule slot with its agency, or a row of a recipients' sheet. */
export const memoRecipient = scheduleItem.extend({
  agency: z.string({ error: 'is missing: the agency the memo goes to' }).trim().min(1, 'must not be empty: the agency the memo goes to'),
  topic: z.string().trim().optional(),
  /** Its slot in the schedule; default: its place in the list. */
  order: numeral(z.number().int('must be a whole number').positive('must be 1 or more'), 'must be a number (the slot in the schedule), e.g. 5 or ๕').optional(),
  /** เรียน, e.g. the head's position; default: "หัวหน้า" + the agency. */
  to: z.string().optional(),
  /** ที่, when each copy has its own number. */
  number: z.string().optional(),
});

export const options = z.strictObject({
  /** Write numbers in Thai digits. Default: per template (official documents on, news off). */
  thai_digits: z.boolean().optional().describe('ใช้เลขไทย — Thai digits'),
  /** Body size in TH SarabunPSK points. */
  font_size: numeral(z.number().min(8).max(40)).optional().describe('ขนาดตัวอักษร (พอยต์) — font size'),
  /** The font name written into DOCX. */
  font: z.enum(['TH SarabunPSK', 'TH SarabunIT๙', 'TH Sarabun New']).optional().describe('แบบอักษรในไฟล์ DOCX — the DOCX font'),
  /** PDF/A-3u for the archive: tagged, carrying this data file (docs/pdfa-signing.md). Default off. */
  pdf_a: z.boolean().optional().describe('ทำ PDF เป็น PDF/A สำหรับเก็บถาวร พร้อมแนบไฟล์ข้อมูลนี้ไว้ในไฟล์ — PDF/A-3u for the archive, carrying this data'),
});

/** Fields a final document must have and a draft may leave out (printed as dotted blanks). */
export const REQUIRED_FOR_FINAL: readonly (readonly string[])[] = [
  ['meeting', 'end'],
  ['minutes', 'number'],
  ['minutes', 'recorder'],
];

export const DOCUMENT_STATUS = ['final', 'draft'] as const;

/** A zod issue as superRefine takes it. */
type AddIssue = (issue: Z.core.$ZodSuperRefineIssue) => void;

/**
 * The facts of the meeting each document states, and what a final document has that a draft may
 * still lack: the minutes state the date, start, venue and chair; the memo the date, start and
 * venue; a news release its date and place unless its lead says it states none (`lead.when: none`)
 * or no place (`lead.place: false`), docs/news.md. `d` is the data as parsed so far, any shape.
 */
function missingFacts(d: Record<string, unknown>, addIssue: AddIssue): void {
  const minutes = d.minutes !== undefined;
  const memo = d.memo !== undefined;
  const final = (d.status ?? 'final') === 'final';
  // The minutes take their date, times, venue and chair from the meeting.
  if (minutes && d.meeting === undefined) addIssue({ code: 'custom', path: ['meeting'], message: 'minutes need a meeting: (title, date, start, end, venue, chair)', params: { key: 'minutes-without-meeting' } });
  const meeting = d.meeting;
  if (isRecord(meeting)) {
    // A draft (the next meeting made by `saraban next`) may leave the date, time and place to fill in.
    const when = final ? ['date', 'start', 'venue'] : [];
    const needs = new Set([...(minutes ? [...when, 'chair'] : []), ...(memo ? when : [])]);
    for (const key of needs) {
      // Reported as a missing field ("required"), in the clerk's language.
      if (meeting[key] === undefined) addIssue({ code: 'invalid_type', expected: key === 'chair' ? 'object' : 'string', input: undefined, path: ['meeting', key], message: `${minutes ? 'minutes' : 'a memo'} need${minutes ? '' : 's'} meeting.${key}` });
    }
    const lead = isRecord(d.news) ? (isRecord(d.news.lead) ? d.news.lead : {}) : undefined;
    if (lead && lead.when !== 'none' && final) {
      if (!needs.has('date') && meeting.date === undefined) addIssue({ code: 'custom', path: ['meeting', 'date'], message: 'a news release states its date: add meeting.date, or write news.lead.when: none', params: { key: 'news-without-date' } });
      if (!needs.has('venue') && lead.place !== false && meeting.venue === undefined) addIssue({ code: 'custom', path: ['meeting', 'venue'], message: 'a news release states its place: add meeting.venue, or write news.lead.place: false', params: { key: 'news-without-venue' } });
    }
  }
  // A final document has what a draft may still lack.
  if (minutes && final) {
    for (const at of REQUIRED_FOR_FINAL) {
      const [section, key] = at as [string, string];
      const parent = d[section];
      if (isRecord(parent) && parent[key] === undefined) {
        addIssue({ code: 'custom', path: [...at], message: `${at.join('.')} is missing: a draft may leave it out (status: draft)`, params: { key: 'required-final' } });
      }
    }
  }
  // A final invitation prints the Garuda the user supplies; a draft shows an empty box instead.
  if (isRecord(d.invitation) && final) {
    for (const key of INVITATION_FINAL) {
      if (d.invitation[key] === undefined) addIssue({ code: 'custom', path: ['invitation', key], message: `invitation.${key} is missing: a final letter prints the Garuda (a draft shows an empty box)`, params: { key: 'invitation-garuda' } });
    }
  }
}

export const sarabanData = z.strictObject({
  $schema: z.string().optional(),
  status: z
    .enum(DOCUMENT_STATUS)
    .default('final')
    .describe(
      'สถานะ: final ฉบับจริง (ค่าเริ่มต้น) หรือ draft ฉบับร่าง — final (the default) or draft (ร่าง): a draft may leave out ' +
        'meeting.end, minutes.number and minutes.recorder; they print as dotted blanks "……" and the document is marked ร่าง',
    ),
  /** The templates to render when none is named on the command line. */
  documents: z.array(text).default([]).describe('เอกสารที่จะจัดทำ: minutes, news, memo — the documents to render'),
  options: options.default({}).describe('ตั้งค่าเอกสาร — settings'),
  /** Names and terms never split across lines. */
  dictionary: z.array(text).default([]).describe('คำที่ห้ามตัดคำ — names and terms never split across lines'),
  agency: agency.optional().describe('หน่วยงาน — the agency'),
  province: province.optional().describe('จังหวัด — the province'),
  national_vision: z.string().optional().describe('วิสัยทัศน์ประเทศ — the national vision'),
  meeting: meeting.optional().describe('การประชุม — the meeting'),
  news: news.optional(),
  minutes: minutes.optional().describe('รายงานการประชุม — the minutes'),
  memo: memo.optional().describe('บันทึกข้อความ — the memo'),
  committee: committee.optional().describe('คณะกรรมการและรายชื่อกรรมการ — the committee and its members'),
  invitation: invitation.optional().describe('หนังสือเชิญประชุม — the invitation letter'),
  signin: signin.optional().describe('ใบลงชื่อผู้เข้าร่วมประชุม — the sign-in sheet'),
  extra: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('ข้อมูลอิสระสำหรับแม่แบบของหน่วยงานเอง ไม่ตรวจสอบ — free fields for your own templates, passed through unchecked: {{extra.…}}'),
})
  // Facts a document states, checked even when other parts of the file have problems (`when`), so
  // that every problem is reported at once: on data not yet checked, so it only asks what is there.
  .superRefine(
    (d, ctx) => {
      const addIssue = (issue: Z.core.$ZodSuperRefineIssue) => ctx.addIssue(issue);
      missingFacts(d, addIssue);
      pointsFromMinutes(d, addIssue);
    },
    { when: (payload) => isRecord(payload.value) },
  );

/** A news point taken from the minutes names an agenda item (and matter) with a resolution; on the
 *  data as parsed so far, any shape, like missingFacts. */
function pointsFromMinutes(d: Record<string, unknown>, addIssue: AddIssue): void {
  const points = isRecord(d.news) && Array.isArray(d.news.points) ? d.news.points : [];
  points.forEach((p: unknown, k) => {
    if (!isRecord(p) || p.from_minutes === undefined) return;
    const ref = String(p.from_minutes);
    const path = ['news', 'points', k, 'from_minutes'];
    if (d.minutes === undefined) {
      addIssue({ code: 'custom', path, message: 'takes its point from the minutes: add minutes: (with the agenda) to this file', params: { key: 'point-without-minutes' } });
      return;
    }
    const agenda = isRecord(d.minutes) && Array.isArray(d.minutes.agenda) ? d.minutes.agenda : undefined;
    if (agenda && MINUTES_REF.test(ref) && resolutionIn(agenda, ref) === undefined) {
      addIssue({ code: 'custom', path, message: `the minutes have no resolution at ${ref}`, params: { key: 'minutes-point-missing' } });
    }
  });
}

/** The agenda matter ("4.1") or item ("4") a news point names, with its resolution; undefined when
 * there is none. */
export function minutesResolution(m: Minutes, ref: string): { title: string; resolution: string; votes?: Votes } | undefined {
  return resolutionIn(m.agenda, ref);
}

/** The same in an agenda as parsed or as written (numbers and titles defaulted as the schema does). */
function resolutionIn(agenda: readonly unknown[], ref: string): { title: string; resolution: string; votes?: Votes } | undefined {
  const match = MINUTES_REF.exec(ref);
  if (!match) return undefined;
  const numbers = agendaNumbers(agenda);
  const k = numbers.indexOf(Number(match[1]));
  const item = agenda[k];
  if (!isRecord(item)) return undefined;
  const topic: unknown = match[2] === undefined ? { title: item.title ?? STANDARD_AGENDA_TITLES[numbers[k]!] ?? '', resolution: item.resolution, votes: item.votes } : Array.isArray(item.topics) ? item.topics[Number(match[2]) - 1] : undefined;
  if (!isRecord(topic) || typeof topic.resolution !== 'string' || !topic.resolution) return undefined;
  return { title: typeof topic.title === 'string' ? topic.title : '', resolution: topic.resolution, ...(isRecord(topic.votes) ? { votes: topic.votes as Votes } : {}) };
}

/** The data after checking, with every default filled in: what templates see. */
export type SarabanData = Z.infer<typeof sarabanData>;
/** The data as written (a data file, or an object literal): optional keys, dates and times as text. */
export type SarabanInput = Z.input<typeof sarabanData>;
export type MeetingInput = Z.input<typeof meeting>;
export type MinutesInput = Z.input<typeof minutes>;
export type NewsInput = Z.input<typeof news>;
export type MemoInput = Z.input<typeof memo>;
export type PersonInput = Z.input<typeof person>;
export type Meeting = Z.infer<typeof meeting>;
export type News = Z.infer<typeof news>;
export type Person = Z.infer<typeof person>;
export type Minutes = Z.infer<typeof minutes>;
export type Votes = Z.infer<typeof matterVotes>;
export type Memo = Z.infer<typeof memo>;
export type MemoRecipient = Z.infer<typeof memoRecipient>;
export type Committee = Z.infer<typeof committee>;
export type Invitation = Z.infer<typeof invitation>;
