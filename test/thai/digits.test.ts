import { describe, expect, it } from 'vitest';
import { toThaiDigits, toArabicDigits } from '../../src/thai/index.js';

describe('Thai digits', () => {
  it('converts numbers in Thai text', () => {
    expect(toThaiDigits('วันที่ 29 กรกฎาคม 2564 เวลา 10.30 น.')).toBe('วันที่ ๒๙ กรกฎาคม ๒๕๖๔ เวลา ๑๐.๓๐ น.');
    expect(toThaiDigits('ภายในปี2565 ชั้น 4 (6 นาที) 1)')).toBe('ภายในปี๒๕๖๕ ชั้น ๔ (๖ นาที) ๑)');
  });
  it('leaves URLs, e-mail addresses and Latin identifiers alone', () => {
    const text = 'ดู https://www.trat.go.th/p/2564 หรือ www.cdd.go.th/2 อีเมล trat2564@cdd.go.th COVID-19 A4 PMQA 2562';
    expect(toThaiDigits(text)).toBe('ดู https://www.trat.go.th/p/2564 หรือ www.cdd.go.th/2 อีเมล trat2564@cdd.go.th COVID-19 A4 PMQA ๒๕๖๒');
  });
  it('round-trips', () => {
    expect(toArabicDigits(toThaiDigits('0123456789'))).toBe('0123456789');
  });
});
