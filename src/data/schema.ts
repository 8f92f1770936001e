// The data format, as one zod schema: the single source of truth for validation and for the
// TypeScript types of the data. Objects are loose: an agency's own templates may read extra fields.
import { z } from 'zod';
import { parseIsoDate, parseTime } from '../thai/index.js';

const text = z.string().trim().min(1, 'must not be empty');

export const isoDate = z
  .string()
  .refine((s) => parseIsoDate(s) !== undefined, 'must be a real date written YYYY-MM-DD (Common Era), e.g. 2021-07-29');
export const time = z
  .string()
  .refine((s) => parseTime(s) !== undefined, 'must be a 24-hour time HH:MM, e.g. 09:30');

export const person = z.looseObject({
  /** Title or rank: นาย, นาง, นางสาว, ดร., ว่าที่ร้อยตรี … */
  title: z.string().default(''),
  name: text,
  surname: z.string().default(''),
  position: z.string().optional(),
});

export const scheduleItem = z.looseObject({
  topic: text,
  /** The agency responsible for this slot, if any. */
  agency: z.string().optional(),
  detail: z.string().optional(),
});

export const meeting = z.looseObject({
  /** The meeting's name as it follows "การประชุม" / "ร่วมประชุม". */
  title: text,
  /** A short name for the lead: "…เข้าร่วมประชุมการ{short_title}". */
  short_title: z.string().optional(),
  date: isoDate,
  start: time,
  end: time.optional(),
  venue: text,
  chair: person,
  schedule: z.array(scheduleItem).default([]),
});

export const agency = z.looseObject({
  name: text,
  abbreviation: z.string().optional(),
  department: z.string().optional(),
});

export const province = z.looseObject({
  name: text,
  vision: z.string().optional(),
  strategies: z.array(text).default([]),
});

export const newsPoint = z.union([
  z.looseObject({ text, items: z.array(text).optional() }),
  z.looseObject({
    /** A point the template writes from the data: national_vision, province_vision, province_strategies, schedule. */
    standard: z.enum(['national_vision', 'province_vision', 'province_strategies', 'schedule']),
  }),
]);

export const news = z.looseObject({
  /** What the agency did, between its abbreviation and the meeting's title: "ร่วมประชุม". */
  action: z.string().default('ร่วมประชุม'),
  cohost: person.optional(),
  /** Who else attended, as a phrase: "หัวหน้าส่วนราชการต่าง ๆ และเจ้าหน้าที่ที่เกี่ยวข้อง". */
  attendees: z.string().optional(),
  points_intro: z.string().default('โดยมีประเด็นการประชุม ดังนี้'),
  points: z.array(newsPoint).default([]),
  hashtags: z.array(z.string().trim().min(1).transform((t) => t.replace(/^#/, ''))).default([]),
});

export const options = z.looseObject({
  /** Write numbers in Thai digits. Default: per template (official documents on, news off). */
  thai_digits: z.boolean().optional(),
  /** Body size in TH SarabunPSK points. */
  font_size: z.number().min(8).max(40).optional(),
  /** The font name written into DOCX. */
  font: z.enum(['TH SarabunPSK', 'TH SarabunIT๙', 'TH Sarabun New']).optional(),
});

export const sarabanData = z.looseObject({
  $schema: z.string().optional(),
  /** The templates to render when none is named on the command line. */
  documents: z.array(text).default([]),
  options: options.default({}),
  /** Names and terms never split across lines. */
  dictionary: z.array(text).default([]),
  agency: agency.optional(),
  province: province.optional(),
  national_vision: z.string().optional(),
  meeting: meeting.optional(),
  news: news.optional(),
});

export type SarabanData = z.infer<typeof sarabanData>;
export type Person = z.infer<typeof person>;
