// The paragraph line fitter (issue 28) on made-up inlines: a font whose every character is 1 pt
// wide and a space 2 pt, so the widths and stretch of each choice can be worked out by hand.
import { describe, expect, it } from 'vitest';
import { fitParagraph, type FitInline } from '../../src/writers/pdf/line-fit.js';

const font = { widthOfString: (text: string, size: number) => [...text].reduce((w, c) => w + (c === ' ' ? 2 : 1), 0) * (size / 10) };
/** Inlines as pdfmake splits them: each word with the space after it. */
function words(text: string, alignment = 'justify'): FitInline[] {
  return text.split(/(?<= )/).map((t) => ({
    text: t,
    width: font.widthOfString(t, 10),
    trailingCut: t.endsWith(' ') ? 2 : 0,
    alignment,
    font,
    fontSize: 10,
  }));
}
const lines = (inl: FitInline[], ends: number[]) => {
  const out: string[] = [];
  let a = 0;
  for (const e of [...ends, inl.length - 1]) {
    out.push(inl.slice(a, e + 1).map((i) => i.text).join('').trimEnd());
    a = e + 1;
  }
  return out;
};

describe('fitParagraph', () => {
  it('sets each line within the measure, a word wider than a short line on its own line', () => {
    const inl = words('aaaa bbbb cccc dddddddddddddddddd ee ff gg hh');
    const fit = fitParagraph(inl, 20)!;
    expect(lines(inl, fit.ends)).toEqual(['aaaa bbbb cccc', 'dddddddddddddddddd', 'ee ff gg hh']);
  });

  it('prefers a break after a space to one inside a listed compound', () => {
    // Thai: the break inside ทำเนียบรัฐบาล costs COMPOUND; after the space costs nothing.
    const inl: FitInline[] = ['ไปที่ ', 'ทำเนียบ\u200B', 'รัฐบาล ', 'วันนี้'].map((t) => ({ text: t, width: font.widthOfString(t.replace('\u200B', ''), 10), trailingCut: t.endsWith(' ') ? 2 : 0, alignment: 'left', font, fontSize: 10 }));
    const fit = fitParagraph(inl, 14)!;
    expect(fit.ends).toEqual([0, 2]); // ไปที่ | ทำเนียบรัฐบาล | วันนี้
  });

  it('sets a justified last line a little wider than the measure on one line, closing its spaces', () => {
    // 'aaaa bbbb cccccccccccccccc' is 28 pt; its two spaces may close by 0.3 × 2 pt each (1.2 pt).
    // Breaking it would leave 'aaaa bbbb' 17 pt short, more than its gaps can take (7.9 pt).
    const inl = words('aaaa bbbb cccccccccccccccc');
    const fit = fitParagraph(inl, 27)!;
    expect(fit.ends).toEqual([]);
    expect(fit.widths[0]).toBeGreaterThan(27);
    // A ragged paragraph's last line must fit as it is.
    expect(fitParagraph(words('aaaa bbbb cccccccccccccccc', 'left'), 27)!.ends).toEqual([1]);
  });

  it('stays linear: a 200,000-word paragraph in a few seconds', () => {
    const inl = words('ab cd efg hij klmn op '.repeat(33_000));
    const t = performance.now();
    const fit = fitParagraph(inl, 120)!;
    expect(fit.ends.length).toBeGreaterThan(5_000);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
