import { describe, expect, it } from 'vitest';
import { breakUnits, hasWordBoundary, OFFICIAL_TERMS, toThaiDigits, segmentBoundaries, wordBoundaries } from '../../src/thai/index.js';
import { isListedWord } from '../../src/thai/dictionary.js';
import { breakOffsets, icuBoundaries, keepTogether } from '../../src/thai/breaks.js';
import { growthOver4x } from '../helpers.js';

const seedLead =
  'นายณัฐพงษ์ สงวนจิตร รองผู้ว่าราชการจังหวัดตราด เป็นประธานการประชุมซักซ้อมเสมือนจริงเพื่อเตรียมการตรวจประเมินรางวัลคุณภาพการบริหารจัดการภาครัฐ ประจำปี พ.ศ.2564 โดยมี หัวหน้าส่วนราชการต่าง ๆ เวลา 10.30 น. ชั้น 4';

describe('Thai line-break units', () => {
  it('joins back to the text exactly', () => {
    expect(breakUnits(seedLead).join('')).toBe(seedLead);
  });
  it('breaks only at word boundaries or after spaces', () => {
    const units = breakUnits(seedLead);
    const icu = segmentBoundaries(seedLead);
    let at = 0;
    for (const u of units.slice(0, -1)) {
      at += u.length;
      expect(icu.has(at) || /\s/.test(seedLead[at - 1]!), `break at ${at}: …${seedLead.slice(at - 5, at)}|${seedLead.slice(at, at + 5)}…`).toBe(true);
    }
    expect(units).toContain('รางวัล');
  });
  it('keeps numbers with their units and ๆ with its word', () => {
    const units = breakUnits(seedLead);
    expect(units).toContain('10.30 น. ');
    expect(units).toContain('ชั้น 4');
    expect(units.some((u) => u.startsWith('ๆ'))).toBe(false);
    expect(units).toContain('ต่าง ๆ ');
    expect(units.some((u) => u.startsWith('พ.ศ.2564'))).toBe(true);
  });
  it('keeps a number with its unit in Arabic and Thai digits alike', () => {
    for (const text of ['ร้อยละ 50 % ของงบ 1,234.50 บาท', toThaiDigits('ร้อยละ 50 % ของงบ 1,234.50 บาท')]) {
      const units = breakUnits(text);
      expect(units.some((u) => /^[5๕][0๐] % $/.test(u)), units.join('|')).toBe(true);
      expect(units.some((u) => /^[1๑],[2๒][3๓][4๔]\.[5๕][0๐] บาท$/.test(u)), units.join('|')).toBe(true);
      expect(units).toContain('ร้อยละ ');
    }
  });
  it('never splits the official terms ICU gets wrong', () => {
    expect(breakUnits('ผู้อำนวยการกองคลัง')).toEqual(['ผู้อำนวยการ', 'กองคลัง']);
    expect(breakUnits('ผู้อำนวยการกลุ่มตรวจสอบ')[0]).toBe('ผู้อำนวยการ');
    expect(breakUnits('การบริหารจัดการภาครัฐและสิ่งแวดล้อม')).toEqual(expect.arrayContaining(['ภาครัฐ', 'สิ่งแวดล้อม']));
    expect(breakUnits('นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ')).toContain('ชำนาญการพิเศษ');
    // The seed news broke the award's name (รางวัลเลิศ|รัฐ) and รายหมวด at a line end.
    expect(breakUnits('รางวัลเลิศรัฐ สาขาการบริหารจัดการภาครัฐ').map((u) => u.trim())).toContain('เลิศรัฐ');
    expect(breakUnits('ผลการประเมินรายหมวด')).toContain('รายหมวด');
  });
  it('never splits a dictionary term', () => {
    const text = 'บ้านท่าระแนะนวัตวิถีต้นแบบ';
    expect(breakUnits(text, { dictionary: ['ท่าระแนะ', 'นวัตวิถี'] })).toEqual(expect.arrayContaining(['ท่าระแนะ', 'นวัตวิถี']));
  });
  it('never starts a unit with a following vowel or mark, nor ends one with a leading vowel', () => {
    const stress = 'น้ำป่าฝั่งปู่ญาติฐานฎีกาปี่ฟ้าเกิดแก้ไขโรงเรียนใหม่ไทยฯลฯ';
    for (const u of breakUnits(stress)) {
      // eslint-disable-next-line no-misleading-character-class -- matching single Thai marks is the point
      expect(u).not.toMatch(/^[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E\u0E46\u0E2F]/u);
      expect(u).not.toMatch(/[เแโใไ]$/);
    }
  });
  it('keeps compounds whole that ICU alone splits (libthai word list)', () => {
    const text = 'ได้มอบหมายขั้นตอนให้เข้มแข็ง ส่วนราชการ นายกรัฐมนตรี ดุษฎีบัณฑิต ข้อบัญญัติ ฟื้นฟู';
    const units = breakUnits(text);
    for (const w of ['มอบหมาย', 'ขั้นตอน', 'เข้มแข็ง ', 'ส่วนราชการ ', 'นายกรัฐมนตรี ', 'ดุษฎีบัณฑิต ', 'ข้อบัญญัติ ', 'ฟื้นฟู']) expect(units, units.join('|')).toContain(w);
  });
  it('keeps ฯ-words, numbers with their noun and ICU mis-segmentations whole', () => {
    const units = breakUnits('เลขานุการสภาฯ คณะทำงานฯ กรุงเทพฯ เขต ๑ หมู่ที่ ๕ มาตรา 44 ฯลฯ');
    expect(units).toEqual(['เลขานุการสภาฯ ', 'คณะทำงานฯ ', 'กรุงเทพฯ ', 'เขต ๑ ', 'หมู่ที่ ๕ ', 'มาตรา 44 ฯลฯ']);
    expect(breakUnits('ผู้อำนวยการกองคลังและเลขานุการสภาฯ ผู้ได้รับ')).toContain('เลขานุการสภาฯ ');
    // A long run before ฯ keeps only its last two words together.
    const long = breakUnits('โครงการอนุรักษ์พันธุกรรมพืชอันเนื่องมาจากพระราชดำริสมเด็จพระเทพรัตนราชสุดาฯ');
    expect(long.length).toBeGreaterThan(3);
    expect(long.at(-1)!.endsWith('ฯ')).toBe(true);
  });
  it('lists official terms only where the word list lacks them', () => {
    for (const t of OFFICIAL_TERMS) expect(isListedWord(t), t).toBe(true);
    expect(isListedWord('มอบหมาย')).toBe(true);
  });

  it('says whether a browser could break inside a unit, as the ICU boundaries do, asked once or again', () => {
    for (const text of ['ประชุม', 'การประชุม', '10.30 น.', 'ต่าง ๆ', 'สำนักงาน', 'A', '']) {
      const icu = wordBoundaries(text).size > 0;
      expect(hasWordBoundary(text), text).toBe(icu);
      expect(hasWordBoundary(text), text).toBe(icu);
    }
    expect(hasWordBoundary('การประชุม')).toBe(true);
    expect(hasWordBoundary('ประชุม')).toBe(false);
  });
});

// Issue 24: a 200 KB paragraph of "a-a-a-…" took over 300 s (HTML: V8's segment iterator costs
// more per step the longer its string, so ICU over a whole long text was quadratic), and a long
// run of digits made the number-with-unit rule retry at every digit. Four times the text must take
// about four times as long (quadratic would be 16): the bound is generous for a busy machine.
describe('break search on hostile input (linear)', () => {
  const hostile: [string, (n: number) => string][] = [
    ['"a-a-a-…"', (n) => 'a-'.repeat(n / 2)],
    ['"a/a/a/…"', (n) => 'a/'.repeat(n / 2)],
    ['"a a a …"', (n) => 'a '.repeat(n / 2)],
    ['many spaces', (n) => `a${' '.repeat(n - 2)}b`],
    ['a run without a break', (n) => 'x'.repeat(n)],
    ['digits', (n) => '1'.repeat(n)],
    ['"1.1.1.…"', (n) => '1.'.repeat(n / 2)],
    ['a Thai word repeated without spaces', (n) => 'สถาปัตยกรรม'.repeat(Math.ceil(n / 11)).slice(0, n)],
    ['Thai words and spaces', (n) => 'ประชุมคณะกรรมการ '.repeat(Math.ceil(n / 17)).slice(0, n)],
  ];
  const N = 50_000;
  const byName = new Map(hostile);
  const some = (...names: string[]) => names.map((name): [string, (n: number) => string] => [name, byName.get(name)!]);
  it.each(some('"a-a-a-…"', '"a/a/a/…"', '"a a a …"', 'Thai words and spaces'))('ICU word boundaries of %s', (_, make) => {
    const g = growthOver4x(make, (t) => wordBoundaries(t), N);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(10);
  });
  it.each(hostile)('break offsets of %s', (_, make) => {
    const g = growthOver4x(make, (t) => breakOffsets(t), N);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(10);
  });
  it.each(some('"a-a-a-…"', 'a Thai word repeated without spaces'))('text kept whole (<nobr>) of %s', (_, make) => {
    const g = growthOver4x(make, (t) => keepTogether(t, { whole: true }), N);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(10);
  });
  it('asks ICU only as far as the first boundary of a long unit', () => {
    const t0 = performance.now();
    expect(hasWordBoundary('a-'.repeat(100_000))).toBe(true);
    expect(hasWordBoundary(`${'x'.repeat(200_000)}-`)).toBe(true);
    expect(hasWordBoundary('x'.repeat(200_000))).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
  it('finds the boundaries ICU finds in the whole text, window by window', () => {
    const text = `${seedLead} `.repeat(40);
    const whole = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.index).filter((i) => i > 0);
    expect(text.length).toBeGreaterThan(4 * 1024);
    expect([...icuBoundaries(text)]).toEqual(whole);
    expect([...icuBoundaries(text, 100, 3000)]).toEqual(whole.filter((i) => i > 100 && i < 3000));
  });
  it('keeps numbers with their units in a long run of digits', () => {
    expect(breakUnits(`${'1'.repeat(5000)} บาท ก`)).toEqual([`${'1'.repeat(5000)} บาท `, 'ก']);
    expect(breakUnits('1.5.2 น. ก')).toEqual(['1.5.2 น. ', 'ก']);
  });
});
