// The next meeting of a committee from the data of its last one (`saraban next`, docs/meeting-papers.md):
// ครั้งที่ N+1 with the same committee, members, recorder and checker; the date, times and place
// left for the clerk (a draft, with comments saying what to fill in); ระเบียบวาระที่ ๒ endorses
// the minutes of ครั้งที่ N; the matters marked carry_over come back under ระเบียบวาระที่ ๓ with
// the resolution they came from. The file is the old one edited, so the clerk's own comments and
// layout of what stays the same are kept.
import path from 'node:path';
import type { Document as YamlDocument } from 'yaml';
import { requireCjs } from '../runtime/cjs.js';
import { thaiDate } from '../thai/index.js';
import { STANDARD_AGENDA_TITLES, type SarabanData } from './schema.js';

const { parseDocument, isMap, isScalar } = requireCjs('yaml') as typeof import('yaml');

type Minutes = NonNullable<SarabanData['minutes']>;
type AgendaItem = Minutes['agenda'][number];
type Topic = AgendaItem['topics'][number];

/** What to fill in, as YAML comments at the place of each blank. */
const FILL_IN = {
  head: [
    ' ร่างการประชุมครั้งถัดไป ทำโดย saraban next: กรอกวัน เวลา สถานที่ และเรื่องเพื่อพิจารณา',
    ' แล้วลบบรรทัด status: draft เมื่อพร้อมเป็นฉบับจริง (the next meeting, a draft: fill in the date,',
    ' time, place and the matters to consider, then delete status: draft)',
  ],
  meeting: [
    ' กรอก: date: วันที่ประชุม เช่น 2568-04-09 | start: เวลาเริ่ม เช่น "09:30" | venue: สถานที่ประชุม',
    ' (หลังประชุม: end: เวลาเลิกประชุม) — fill in date, start and venue (after the meeting: end)',
  ],
  present: ' ผู้มาประชุม: กรรมการทุกคนจากรายชื่อคณะ ย้ายผู้ที่ไม่มาไปไว้ใน absent: พร้อมเหตุ (reason:)',
  considered: ' กรอกเรื่องเพื่อพิจารณาใน topics: (title, presenter, papers) — the matters to consider',
  invitation: ' กรอก: number: เลขที่หนังสือ และ date: วันที่ของหนังสือเชิญประชุม — the letter\'s number and date',
};

export interface NextMeeting {
  /** The new file's text. */
  text: string;
  /** ครั้งที่ of the new meeting. */
  number: number;
}

/** ครั้งที่ N/ปี of a meeting, as its data gives it. */
export function meetingRef(data: SarabanData): string | undefined {
  const m = data.minutes;
  if (!m?.number) return undefined;
  const year = m.year ?? (data.meeting?.date ? Number(data.meeting.date.slice(0, 4)) + 543 : undefined);
  return year ? `${m.number}/${year}` : String(m.number);
}

/** The matters of a meeting that carry over, with where each comes from. */
function carriedOver(minutes: Minutes, ref: string): Record<string, unknown>[] {
  const from = (number: string, resolution: string | undefined) =>
    `การประชุมครั้งที่ ${ref} ระเบียบวาระที่ ${number}${resolution ? ` ซึ่ง${resolution}` : ''}`;
  const matter = (t: Pick<Topic, 'title' | 'presenter' | 'resolution'>, number: string) => ({
    title: t.title,
    ...(t.presenter ? { presenter: t.presenter } : {}),
    carried_from: from(number, t.resolution),
    details: [`ตามมติที่ประชุมครั้งที่ ${ref} (ระเบียบวาระที่ ${number}) ${t.resolution ?? ''}`.trim()],
  });
  return minutes.agenda.flatMap((item) => [
    ...(item.carry_over ? [matter({ title: item.title ?? '', presenter: item.presenter, resolution: item.resolution }, String(item.number))] : []),
    ...item.topics.flatMap((t, k) => (t.carry_over ? [matter(t, `${item.number}.${k + 1}`)] : [])),
  ]);
}

/** The next meeting's file name: the number in the name counted on ("meeting-3" → "meeting-4"), else "-next". */
export function nextFileName(file: string, number: number): string {
  const ext = path.extname(file) || '.yaml';
  const stem = path.basename(file, path.extname(file));
  const previous = String(number - 1);
  const m = new RegExp(`^(.*\\D|)${previous}(\\D*)$`).exec(stem);
  return path.join(path.dirname(file), `${m ? `${m[1]}${number}${m[2]}` : `${stem}-next`}${ext}`);
}

/** The next meeting's file, made from the last one's text and its checked data. */
export function nextMeeting(source: string, data: SarabanData): NextMeeting | undefined {
  const minutes = data.minutes;
  const ref = meetingRef(data);
  if (!minutes?.number || !ref) return undefined;
  const number = minutes.number + 1;
  const doc = parseDocument(source) as YamlDocument;
  const set = (at: (string | number)[], value: unknown) => doc.setIn(at, doc.createNode(value));

  set(['status'], 'draft');
  moveFirst(doc, 'status');
  // The old file's header described the old meeting: only its schema line stays.
  const schemaLine = (doc.commentBefore ?? '').split('\n').filter((l) => l.includes('yaml-language-server'));
  doc.commentBefore = [...schemaLine, ...FILL_IN.head].join('\n');

  // The documents of the weeks before the meeting; the minutes and the news come after it.
  set(['documents'], [...(data.invitation ? ['invitation'] : []), 'agenda', 'signin', 'minutes']);
  flow(doc, ['documents']);
  doc.deleteIn(['news']);

  for (const key of ['date', 'start', 'end', 'venue']) doc.deleteIn(['meeting', key]);
  comment(doc, ['meeting'], FILL_IN.meeting);

  if (data.invitation) {
    for (const key of ['number', 'date', 'references']) doc.deleteIn(['invitation', key]);
    comment(doc, ['invitation'], [FILL_IN.invitation]);
  }

  set(['minutes', 'number'], number);
  if (minutes.year !== undefined) doc.deleteIn(['minutes', 'year']);
  // Who comes is known after the meeting: the committee's members, all present until moved.
  const members = data.committee?.members ?? [...minutes.present, ...minutes.absent];
  set(['minutes', 'present'], members.map((p) => person(p)));
  comment(doc, ['minutes', 'present'], [FILL_IN.present]);
  for (const key of ['absent', 'guests', 'opening']) doc.deleteIn(['minutes', key]);
  members.forEach((_, k) => flow(doc, ['minutes', 'present', k]));

  const when = data.meeting?.date ? ` เมื่อ${thaiDate(data.meeting.date, { weekday: true })}` : '';
  const carried = carriedOver(minutes, ref);
  const agenda = [
    { number: 1, title: STANDARD_AGENDA_TITLES[1] },
    {
      number: 2,
      title: `เรื่องรับรองรายงานการประชุม ครั้งที่ ${ref}`,
      papers: [`รายงานการประชุม ครั้งที่ ${ref}`],
      details: [`ฝ่ายเลขานุการได้จัดทำรายงานการประชุม ครั้งที่ ${ref}${when} เสนอให้ที่ประชุมพิจารณารับรอง`],
    },
    { number: 3, title: STANDARD_AGENDA_TITLES[3], topics: carried },
    { number: 4, title: STANDARD_AGENDA_TITLES[4] },
    { number: 5, title: 'เรื่องอื่น ๆ (ถ้ามี)' },
  ];
  set(['minutes', 'agenda'], agenda);
  const considered = doc.getIn(['minutes', 'agenda', 3, 'title'], true) as { comment?: string | null } | undefined;
  if (considered) considered.comment = FILL_IN.considered;
  return { text: doc.toString({ lineWidth: 0 }), number };
}

/** A person of the roster as a line of the new file (name, position, role; no reasons or substitutes). */
function person(p: { title?: string; name?: string; surname?: string; position?: string | undefined; role?: string | undefined }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['title', 'name', 'surname', 'position', 'role'] as const) if (p[key]) out[key] = p[key]!;
  return out;
}

/** Comment lines before the node at `at` (a map's first key, or the node itself). */
function comment(doc: YamlDocument, at: (string | number)[], lines: string[]): void {
  const node = doc.getIn(at, true) as { commentBefore?: string | null; items?: { key?: unknown }[] } | undefined;
  if (!node) return;
  const first = isMap(node) ? (node.items[0]?.key as { commentBefore?: string | null } | undefined) : node;
  if (first && typeof first === 'object') first.commentBefore = lines.join('\n');
}

/** Writes the node at `at` on one line ({ … } or [ … ]). */
function flow(doc: YamlDocument, at: (string | number)[]): void {
  const node = doc.getIn(at, true) as { flow?: boolean } | undefined;
  if (node && typeof node === 'object' && !isScalar(node)) node.flow = true;
}

/** Moves a top-level key to the top of the file. */
function moveFirst(doc: YamlDocument, key: string): void {
  const map = doc.contents;
  if (!isMap(map)) return;
  const k = map.items.findIndex((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
  if (k > 0) map.items.unshift(...map.items.splice(k, 1));
}
