// Draft, then own (issue 30, docs/news.md): each release of data/news/ drafted from its meeting data
// by `saraban news-draft`, then edited as its officer would (a scripted edit,
// test/fixtures/news/edits/), renders the published text (white space normalised); a fact changed
// in the meeting data after drafting is reported by validate where the prose still states it. The
// share of the published text the draft got right before any editing is measured for each
// (characters of the published text in the longest common subsequence with the draft).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { validate } from '../../src/api.js';
import { loadAndValidate } from '../../src/pipeline/documents.js';
import { draftNews } from '../../src/data/news-draft.js';
import { resolveTemplate } from '../../src/template/render.js';
import { writeTxt } from '../../src/writers/txt.js';
import { exampleDocument, ROOT, SEED, seedRelease } from '../helpers.js';
import { runCli, scratch } from '../errors/support.js';

/** Each example, and a fact of its meeting data to change after drafting that its prose states. */
const EXAMPLES: { name: string; shape: string; change: { at: (string | number)[]; to: unknown }; field: string }[] = [
  { name: 'obec-executives', shape: 'real (สพฐ.): person-led headline, chair-led lead, no date', change: { at: ['meeting', 'chair', 'surname'], to: 'ชิตวงษ์' }, field: 'meeting.chair' },
  { name: 'nuemueng-local-day', shape: 'real (อบต.เหนือเมือง): attendee-led, opened by the date', change: { at: ['meeting', 'date'], to: '2022-03-02' }, field: 'meeting.date' },
  { name: 'sakaeo-education', shape: 'real (ศธจ.สระแก้ว): several named participants, a byline', change: { at: ['news', 'lead', 'by', 0, 'position'], to: 'รักษาราชการแทนศึกษาธิการจังหวัดสระแก้ว' }, field: 'news.lead.by[0].position' },
  { name: 'water-policy-committee', shape: 'constructed (ministerial): วันนี้ (…), พลเอก, place after the time, a spokesperson, points from the minutes', change: { at: ['meeting', 'start'], to: '10:00' }, field: 'meeting.start' },
  { name: 'haze-provincial', shape: 'constructed (provincial): เมื่อวานนี้ (…), the chair on assignment, byline and date on top, "-----"', change: { at: ['meeting', 'chair', 'name'], to: 'นพพล' }, field: 'meeting.chair' },
  { name: 'university-council', shape: 'constructed (university council): ครั้งที่ 1 ประจำปี 2562, votes with their matter', change: { at: ['minutes', 'agenda', 3, 'topics', 0, 'votes', 'for'], to: 20 }, field: 'minutes.agenda[3].topics[0].votes.for' },
];

/** The published text without page furniture (a "more photos" link). */
const published = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/news', `${name}.txt`), 'utf8').replace(/ \*\*\*รูปภาพเพิ่มเติม\*\*\*$/, '');
/** White space normalised: runs of spaces as one, no blank lines, no space at line ends. */
const normalised = (text: string) => text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');

/** Characters of `b` in the longest common subsequence of a and b, over the length of b. */
function sharedShare(a: string, b: string): number {
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const next = new Uint16Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) next[j] = a[i - 1] === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  return row[b.length]! / b.length;
}

interface Edit {
  field: string;
  replace?: string;
  with?: string;
  set?: unknown;
}

/** The officer's edits, applied to the data file's text field by field (comments kept). */
function applyEdits(file: string, edits: readonly Edit[]): void {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  for (const e of edits) {
    const at = e.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    if (e.set !== undefined) doc.setIn(at, doc.createNode(e.set));
    else {
      const now = doc.getIn(at);
      expect(typeof now === 'string' && now.includes(e.replace!), `${e.field} holds "${e.replace}"`).toBe(true);
      doc.setIn(at, (now as string).replace(e.replace!, e.with ?? ''));
    }
  }
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

const dir = await scratch({});
const txt = async (file: string) => writeTxt(await exampleDocument('news', file));
const shares: string[] = [];
afterAll(() => {
  console.info(`share of the published text the draft got right before editing (LCS characters / published characters, white space normalised):\n${shares.join('\n')}`);
});

describe('draft, then own: each example drafted, edited as its officer would, renders as published', () => {
  for (const ex of EXAMPLES) {
    it(`${ex.name} — ${ex.shape}`, async () => {
      const file = path.join(dir, `${ex.name}.yaml`);
      copyFileSync(path.join(ROOT, 'data/news', `${ex.name}.yaml`), file);
      const { data } = await loadAndValidate(file, ['news']);
      const source = readFileSync(file, 'utf8');
      const draft = await draftNews(source, data, await resolveTemplate('news'));
      writeFileSync(file, draft.text);
      // The rest of the file is as it was: its header comment and the meeting's data.
      expect(draft.text.slice(0, source.indexOf('\nnews:'))).toBe(source.slice(0, source.indexOf('\nnews:')));
      expect(parse(draft.text).news.lead.text).toBe(draft.lead);

      const want = normalised(published(ex.name));
      const drafted = normalised(await txt(file));
      shares.push(`  ${ex.name}: ${(sharedShare(drafted, want) * 100).toFixed(1)} % (${want.length} characters)`);

      applyEdits(file, parse(readFileSync(path.join(ROOT, 'test/fixtures/news/edits', `${ex.name}.yaml`), 'utf8')) as Edit[]);
      expect(normalised(await txt(file))).toBe(want);

      // Validate: the edited release agrees with its data; the data changed after drafting does not.
      const edited = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(validate(edited, { templates: ['news'] }).problems).toEqual([]);
      const changed = parseDocument(readFileSync(file, 'utf8'));
      changed.setIn(ex.change.at, ex.change.to);
      const problems = validate(changed.toJS(), { templates: ['news'] }).problems;
      expect(problems.map((p) => [p.key, p.field])).toEqual([['news-stale-fact', ex.field]]);
    });
  }
});

describe('the seed, drafted', () => {
  it('renders byte for byte as before: the text written is the text composed, the date line still from the data', async () => {
    const file = path.join(dir, 'seed.yaml');
    copyFileSync(path.join(ROOT, 'data/trat-pmqa-2564.yaml'), file);
    const { data } = await loadAndValidate(file, ['news']);
    const draft = await draftNews(readFileSync(file, 'utf8'), data, await resolveTemplate('news'));
    writeFileSync(file, draft.text);
    expect(parse(draft.text).news.points[2]).toEqual({ text: expect.stringMatching(/^วิสัยทัศน์ประเทศไทย คือ /) });
    expect(await txt(file)).toBe(seedRelease(readFileSync(SEED, 'utf8')));
    expect(draft.facts).toMatchObject({ 'meeting.chair': 'ณัฐพงษ์ สงวนจิตร', 'news.cohost': 'มนตรี ฮมแสน' });
  });
});

describe('the drafted facts, checked', () => {
  it('a corrected text is no longer reported, and --facts records the facts anew', async () => {
    const d = await scratch({ 'm.yaml': readFileSync(path.join(ROOT, 'data/news/water-policy-committee.yaml'), 'utf8') });
    const file = path.join(d, 'm.yaml');
    expect((await runCli(['news-draft', file, '--lang', 'en'])).code).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('start: "09:30"', 'start: "10:00"'));
    const th = await runCli(['validate', file, '--lang', 'th']);
    expect(th.code).toBe(2);
    expect(th.stderr).toContain('meeting.start: ข่าว (news.lead.text) ยังเขียนว่า "09.30 น." แต่ข้อมูลตอนนี้เป็น "10.00 น."');
    const en = await runCli(['render', file, '--out', d, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('the release (news.lead.text) still says "09.30 น." where the data now says "10.00 น."');
    // The officer corrects the text: it states the new time.
    writeFileSync(file, readFileSync(file, 'utf8').replace('เวลา 09.30 น.', 'เวลา 10.00 น.'));
    expect((await runCli(['validate', file])).code).toBe(0);
    const recorded = await runCli(['news-draft', file, '--facts', '--lang', 'en']);
    expect(recorded.stdout).toMatch(/recorded \d+ facts/);
    expect(parse(readFileSync(file, 'utf8')).news.draft.facts).toContainEqual({ field: 'meeting.start', value: '10:00' });
  });

  it('a count is matched as a number: "10 เสียง" does not state "0 เสียง"; a vote only in the point of its matter', async () => {
    const { occurs } = await import('../../src/data/news-facts.js');
    expect(occurs('เห็นชอบ 10 เสียง', '0 เสียง')).toBe(false);
    expect(occurs('ไม่เห็นชอบ 0 เสียง', '0 เสียง')).toBe(true);
    expect(occurs('จำนวน 2,154 ราย', '154 ราย')).toBe(false);
    // university-council: two matters carry 21 votes; changing the third's leaves the first's point alone.
    const file = path.join(dir, 'votes.yaml');
    copyFileSync(path.join(ROOT, 'data/news/university-council.yaml'), file);
    const { data } = await loadAndValidate(file, ['news']);
    writeFileSync(file, (await draftNews(readFileSync(file, 'utf8'), data, await resolveTemplate('news'))).text);
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['minutes', 'agenda', 3, 'topics', 2, 'votes', 'for'], 20);
    doc.setIn(['news', 'points', 2, 'text'], 'แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2562 ที่ประชุมมีมติเห็นชอบ ด้วยคะแนนเสียงเห็นชอบ 20 เสียง');
    expect(validate(doc.toJS(), { templates: ['news'] }).problems).toEqual([]);
  });
});

describe('saraban news-draft', () => {
  it('drafts into the file keeping its comments, refuses to draft over the text, and drafts again with --force', async () => {
    const d = await scratch({ 'meeting.yaml': readFileSync(path.join(ROOT, 'data/committee-sample.yaml'), 'utf8') });
    const file = path.join(d, 'meeting.yaml');
    const before = readFileSync(file, 'utf8');
    const first = await runCli(['news-draft', file, '--lang', 'th']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('ร่างข่าวลงใน');
    const after = readFileSync(file, 'utf8');
    // Everything before news: is byte for byte as it was, its comment above news: too.
    expect(after.slice(0, after.indexOf('\nnews:'))).toBe(before.slice(0, before.indexOf('\nnews:')));
    expect(after).toContain('# ร่างโดย saraban news-draft');
    const news = parse(after).news;
    expect(news.lead.text).toMatch(/^เมื่อวันพฤหัสบดีที่ 26 สิงหาคม 2564 เวลา 09\.30 น\. นายสมศักดิ์ ประเสริฐวงศ์ รองอธิบดีกรมตัวอย่าง เป็นประธานการประชุม/);
    expect(news.points[0]).toEqual({ from_minutes: '4.1', text: 'ผลการประเมินตนเองตามเกณฑ์ PMQA 4.0 ที่ประชุมมีมติเห็นชอบผลการประเมินตนเอง และให้ใช้เป็นข้อมูลประกอบการสมัครรางวัล' });
    expect(news.draft.facts).toEqual(
      expect.arrayContaining([
        { field: 'meeting.date', value: '2021-08-26' },
        { field: 'meeting.chair', value: 'สมศักดิ์ ประเสริฐวงศ์' },
        { field: 'news.lead.with.1.count', value: 9 },
      ]),
    );
    expect(after).toContain('\n      - { field: meeting.date, value: 2021-08-26 }\n');
    // The release prints the same text as before drafting.
    expect(writeTxt(await exampleDocument('news', file))).toBe(writeTxt(await exampleDocument('news', path.join(ROOT, 'data/committee-sample.yaml'))));

    writeFileSync(file, after.replace(news.lead.text, `${news.lead.text} ข้อความของผู้เขียน`));
    const again = await runCli(['news-draft', file, '--lang', 'en']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already has a drafted or written lead');
    expect(readFileSync(file, 'utf8')).toContain('ข้อความของผู้เขียน');
    expect((await runCli(['news-draft', file, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('ข้อความของผู้เขียน');
  });

  it('a meeting without a news: part gets one: the lead, and a point for each resolution from ระเบียบวาระที่ 3 on', async () => {
    const text = readFileSync(path.join(ROOT, 'data/committee-sample.yaml'), 'utf8');
    const d = await scratch({ 'meeting.yaml': text.slice(0, text.indexOf('# The news release of the same meeting')) });
    const file = path.join(d, 'meeting.yaml');
    expect((await runCli(['news-draft', file])).code).toBe(0);
    const news = parse(readFileSync(file, 'utf8')).news;
    expect(news.lead.text).toBe('นายสมศักดิ์ ประเสริฐวงศ์ รองอธิบดีกรมตัวอย่าง เป็นประธานการประชุมคณะกรรมการพัฒนาคุณภาพการบริหารจัดการภาครัฐ กรมตัวอย่าง');
    expect(news.points.map((p: { from_minutes: string }) => p.from_minutes)).toEqual(['3', '4.1', '4.2']);
    expect(news.points[0].text).toBe('เรื่องสืบเนื่อง ที่ประชุมรับทราบ และมอบหมายให้หมวด 7 ประสานกองการเจ้าหน้าที่ให้ได้ข้อมูลภายในวันที่ 10 กันยายน 2564');
  });

  it('writes only into a YAML file', async () => {
    const d = await scratch({ 'm.json': '{}' });
    const r = await runCli(['news-draft', path.join(d, 'm.json'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a YAML file');
  });
});
