import { describe, expect, it } from 'vitest';
import { breakOffsets } from '../../src/thai/breaks.js';
import { breakPenalties, keepSpans, PENALTY } from '../../src/thai/break-penalties.js';
import { COMPOUNDS, PROVINCES } from '../../src/thai/compounds.js';

/** The penalty of the break right after `before` in `text`. */
function penaltyAfter(text: string, before: string): number | undefined {
  const at = text.indexOf(before) + before.length;
  const offsets = breakOffsets(text, { protect: keepSpans(text) });
  const k = offsets.indexOf(at);
  return k < 0 ? undefined : breakPenalties(text, offsets)[k];
}

describe('ranked breaks', () => {
  const text = 'ทำเนียบรัฐบาลและคณะกรรมการ นายอนุทิน ชาญวีรกูล นายกรัฐมนตรี ไปจังหวัดเชียงใหม่ เขตพัฒนาการท่องเที่ยวซึ่งอุดมสมบูรณ์';

  it('costs nothing after a space, little before a phrase, more between words, a lot inside a compound', () => {
    expect(penaltyAfter(text, 'คณะกรรมการ ')).toBe(PENALTY.SPACE);
    expect(penaltyAfter(text, 'ทำเนียบรัฐบาล')).toBe(PENALTY.PHRASE); // before และ
    expect(penaltyAfter(text, 'ทำเนียบ')).toBe(PENALTY.COMPOUND);
    expect(penaltyAfter(text, 'คณะ')).toBe(PENALTY.COMPOUND);
    expect(penaltyAfter(text, 'เขตพัฒนาการ')).toBe(PENALTY.COMPOUND); // inside การท่องเที่ยว
    expect(penaltyAfter(text, 'อุดม')).toBe(PENALTY.COMPOUND);
    expect(penaltyAfter(text, 'ไป')).toBe(PENALTY.WORD);
  });

  it('never breaks a title from its name, a name from its surname, or จังหวัด from its province', () => {
    expect(keepSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['นายอนุทิน ชาญวีรกูล', 'จังหวัดเชียงใหม่']);
    expect(penaltyAfter(text, 'นาย')).toBeUndefined();
    expect(penaltyAfter(text, 'นายอนุทิน ')).toBeUndefined();
    expect(penaltyAfter(text, 'ชาญ')).toBeUndefined();
    expect(penaltyAfter(text, 'ไปจังหวัด')).toBeUndefined();
    // a title right after a word, and an office that starts like a title is no title
    expect(keepSpans('วันนี้นายอนุทิน ชาญวีรกูล มอบ').map(([a, b]) => 'วันนี้นายอนุทิน ชาญวีรกูล มอบ'.slice(a, b))).toEqual(['นายอนุทิน ชาญวีรกูล']);
    expect(keepSpans('นายกเทศมนตรีกล่าวว่า')).toEqual([]);
    expect(keepSpans('ผศ.ดร.สมชาย ใจดี กล่าว').map(([a, b]) => 'ผศ.ดร.สมชาย ใจดี กล่าว'.slice(a, b))).toEqual(['ผศ.ดร.สมชาย ใจดี']);
  });

  it('keeps a list of at least 200 compounds, titles and provinces, without repeats', () => {
    const all = [...COMPOUNDS, ...PROVINCES];
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(new Set(all).size).toBe(all.length);
    expect(PROVINCES).toHaveLength(77);
  });

  it('is linear: 1 MB of prose in a few seconds', () => {
    const big = text.repeat(Math.ceil(1_000_000 / text.length));
    const offsets = breakOffsets(big);
    const t = performance.now();
    breakPenalties(big, offsets);
    keepSpans(big);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
