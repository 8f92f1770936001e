// The papers around a meeting's minutes (docs/meeting-papers.md): the committee's member roster,
// what the agenda paper adds to an agenda matter (its presenter, its attached papers, whether it
// carries over to the next meeting), the invitation letter (หนังสือเชิญประชุม) in the
// regulation's two forms, and the sign-in sheet. Each field has a Thai label first: the editor's
// form is generated from these descriptions.
import type { z as Z } from 'zod';
import { z } from './zod.js';

const text = z.string().trim().min(1, 'must not be empty');

interface Parts {
  isoDate: Z.ZodType<string, string>;
  person: Z.ZodObject;
}

/** Fields the agenda paper and `saraban next` read from an agenda item or matter. */
export const agendaPaperFields = {
  /** ผู้นำเสนอ: who presents the matter (a position or a name). */
  presenter: z.string().trim().min(1, 'must not be empty').optional().describe('ผู้นำเสนอ เช่น ฝ่ายเลขานุการ — who presents the matter'),
  /** เอกสารประกอบวาระ: the papers attached to this matter, numbered on the agenda paper. */
  papers: z.array(text).default([]).describe('เอกสารประกอบวาระ — papers attached to the matter'),
  /** The matter is not finished: `saraban next` copies it into ระเบียบวาระที่ ๓ of the next meeting. */
  carry_over: z.boolean().default(false).describe('ยกไปพิจารณาในการประชุมครั้งถัดไป (เรื่องสืบเนื่อง) — carries over to the next meeting'),
  /** Where a carried-over matter comes from: the earlier meeting, item and resolution. */
  carried_from: z.string().trim().min(1, 'must not be empty').optional().describe('สืบเนื่องจาก (การประชุมครั้งก่อนและมติ) — where a carried-over matter comes from'),
};

export function meetingPaperSchemas({ isoDate, person }: Parts) {
  /** A member of the committee, by name and/or position, with their role in it. */
  const member = z.strictObject({
    ...person.shape,
    name: z.string().trim().default('').describe('ชื่อ — first name'),
    role: z.string().optional().describe('ตำแหน่งในคณะ เช่น กรรมการ — role in the committee (ประธาน, กรรมการ …)'),
  }).refine((p) => p.name !== '' || String((p as { position?: unknown }).position ?? '').trim() !== '', {
    message: 'give a name, a position or both', path: ['name'], params: { key: 'empty-attendee' },
  });

  /** The committee, once: the roster the invitation, the sign-in sheet and `saraban next` read. */
  const committee = z.strictObject({
    /** The committee's name; default: the meeting's title. */
    name: text.optional().describe('ชื่อคณะกรรมการ (ว่างไว้ = ชื่อการประชุม) — the committee\'s name; default: the meeting\'s title'),
    members: z.array(member).min(1, 'a committee needs at least one member').describe('รายชื่อกรรมการ — the members'),
  });

  /** The unit that owns the letter, printed at the bottom left of an external letter. */
  const unit = z.strictObject({
    name: text.describe('ส่วนราชการเจ้าของเรื่อง — the unit that owns the letter'),
    phone: z.string().optional().describe('โทร. — telephone'),
    fax: z.string().optional().describe('โทรสาร — fax'),
    email: z.string().optional().describe('ไปรษณีย์อิเล็กทรอนิกส์ — e-mail'),
  });

  /** The invitation to the meeting (หนังสือเชิญประชุม). */
  const invitation = z.strictObject({
    form: z.enum(['external', 'internal']).default('external')
      .describe('รูปแบบหนังสือ: external หนังสือภายนอก (กระดาษตราครุฑ) หรือ internal หนังสือภายใน (บันทึกข้อความ) — the form'),
    /** ที่: the agency's code and number. */
    number: z.string().default('').describe('ที่ (รหัสหน่วยงานและเลขทะเบียนหนังสือส่ง) เช่น ตร ๐๐๑๗/ว ๑๒๓ — the letter\'s number'),
    date: isoDate.optional().describe('ลงวันที่ของหนังสือ — the letter\'s date'),
    subject: text.optional().describe('เรื่อง (ว่างไว้ = ขอเชิญประชุม + ชื่อคณะ + ครั้งที่) — the subject'),
    /** เรียน when one letter goes to all; in a batch the member's position wins. */
    to: z.string().optional().describe('เรียน (หนังสือฉบับเดียวถึงทุกคน เช่น กรรมการทุกท่าน) — the addressee of a single letter'),
    /** One letter to all, with the members listed in an attachment (บัญชีรายชื่อแนบท้าย). */
    distribution: z.boolean().default(false).describe('แนบบัญชีรายชื่อผู้รับหนังสือท้ายหนังสือ — list the addressees in an attachment'),
    references: z.array(text).default([]).describe('อ้างถึง — letters referred to'),
    enclosures: z.array(text).default([]).describe('สิ่งที่ส่งมาด้วย — enclosures'),
    /** The background paragraph(s), before the meeting's when and where. */
    body: z.array(text).default([]).describe('ย่อหน้าเหตุที่มีหนังสือ (ด้วย …) — the reason for the letter'),
    bring: z.string().optional().describe('สิ่งที่ขอให้นำมาหรือเตรียม — what to bring or prepare'),
    rsvp: z.string().optional().describe('การตอบรับเข้าร่วมประชุม — how to confirm attendance'),
    closing: z.string().default('จึงเรียนมาเพื่อโปรดทราบและเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว')
      .describe('ย่อหน้าปิด — the closing paragraph'),
    signer: person.optional().describe('ผู้ลงนาม (ว่างไว้ = ประธาน) — who signs; default: the chair'),
    acting_for: z.string().optional().describe('ปฏิบัติราชการแทน — signs for'),
    /** The Garuda (PNG or JPEG) beside the data file; saraban ships none. */
    garuda: z.string().optional().describe('ไฟล์ภาพตราครุฑ PNG/JPEG (ฉบับจริงต้องมี) — the Garuda image file; a final letter needs one'),
    /** หนังสือภายนอก: the agency's address under its name, at the right. */
    address: z.array(text).default([]).describe('ที่อยู่ของส่วนราชการ (บรรทัดละส่วน) — the agency\'s address lines'),
    /** หนังสือภายใน: ส่วนราชการ; default: the agency's name. */
    from: text.optional().describe('ส่วนราชการ สำหรับบันทึกข้อความ (ว่างไว้ = ชื่อหน่วยงาน) — the sending office of the memo form'),
    unit: unit.optional().describe('ส่วนราชการเจ้าของเรื่อง โทร. โทรสาร อีเมล (มุมล่างซ้าย) — the owning unit, bottom left'),
  });

  /** The sign-in sheet (ใบลงชื่อผู้เข้าร่วมประชุม). */
  const signin = z.strictObject({
    guest_rows: z.number().int().min(0).max(100).default(5).describe('จำนวนแถวว่างสำหรับผู้เข้าร่วมประชุม — empty rows for guests'),
  });

  return { member, committee, invitation, signin };
}

/** Fields a final invitation needs, beyond what a draft may leave out (the Garuda is the user's file). */
export const INVITATION_FINAL = ['garuda'] as const;
