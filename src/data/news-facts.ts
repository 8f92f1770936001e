// The facts a drafted release's prose states, kept in step with the data (docs/news.md, "Draft,
// then own"). When `saraban news-draft` writes the prose it records, under news.draft.facts, each
// fact of the data the prose states (the date, time, place, the people and their positions, the
// counts), by the field it comes from ({ field, value } pairs). On every validate and render, a fact whose field now holds
// something else, while the prose still states the old value, is a problem at that field: the
// meeting was corrected and the release was not.
import { formatTime, parseTime, thaiDate, thaiTime, toThaiDigits } from '../thai/index.js';
import type { SarabanData } from './schema.js';

/** How a kind of fact can appear in prose: its written forms, most usual first. */
type Kind = 'date' | 'time' | 'name' | 'text' | 'count' | 'sitting';

interface Fact {
  kind: Kind;
  value: string | number;
}

/** A recorded fact's key is its field ("meeting.chair", "minutes.agenda.3.topics.0.votes.for"),
 *  its value as the data gave it; the kind is the field's. */
export type FactRecord = Record<string, string | number>;

interface PersonLike {
  title?: string | undefined;
  name?: string | undefined;
  surname?: string | undefined;
  position?: string | undefined;
}

/** Every fact of the data a release's prose may state, by field. */
export function factsOf(data: SarabanData): Map<string, Fact> {
  const out = new Map<string, Fact>();
  const put = (field: string, kind: Kind, value: string | number | undefined) => {
    if (value !== undefined && value !== '') out.set(field, { kind, value });
  };
  const person = (field: string, p: PersonLike | undefined) => {
    if (!p?.name) return;
    // The name and surname: the prose may drop or shorten the title ("นาย", "พลเอก").
    put(field, 'name', `${p.name}${p.surname ? ` ${p.surname}` : ''}`);
    put(`${field}.position`, 'text', p.position);
  };
  const m = data.meeting;
  if (m) {
    put('meeting.date', 'date', m.date);
    put('meeting.start', 'time', m.start === undefined ? undefined : formatTime(parseTime(m.start) ?? 0));
    put('meeting.venue', 'text', m.venue);
    person('meeting.chair', m.chair);
  }
  const n = data.news;
  if (n) {
    person('news.lead.assigned_by', n.lead.assigned_by);
    person('news.spokesperson', n.spokesperson);
    person('news.cohost', n.cohost);
    for (const list of ['by', 'with'] as const) {
      n.lead[list].forEach((p, k) => {
        if ('group' in p) {
          put(`news.lead.${list}.${k}.count`, 'count', p.count);
          put(`news.lead.${list}.${k}.of`, 'count', p.of);
        } else person(`news.lead.${list}.${k}`, p);
      });
    }
    if (n.sitting) put('news.sitting', 'sitting', `${n.sitting.number}/${n.sitting.year}`);
    if (n.votes) for (const v of ['for', 'against', 'abstain'] as const) put(`news.votes.${v}`, 'count', n.votes[v]);
    put('news.published', 'date', n.published);
  }
  data.minutes?.agenda.forEach((item, i) => {
    const votes = (at: string, v: { for: number; against?: number | undefined; abstain?: number | undefined } | undefined) => {
      if (v) for (const key of ['for', 'against', 'abstain'] as const) put(`${at}.votes.${key}`, 'count', v[key]);
    };
    votes(`minutes.agenda.${i}`, item.votes);
    item.topics.forEach((t, j) => votes(`minutes.agenda.${i}.topics.${j}`, t.votes));
  });
  return out;
}

/** The ways a fact is written in a release: "24 มกราคม 2560", "24 ม.ค. 2560", "24 ม.ค. 60"; a count
 *  "39 คน" or "39 เสียง"; a person with or without the title; each in Thai digits too. */
export function renderings(f: Fact): string[] {
  const v = String(f.value);
  let forms: string[];
  switch (f.kind) {
    case 'date': {
      const short = thaiDate(v, { short: true });
      forms = [thaiDate(v), short, short.replace(/ (\d\d)(\d\d)$/, ' $2'), short.replace(/ (\d\d)(\d\d)$/, ' $2').replaceAll(' ', '')];
      break;
    }
    case 'time':
      forms = [thaiTime(v), thaiTime(v).replace(/ น\.$/, '')];
      break;
    case 'count':
      forms = ['คน', 'เสียง', 'ราย'].map((unit) => `${v} ${unit}`);
      break;
    case 'sitting': {
      const [number, year] = v.split('/');
      forms = [`ครั้งที่ ${v}`, `ครั้งที่ ${number} ประจำปี ${year}`, `ครั้งที่ ${number} ประจำปี พ.ศ. ${year}`];
      break;
    }
    default:
      forms = [v];
  }
  return [...new Set(forms.flatMap((s) => [s, toThaiDigits(s)]))];
}

/** Whether `form` stands in `text` as itself: a number not as the end of another ("10 เสียง" does
 *  not hold "0 เสียง") nor followed by more digits. */
export function occurs(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + form.length] ?? '';
    if (/^[0-9๐-๙]/.test(form) && /[0-9๐-๙,.]/.test(before)) continue;
    if (/[0-9๐-๙]$/.test(form) && /[0-9๐-๙]/.test(after)) continue;
    return true;
  }
  return false;
}

type Prose = { field: string; text: string }[];

/** The prose a fact may stand in: a vote of the minutes only in the points taken from its matter
 *  (the same count is another matter's elsewhere); any other fact anywhere. */
function proseFor(field: string, prose: Prose, data: SarabanData): Prose {
  const m = /^minutes\.agenda\.(\d+)(?:\.topics\.(\d+))?\.votes\./.exec(field);
  if (!m) return prose;
  const item = data.minutes?.agenda[Number(m[1])];
  const ref = item ? `${item.number}${m[2] === undefined ? '' : `.${Number(m[2]) + 1}`}` : '';
  const points = new Set((data.news?.points ?? []).flatMap((p, k) => ('from_minutes' in p && String(p.from_minutes) === ref ? [`news.points.${k}.`] : [])));
  return prose.filter((p) => [...points].some((at) => `${p.field}.`.startsWith(at)));
}

/** The facts the prose states, to record with a draft. */
export function statedFacts(data: SarabanData, prose: Prose): FactRecord {
  const out: FactRecord = {};
  for (const [field, fact] of factsOf(data)) {
    const forms = renderings(fact);
    if (proseFor(field, prose, data).some(({ text }) => forms.some((r) => occurs(text, r)))) out[field] = fact.value;
  }
  return out;
}

/** The prose of a release, each with the field it is written in. */
export function proseOf(news: NonNullable<SarabanData['news']>): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  if (typeof news.headline === 'string' && news.headline) out.push({ field: 'news.headline', text: news.headline });
  if (news.subheadline) out.push({ field: 'news.subheadline', text: news.subheadline });
  if (news.lead.text) out.push({ field: 'news.lead.text', text: news.lead.text });
  news.paragraphs.forEach((text, k) => out.push({ field: `news.paragraphs.${k}`, text }));
  if (news.points_intro) out.push({ field: 'news.points_intro', text: news.points_intro });
  news.points.forEach((p, k) => {
    if ('text' in p && p.text) out.push({ field: `news.points.${k}.text`, text: p.text });
    if ('items' in p) p.items?.forEach((text, j) => out.push({ field: `news.points.${k}.items.${j}`, text }));
  });
  return out;
}

export interface StaleFact {
  /** The field whose value changed, as a path. */
  path: (string | number)[];
  /** The prose's field that still states the old value. */
  where: string;
  old: string;
  now: string;
}

/** The recorded facts the data now gives otherwise while the prose still states them as they were. */
export function staleFacts(data: SarabanData): StaleFact[] {
  const news = data.news;
  const recorded = news?.draft?.facts;
  if (!news || !recorded) return [];
  const current = factsOf(data);
  const all = proseOf(news);
  const out: StaleFact[] = [];
  for (const { field, value } of recorded) {
    const now = current.get(field);
    if (now && String(now.value) === String(value)) continue;
    const kind = now?.kind ?? kindOfField(field);
    const was = renderings({ kind, value });
    const is = now ? renderings(now) : [];
    // The new value may contain the old ("รองผู้ว่าราชการจังหวัด" holds "ผู้ว่าราชการจังหวัด"): it does not count.
    const hit = proseFor(field, all, data).find(({ text }) => {
      const rest = is.reduce((t, r) => t.replaceAll(r, '\u0000'), text);
      return was.some((r) => occurs(rest, r));
    });
    if (hit) out.push({ path: field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), where: hit.field, old: was[0]!, now: is[0] ?? '' });
  }
  return out;
}

/** A recorded field the data no longer has: its kind from its name. */
function kindOfField(field: string): Kind {
  if (/\.(date|published)$/.test(field)) return 'date';
  if (/\.start$/.test(field)) return 'time';
  if (/\.(for|against|abstain|count|of)$/.test(field)) return 'count';
  if (field === 'news.sitting') return 'sitting';
  if (/\.(position|venue)$/.test(field)) return 'text';
  return 'name';
}
