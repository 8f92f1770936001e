// The first draft of a release from its meeting (`saraban news-draft`, the editor's draft button;
// docs/news.md, "Draft, then own"). The lead and the points are composed by the news template's
// own partials — the same wording a composed release prints — and written into the data file as
// ordinary text the officer now edits: news.lead.text, each point's text, the line before the
// points. The facts the prose states are recorded under news.draft.facts (src/data/news-facts.ts), so
// that a fact corrected in the meeting later is reported where the prose still states it.
// The file is the old one edited, so its comments and layout stay.
import type { Document as YamlDocument } from 'yaml';
import { requireCjs } from '../runtime/cjs.js';
import { parseMarkup } from '../markup/parse.js';
import { inlineText, type Block, type ListItem } from '../model/document.js';
import { compileTemplate, templateSources, type TemplateRef } from '../template/render.js';
import { news as newsPart, type SarabanData } from './schema.js';
import { proseOf, statedFacts, type FactRecord } from './news-facts.js';

const { parseDocument, isMap, Document: YamlDocumentClass } = requireCjs('yaml') as typeof import('yaml');

/** The parts to draft, each by the partial a release prints it with: the lead, the line before the
 *  points, the points. Blocks come out in this order. */
const DRAFT_SOURCE = `<document thai-digits="false">
<p>{{> news-lead}}</p>
{{#if news.points.length}}<p>{{> news-points-intro}}</p>
<list marker="{n}.">{{#each news.points}}<item>{{> news-point}}</item>{{/each}}</list>{{/if}}
</document>`;

/** What was drafted: the lead, the line before the points, each point (with its sub-items). */
export interface DraftedProse {
  lead: string;
  pointsIntro?: string;
  points: { text: string; items: string[] }[];
}

export interface NewsDraft extends DraftedProse {
  /** The data file's new text. */
  text: string;
  facts: FactRecord;
}

type News = NonNullable<SarabanData['news']>;

/** The news part as it is before drafting: no written lead, (when redrafting) no drafted points,
 *  and, when it names no points and the file has minutes, a point for each resolution of the
 *  matters the meeting dealt with (ระเบียบวาระที่ 3 on: not the chair's announcements nor the
 *  endorsement of the last minutes). */
function undrafted(data: SarabanData, redraft: boolean): News {
  const news = data.news ?? newsPart.parse({});
  const lead = { ...news.lead, text: undefined };
  const points = news.points.length ? news.points.map((p) => (redraft && 'from_minutes' in p ? { ...p, text: undefined } : p)) : resolutionPoints(data);
  return { ...news, lead, points, ...(redraft && news.spokesperson ? { points_intro: undefined } : {}) };
}

/** "3", "4.1", "4.2" … : each matter (or item without matters) from ระเบียบวาระที่ 3 on that has a resolution. */
function resolutionPoints(data: SarabanData): News['points'] {
  return (data.minutes?.agenda ?? []).flatMap((item) => {
    if (item.number < 3) return [];
    if (!item.topics.length) return item.resolution ? [{ from_minutes: String(item.number) }] : [];
    return item.topics.flatMap((t, k) => (t.resolution ? [{ from_minutes: `${item.number}.${k + 1}` }] : []));
  });
}

/** The lead and points composed from the data by the template's partials, as plain text. */
export async function composeProse(data: SarabanData, template: TemplateRef, redraft = false): Promise<DraftedProse> {
  const news = undrafted(data, redraft);
  const [main, ...partials] = await templateSources(template);
  const render = await compileTemplate(template, [{ ...main!, name: 'news-draft', source: DRAFT_SOURCE }, ...partials]);
  const doc = parseMarkup(render({ ...data, news }), { source: template.file, baseDir: '.' });
  const [lead, intro, list] = doc.blocks;
  const text = (b: Block | undefined) => (b && (b.kind === 'paragraph' || b.kind === 'heading') ? inlineText(b.content).trim() : '');
  const item = (i: ListItem) => ({
    text: inlineText(i.content).trim(),
    items: i.children.flatMap((c) => (c.kind === 'list' ? c.items.map((x) => inlineText(x.content).trim()) : [])),
  });
  return {
    lead: text(lead),
    ...(intro ? { pointsIntro: text(intro) } : {}),
    points: list?.kind === 'list' ? list.items.map(item) : [],
  };
}

/** The data file with the release drafted into it. */
export async function draftNews(source: string, data: SarabanData, template: TemplateRef, redraft = false): Promise<NewsDraft> {
  const doc = parseDocument(source) as YamlDocument;
  const drafted = await draftInto(doc, data, template, redraft);
  return { ...drafted, text: withNewsOf(source, doc.toString(yamlOut(source))) };
}

/** The data as written (the editor's form) with the release drafted into it: what the editor's
 *  draft button shows, for the clerk to edit and save. */
export async function draftedData(written: Record<string, unknown>, data: SarabanData, template: TemplateRef, redraft = false): Promise<{ data: Record<string, unknown>; facts: FactRecord }> {
  const doc = new YamlDocumentClass(written) as YamlDocument;
  const { facts } = await draftInto(doc, data, template, redraft);
  return { data: doc.toJS() as Record<string, unknown>, facts };
}

/** Writes the drafted prose and its facts into a parsed data file. */
async function draftInto(doc: YamlDocument, data: SarabanData, template: TemplateRef, redraft: boolean): Promise<DraftedProse & { facts: FactRecord }> {
  const prose = await composeProse(data, template, redraft);
  const news = undrafted(data, redraft);
  if (!doc.hasIn(['news'])) doc.setIn(['news'], doc.createNode({}));
  block(doc, ['news']);
  if (!doc.hasIn(['news', 'lead'])) doc.setIn(['news', 'lead'], doc.createNode({}));
  block(doc, ['news', 'lead']);
  doc.setIn(['news', 'lead', 'text'], prose.lead);
  if (prose.pointsIntro !== undefined && (news.spokesperson || redraft) && (news.points_intro === undefined || redraft)) {
    doc.setIn(['news', 'points_intro'], prose.pointsIntro);
  }
  // Points the draft chose itself (from the minutes) are written as a new list.
  if (!data.news?.points.length && news.points.length) doc.setIn(['news', 'points'], doc.createNode(news.points.map((p) => ({ ...p }))));
  news.points.forEach((p, k) => {
    const drafted = prose.points[k];
    if (!drafted) return;
    if ('from_minutes' in p && !p.text) {
      block(doc, ['news', 'points', k]);
      doc.setIn(['news', 'points', k, 'text'], drafted.text);
    } else if ('standard' in p) {
      // A point written from the data becomes text (its list, items): the officer owns it now.
      doc.setIn(['news', 'points', k], doc.createNode(drafted.items.length ? drafted : { text: drafted.text }));
    }
  });
  const stated = [
    { field: 'news.lead.text', text: prose.lead },
    { field: 'news.points_intro', text: prose.pointsIntro ?? '' },
    ...prose.points.flatMap((p, k) => [{ field: `news.points.${k}.text`, text: p.text }, ...p.items.map((text, j) => ({ field: `news.points.${k}.items.${j}`, text }))]),
    ...news.paragraphs.map((text, k) => ({ field: `news.paragraphs.${k}`, text })),
  ];
  const facts = statedFacts(data, stated);
  setFacts(doc, facts);
  return { ...prose, facts };
}

/** The data file with the facts its prose states recorded anew (after the officer corrected the prose). */
export function recordFacts(source: string, data: SarabanData): { text: string; facts: FactRecord } {
  const doc = parseDocument(source) as YamlDocument;
  const facts = data.news ? statedFacts(data, proseOf(data.news)) : {};
  setFacts(doc, facts);
  return { text: withNewsOf(source, doc.toString(yamlOut(source))), facts };
}

/** The file written back as the clerk wrote it: long lines unfolded; "{ a: 1 }" or "{a: 1}" as
 *  the file mostly writes its flow maps. */
const yamlOut = (source: string) => ({ lineWidth: 0, flowCollectionPadding: (source.match(/\{ /g)?.length ?? 0) > (source.match(/\{[^ \n}]/g)?.length ?? 0) });

const FACTS_COMMENT =
  ' ร่างโดย saraban news-draft: ข้อเท็จจริงที่ข้อความข่าวอ้าง ณ เวลาร่าง — ถ้าข้อมูลเปลี่ยนแต่ข้อความยังเขียนค่าเดิม saraban validate จะแจ้ง\n' +
  ' (drafted by saraban news-draft: the facts the prose states, as drafted; a fact changed in the data but not in the prose is reported)';

function setFacts(doc: YamlDocument, facts: FactRecord): void {
  block(doc, ['news']);
  doc.setIn(['news', 'draft'], doc.createNode({ facts: Object.entries(facts).map(([field, value]) => ({ field, value })) }));
  // One fact a line: { field: meeting.date, value: 2021-08-26 }.
  const list = doc.getIn(['news', 'draft', 'facts'], true) as { items?: { flow?: boolean }[] } | undefined;
  for (const item of list?.items ?? []) item.flow = true;
  const node = doc.getIn(['news', 'draft'], true) as { commentBefore?: string | null } | undefined;
  const pair = isMap(doc.getIn(['news'], true)) ? (doc.getIn(['news'], true) as import('yaml').YAMLMap).items.find((p) => (p.key as { value?: unknown }).value === 'draft') : undefined;
  if (pair && pair.key && typeof pair.key === 'object') (pair.key as { commentBefore?: string | null }).commentBefore = FACTS_COMMENT;
  else if (node) node.commentBefore = FACTS_COMMENT;
}

/** The old file with its news: part replaced by the edited file's, so that every other byte stays
 *  as it was (writing the whole document would respace each flow list of the file); the edited
 *  file as it is when the two cannot be joined to mean the same. */
function withNewsOf(source: string, edited: string): string {
  const was = newsRange(source);
  const now = newsRange(edited);
  if (!now) return edited;
  const part = edited.slice(now[0], now[1]).replace(/\n*$/, '\n');
  const out = was ? source.slice(0, was[0]) + part + source.slice(was[1]).replace(/^\n+/, (gap) => (source.slice(was[1]).length === gap.length ? '' : gap)) : `${source.replace(/\n*$/, '\n')}${part}`;
  return JSON.stringify(parseDocument(out).toJS()) === JSON.stringify(parseDocument(edited).toJS()) ? out : edited;
}

/** Where the top-level news: key and its value stand in a file's text. */
function newsRange(text: string): [number, number] | undefined {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => (p.key as { value?: unknown } | null)?.value === 'news');
  const key = pair?.key as { range?: [number, number, number] } | undefined;
  const value = pair?.value as { range?: [number, number, number] } | undefined;
  if (!key?.range || !value?.range) return undefined;
  // A comment above news: belongs to it only in the edited file; in the old one it stays where it is.
  return [key.range[0], value.range[2]];
}

/** Writes the map at `at` as a block (one key a line), so that a paragraph does not sit in { … }. */
function block(doc: YamlDocument, at: (string | number)[]): void {
  const node = doc.getIn(at, true) as { flow?: boolean } | undefined;
  if (node && isMap(node)) node.flow = false;
}
