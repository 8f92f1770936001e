// The news release (ข่าวประชาสัมพันธ์): the parts PR offices write — a headline (free or composed),
// a sub-headline, a lead in one of three forms (chair-led, attendee-led, convened-by) with named
// participants, a purpose and the date, plain paragraphs and/or numbered points (typed, written
// from the data, or taken from the minutes' resolutions), vote results, a council's sitting, a
// byline, the publication date, photos and hashtags. Every part is optional: the seed's shape
// (docs/news.md) is what the defaults write. The wording is in templates/news.hbs and its
// partials; this module holds only the facts.
//
// Built by a function of the shared parts (date, time, person, standard blocks) so that
// src/data/schema.ts can import it without an import cycle.
import type { z as Z } from 'zod';
import { z } from './zod.js';

const text = z.string().trim().min(1, 'must not be empty');

export interface NewsParts {
  isoDate: Z.ZodType<string, string>;
  /** schema.ts's person, by its shape (an import of it would make a circle). */
  person: Z.ZodObject<{ title: Z.ZodDefault<Z.ZodString>; name: Z.ZodString; surname: Z.ZodDefault<Z.ZodString>; position: Z.ZodOptional<Z.ZodString> }>;
  standardBlock: Z.ZodEnum<{ national_vision: 'national_vision'; province_vision: 'province_vision'; province_strategies: 'province_strategies'; schedule: 'schedule' }>;
}

/** The parts of a composed lead, in the order each form writes them (docs/news.md): data, so a
 *  release that puts the place after the title or the purpose at the end says so with lead.order. */
export const LEAD_PARTS = ['when', 'by', 'assigned', 'chair', 'title', 'purpose', 'with', 'place', 'more'] as const;
export const LEAD_ORDER: Readonly<Record<'chair' | 'attendee' | 'convener', readonly (typeof LEAD_PARTS)[number][]>> = {
  chair: ['when', 'assigned', 'chair', 'title', 'purpose', 'with', 'place', 'more'],
  convener: ['when', 'assigned', 'chair', 'title', 'purpose', 'with', 'place', 'more'],
  attendee: ['when', 'by', 'title', 'purpose', 'chair', 'with', 'place', 'more'],
};

/** Vote results: "เห็นชอบ 39 ไม่เห็นชอบ 0 งดออกเสียง 1" — of a release, or of an agenda matter of the minutes. */
export const voteCounts = {
  for: z.number().int().nonnegative().describe('เห็นชอบ (คน)'),
  against: z.number().int().nonnegative().optional().describe('ไม่เห็นชอบ (คน)'),
  abstain: z.number().int().nonnegative().optional().describe('งดออกเสียง (คน)'),
};
export const matterVotes = z.strictObject(voteCounts).describe('ผลการลงมติของเรื่องนี้ — the vote on this matter: { for: 39, against: 0, abstain: 1 }');

/** "4.1" (item 4, its first matter) or "4" (the item's own resolution). */
export const MINUTES_REF = /^([1-9]\d*)(?:\.([1-9]\d*))?$/;

export function newsSchema({ isoDate, person, standardBlock }: NewsParts) {
  const joining = {
    /** The word that joins this entry to the one before: "และ", "โดยมี", "พร้อมด้วย"; "" for none.
     *  Default: "และ" between those who act, "โดยมี" (chair-led) or "พร้อมด้วย" (attendee-led)
     *  before the first participant, "พร้อมด้วย" before a group, nothing between named people. */
    joiner: z.string().trim().optional().describe('คำเชื่อมหน้ารายการนี้ เช่น และ / โดยมี / พร้อมด้วย ("" = ไม่มี) — the joining word'),
    /** No space between the joining word and this entry ("พร้อมด้วยคณะศึกษานิเทศก์"). */
    tight: z.boolean().default(false).describe('ไม่เว้นวรรคหลังคำเชื่อม — no space after the joining word'),
  };
  /** Someone named in the lead, with their position; the name never breaks across lines. */
  const namedParticipant = z.strictObject({ ...person.shape, ...joining }).describe('ผู้ร่วมที่ระบุชื่อและตำแหน่ง — a named person');
  /** A group named as a phrase ("หัวหน้าส่วนราชการต่าง ๆ"), optionally counted ("42 คน จาก 48 คน"). */
  const groupParticipant = z
    .strictObject({
      group: text.describe('กลุ่มผู้เข้าร่วม เช่น หัวหน้าส่วนราชการต่าง ๆ — a group, as a phrase'),
      count: z.number().int().nonnegative().optional().describe('จำนวนคน — how many came'),
      of: z.number().int().positive().optional().describe('จากทั้งหมดกี่คน — out of how many'),
      ...joining,
    })
    .describe('กลุ่มผู้เข้าร่วม — a group');
  const participant = z.union([namedParticipant, groupParticipant]);

  const headline = z.union([
    z.string().trim().describe('พาดหัวข่าวตามที่เขียน ("" = ไม่มีพาดหัว) — the headline as written; "" for none'),
    z
      .strictObject({
        /** Who leads the headline: an abbreviation or a short position ("เลขาธิการ กพฐ."); "" for no one. Default: agency.abbreviation. */
        who: z.string().trim().optional().describe('ผู้นำพาดหัว เช่น พช. / เลขาธิการ กพฐ. ("" = ไม่มี); ค่าเริ่มต้น: agency.abbreviation'),
        /** What they did, before the subject: "ร่วมประชุม", "เป็นประธานในการประชุม". Default: news.action. */
        action: z.string().trim().optional().describe('การกระทำ เช่น ร่วมประชุม; ค่าเริ่มต้น: news.action'),
        /** The subject; default: the meeting's title. */
        about: text.optional().describe('เรื่อง; ค่าเริ่มต้น: meeting.title'),
        /** A space between who and the action (the seed: "พช. ร่วมประชุม…"). */
        spaced: z.boolean().default(true).describe('เว้นวรรคหลังผู้นำพาดหัว — a space after who'),
      })
      .describe('พาดหัวที่ประกอบจากข้อมูล — a composed headline'),
  ]);

  const lead = z
    .strictObject({
      form: z
        .enum(['chair', 'attendee', 'convener'])
        .default('chair')
        .describe('รูปแบบย่อหน้านำ: chair = ประธานเป็นประธานการประชุม (ค่าเริ่มต้น), attendee = ผู้แทนได้เข้าร่วมการประชุม โดยมี … เป็นประธาน, convener = ประธานได้นัดให้มีการประชุม'),
      /** Attendee-led: who went (default: nobody named — write them here). */
      by: z.array(participant).default([]).describe('ผู้เข้าร่วม (แบบ attendee) — who attended, in order'),
      /** The verb before the meeting's title; default per form: เป็นประธานการประชุม, ได้เข้าร่วมการประชุม, ได้นัดให้มีการประชุม. */
      verb: z.string().trim().optional().describe('กริยาหน้าชื่อการประชุม; ค่าเริ่มต้นตามรูปแบบ — the verb before the title'),
      /** The meeting as the lead names it; default: meeting.title. */
      title: text.optional().describe('ชื่อการประชุมในย่อหน้านำ; ค่าเริ่มต้น: meeting.title'),
      /** Named participants and groups: "โดยมี … พร้อมด้วย …". */
      with: z.array(participant).default([]).describe('ผู้ร่วมประชุมที่ระบุชื่อ — named participants ("โดยมี …", "พร้อมด้วย …")'),
      /** After the participants of a chair-led lead: default "เข้าร่วมประชุม". */
      joined: z.string().trim().optional().describe('ท้ายรายชื่อผู้ร่วม (แบบ chair); ค่าเริ่มต้น: เข้าร่วมประชุม'),
      /** The purpose clause: "เพื่อติดตาม…". */
      purpose: text.optional().describe('วัตถุประสงค์ เช่น เพื่อติดตาม… — the purpose clause'),
      /** Where the date, time and venue go: on their own line (the seed), opening the lead, or nowhere. */
      when: z.enum(['line', 'opening', 'none']).default('line').describe('วัน เวลา สถานที่: line = บรรทัดแยก (ค่าเริ่มต้น), opening = ขึ้นต้นย่อหน้านำ, none = ไม่ระบุ'),
      /** The weekday in the date: "วันพฤหัสบดีที่ 5 ตุลาคม 2566". */
      weekday: z.boolean().default(false).describe('ระบุวันในสัปดาห์ — with the weekday'),
      /** Whether the release states the place (meeting.venue); false: it does not, and needs none. */
      place: z.boolean().default(true).describe('ระบุสถานที่ (meeting.venue): false = ข่าวไม่ระบุสถานที่'),
      /** A word before the date: "เมื่อ", or "วันที่ " with its space: written as it is, not trimmed. */
      date_prefix: z.string().default('').describe('คำหน้าวันที่ เช่น เมื่อ (เว้นวรรคท้ายคำได้ เช่น "วันที่ ")'),
      /** The rest of the lead paragraph, as written ("จากนั้น…"). */
      more: text.optional().describe('ข้อความต่อท้ายย่อหน้านำ — the rest of the lead paragraph'),
      /** Who assigned the chair: "{assigned_by} มอบหมาย {chair} เป็นประธาน…". */
      assigned_by: z.strictObject({ ...person.shape }).optional().describe('ผู้มอบหมายให้ประธานทำหน้าที่แทน — who assigned the chair ("… มอบหมาย … เป็นประธาน")'),
      /** The date as the day of publication sees it: "วันนี้ (24 มกราคม 2560)", "เมื่อวานนี้ (…)" (news.published). */
      relative: z.boolean().default(false).describe('วันที่เทียบกับวันเผยแพร่ เช่น วันนี้ (24 มกราคม 2560), เมื่อวานนี้ (…) — relative to news.published'),
      /** The parts in the order the lead writes them; default per form (LEAD_ORDER). */
      order: z.array(z.enum(LEAD_PARTS)).optional().describe(`ลำดับส่วนของย่อหน้านำ — the parts in order: ${LEAD_PARTS.join(', ')}`),
      /** The lead as the officer wrote it (saraban news-draft writes the first draft): printed instead of the composed one. */
      text: text.optional().describe('ย่อหน้านำตามที่เขียนเอง (saraban news-draft ร่างให้) — the lead as written, instead of the composed one'),
    })
    .describe('ย่อหน้านำ — the lead');

  /** A point of the release: typed, written from the data, or taken from the minutes. */
  const newsPoint = z.union([
    z.strictObject({ text, items: z.array(text).optional() }).describe('ประเด็นที่พิมพ์เอง — a typed point (with sub-items)'),
    z.strictObject({
      /** A point the template writes from the data: national_vision, province_vision, province_strategies, schedule. */
      standard: standardBlock,
    }),
    z
      .strictObject({
        /** The agenda matter whose resolution this point reports: "4.1" (item 4, matter 1) or "4". */
        from_minutes: z
          .union([z.string(), z.number()])
          .transform(String)
          .refine((s) => MINUTES_REF.test(s), 'must name an agenda item and matter of the minutes, e.g. "4.1" or "4"')
          .describe('ประเด็นจากมติในรายงานการประชุม เช่น "4.1" — a resolution of the minutes (agenda item.matter)'),
        /** The point as the public reads it, when the minutes' wording will not do. */
        text: text.optional().describe('ถ้อยคำสำหรับประชาชน แทนถ้อยคำของมติ'),
      })
      .describe('ประเด็นจากรายงานการประชุม — a point taken from the minutes'),
  ]);

  const votes = z
    .strictObject({
      /** What was voted on, after "เห็นชอบ": "ร่างข้อบัญญัติดังกล่าว". */
      motion: z.string().trim().default('').describe('เรื่องที่ลงมติ เช่น ร่างข้อบัญญัติดังกล่าว'),
      ...voteCounts,
    })
    .describe('ผลการลงมติ — vote results: "มติที่ประชุม เห็นชอบ… 39 คน งดออกเสียง 1 คน"');

  const sitting = z
    .strictObject({
      kind: z.enum(['สามัญ', 'วิสามัญ']).default('สามัญ').describe('สมัยสามัญ หรือ สมัยวิสามัญ'),
      /** สมัยที่; none for a body that has no sessions (a university council). */
      session: z.number().int().positive().optional().describe('สมัยที่ (สภาที่ไม่มีสมัยประชุม ไม่ต้องใส่)'),
      number: z.number().int().positive().describe('ครั้งที่'),
      year: z.number().int().min(2400, 'write the year in Buddhist Era, e.g. 2565').max(2800).describe('ปี พ.ศ.'),
      /** As the body writes it: "ครั้งที่ 3/2565" (slash) or "ครั้งที่ 1 ประจำปี 2562" (annual). */
      style: z.enum(['slash', 'annual']).default('slash').describe('รูปแบบ: slash = ครั้งที่ 3/2565, annual = ครั้งที่ 1 ประจำปี 2562'),
    })
    .describe('สมัยประชุมสภา — a council sitting: "สมัยสามัญ สมัยที่ 2 ครั้งที่ 3/2565" or "ครั้งที่ 1 ประจำปี 2562", written after the title');

  /** Who announced the results: "{chair} มอบหมาย {spokesperson} แถลงผลการประชุม ดังนี้". */
  const spokesperson = z
    .strictObject({
      ...person.shape,
      /** Announced on the chair's assignment ("ประธานมอบหมาย …"). */
      assigned: z.boolean().default(true).describe('ได้รับมอบหมายจากประธาน — on the chair\'s assignment'),
    })
    .describe('ผู้แถลงผลการประชุม — the spokesperson who announced the results (opens the points)');

  /** Where the byline and the publication date go, how the date is written, and a closing line. */
  const furniture = z
    .strictObject({
      at: z.enum(['top', 'end']).default('end').describe('ผู้เขียนและวันที่เผยแพร่: top = ใต้พาดหัว (บรรทัดเดียวกัน), end = ท้ายข่าว (ค่าเริ่มต้น)'),
      label: z.string().default('เผยแพร่ ').describe('คำหน้าวันที่เผยแพร่ (ค่าเริ่มต้น "เผยแพร่ ") เช่น "เผยแพร่วันที่ : "'),
      short: z.boolean().default(false).describe('วันที่เผยแพร่แบบย่อ เช่น 29 เม.ย. 2568'),
      separator: text.optional().describe('บรรทัดปิดเนื้อข่าว เช่น ***** หรือ -----'),
    })
    .describe('ส่วนประกอบการเผยแพร่ — the publication furniture');

  /** The facts a drafted release's prose states, as the data gave them when it was drafted
   *  (saraban news-draft): a fact changed in the data but not in the prose is reported. */
  const draft = z
    .strictObject({
      facts: z
        .array(
          z.strictObject({
            field: text.describe('ช่องข้อมูลที่ข้อเท็จจริงมาจาก เช่น meeting.date — the field the fact comes from'),
            value: z.union([z.string(), z.number()]).describe('ค่า ณ เวลาร่าง — its value when drafted'),
          }),
        )
        .default([])
        .describe('ข้อเท็จจริงที่ข้อความข่าวอ้าง ณ เวลาร่าง — the facts the prose states, as drafted'),
    })
    .describe('ร่างจาก saraban news-draft — the draft record (docs/news.md, "Draft, then own")');

  const photo = z
    .strictObject({
      src: text.describe('ไฟล์ภาพ JPEG/PNG เทียบกับโฟลเดอร์ของไฟล์ข้อมูล — the photo file, relative to the data file'),
      caption: z.string().trim().default('').describe('คำบรรยายภาพ — the caption'),
      /** Where the photo is published; the HTML's share preview (og:image) uses it. */
      url: z.url().optional().describe('ที่อยู่ภาพบนเว็บ (ใช้เป็น og:image) — the published address'),
    })
    .describe('ภาพข่าว — a photo');

  return z
    .strictObject({
      /** The headline as written, or composed "{who} {action}{about}"; default: "{agency.abbreviation} {action}{meeting.title}". */
      headline: headline.optional(),
      /** What the agency did, between its abbreviation and the meeting's title: "ร่วมประชุม". */
      action: z.string().default('ร่วมประชุม').describe('การกระทำในพาดหัว (ค่าเริ่มต้น: ร่วมประชุม)'),
      subheadline: text.optional().describe('พาดหัวรอง — the sub-headline'),
      lead: lead.default({ form: 'chair', by: [], with: [], when: 'line', place: true, weekday: false, date_prefix: '', relative: false }),
      /** The seed's form: one co-host "โดยมี …" and a phrase for the rest "พร้อมด้วย …". Prefer lead.with. */
      cohost: person.optional().describe('ผู้ร่วมประชุมหนึ่งคน (รูปแบบเดิมของต้นฉบับ; ใช้ lead.with แทนได้) — the seed\'s one co-host'),
      /** Who else attended, as a phrase: "หัวหน้าส่วนราชการต่าง ๆ และเจ้าหน้าที่ที่เกี่ยวข้อง". Prefer lead.with. */
      attendees: z.string().optional().describe('ผู้เข้าร่วมอื่น เป็นวลี (รูปแบบเดิม) — the others, as a phrase'),
      sitting: sitting.optional(),
      /** Plain paragraphs after the lead. */
      paragraphs: z.array(text).default([]).describe('ย่อหน้าเนื้อข่าว — plain paragraphs after the lead'),
      votes: votes.optional(),
      /** Default: the spokesperson's sentence, else "โดยมีประเด็นการประชุม ดังนี้". */
      points_intro: z.string().optional().describe('บรรทัดนำประเด็น (ค่าเริ่มต้น: ผู้แถลงผลการประชุม หรือ โดยมีประเด็นการประชุม ดังนี้)'),
      spokesperson: spokesperson.optional(),
      points: z.array(newsPoint).default([]).describe('ประเด็นการประชุม เลขข้อ 1. 2. 3. — numbered points: text, standard, or from_minutes'),
      /** Who wrote the release: "รุ่งตะวัน โรจนธรธราวัฒน์ รายงาน", "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก". */
      byline: text.optional().describe('ผู้รายงาน/ผู้เรียบเรียง — the byline or credit line'),
      published: isoDate.optional().describe('วันที่เผยแพร่ (ค.ศ.) ถ้าต่างจากวันประชุม — the publication date'),
      furniture: furniture.default({ at: 'end', label: 'เผยแพร่ ', short: false }),
      draft: draft.optional(),
      photos: z.array(photo).default([]).describe('ภาพข่าว — photos, shown in a grid after the text'),
      photo_credit: text.optional().describe('เครดิตภาพ เช่น ภาพ: กลุ่มประชาสัมพันธ์ — the photos\' credit'),
      hashtags: z.array(z.string().trim().min(1).transform((t) => t.replace(/^#/, ''))).default([]).describe('แฮชแท็ก ไม่ต้องใส่ # (ใน HTML เป็นลิงก์) — hashtags, without "#"'),
    })
    .describe('ข่าวประชาสัมพันธ์ — the news release (docs/news.md)');
}
