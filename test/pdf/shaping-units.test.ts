// The PDF writer shapes a Thai word cluster by cluster (src/writers/pdf/layout-cache.ts). That is
// only right while no lookup of the font reaches across a cluster: this shapes every word of the
// word list, Thai numbers, and every pair and triple of Thai characters (marks in any place,
// with spaces and the break controls between them) both ways, in all four faces, through the
// patched pdfkit font the writer uses, and wants the same glyphs, code points and positions.
import { describe, expect, it } from 'vitest';
import { lexiconWords } from '../../src/thai/dictionary.js';
import { buildFonts } from '../../src/writers/pdf/fonts.js';
import { installLayoutCache, shapingUnits } from '../../src/writers/pdf/layout-cache.js';
import { embeddedFont } from '../../src/writers/pdf/pdfkit-thai-fix.js';

interface Run {
  glyphs: { id: number; codePoints: number[] }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth?: number }[];
  advanceWidth: number;
}
type Shaper = { layoutRun(text: string): Run; layoutCached(text: string): Run };

const THAI = Array.from({ length: 0x0e5b - 0x0e01 + 1 }, (_, k) => String.fromCharCode(0x0e01 + k)).filter((c) => c < '\u0e3b' || c > '\u0e3e');
const BETWEEN = ['', ' ', '\u00a0', '\u200b', '\u2060'];
const thaiDigits = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

function corpus(): string[] {
  const words = lexiconWords();
  const out = new Set<string>([...words, ...words.map((w) => `${w}\u200b`), ...words.map((w) => `${w} `)]);
  for (let n = 0; n < 3000; n += 7) out.add(thaiDigits(n * 13));
  for (const a of THAI) for (const b of THAI) for (const between of BETWEEN) out.add(a + between + b);
  for (const a of THAI) for (const b of THAI) out.add(`ก${a}${b}`);
  return [...out];
}

const plain = (run: Run) => ({
  glyphs: run.glyphs.map((g) => [g.id, ...g.codePoints]),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset, p.advanceWidth]),
  advanceWidth: run.advanceWidth,
});

describe('shaping Thai cluster by cluster', () => {
  it('splits Thai words, and keeps everything else whole', () => {
    expect(shapingUnits('น้ำใจ\u200b')).toEqual(['น้ำ', 'ใ', 'จ\u200b']);
    expect(shapingUnits('ฤๅษี')).toEqual(['ฤๅ', 'ษี']);
    expect(shapingUnits('ก')).toBeUndefined();
    expect(shapingUnits('พ.ศ.')).toBeUndefined();
    expect(shapingUnits('Thai')).toBeUndefined();
  });

  it('gives what shaping the whole word gives, in every face', { timeout: 120_000 }, () => {
    const words = corpus();
    const faces = Object.entries(buildFonts());
    installLayoutCache(faces[0]![1]);
    let split = 0;
    for (const [style, ttf] of faces) {
      const font = embeddedFont(ttf) as unknown as Shaper;
      const differ: string[] = [];
      for (const word of words) {
        if (!shapingUnits(word)) continue;
        if (style === 'normal') split++;
        const whole = plain(font.layoutRun(word));
        const byUnits = plain(font.layoutCached(word));
        if (JSON.stringify(whole) !== JSON.stringify(byUnits)) differ.push(word);
      }
      expect(differ, style).toEqual([]);
    }
    expect(split).toBeGreaterThan(50_000);
  });
});
