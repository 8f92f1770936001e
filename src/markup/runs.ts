// The runs of a block's inline text as the markup stage leaves them: white space folded as in
// HTML, neighbouring runs of one look joined (a space across their edge folded too), and the
// space at a block's ends and around a <br/> dropped.
import type { Inline } from '../model/document.js';

/** Each run of spaces, tabs and newlines as one space, as HTML folds them. */
export const fold = (s: string) => s.replace(/[ \t\r\n]+/g, ' ');

const sameStyle = (a: Inline, b: Inline) =>
  a.kind === 'text' && b.kind === 'text' && !!a.bold === !!b.bold && !!a.italic === !!b.italic &&
  !!a.underline === !!b.underline && !!a.nowrap === !!b.nowrap && a.size === b.size && a.style === b.style;

/** Joins neighbouring runs of the same style and folds spaces across run edges. */
export function mergeRuns(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const item of list) {
    const prev = out.at(-1);
    if (item.kind === 'text' && prev?.kind === 'text') {
      const t = prev.text.endsWith(' ') ? item.text.replace(/^ /, '') : item.text;
      if (!t) continue;
      if (sameStyle(prev, item)) {
        out[out.length - 1] = { ...prev, text: prev.text + t };
        continue;
      }
      out.push({ ...item, text: t });
      continue;
    }
    out.push(item);
  }
  return out;
}

/** Drops space at the start and end of a block and around explicit line breaks. */
export function trimInlines(list: Inline[]): Inline[] {
  const out = list.map((i) => ({ ...i }));
  for (let k = 0; k < out.length; k++) {
    const item = out[k]!;
    if (item.kind !== 'text') continue;
    const prev = out[k - 1];
    const next = out[k + 1];
    if (!prev || prev.kind === 'br') item.text = item.text.replace(/^ /, '');
    if (!next || next.kind === 'br') item.text = item.text.replace(/ $/, '');
  }
  return out.filter((i) => i.kind !== 'text' || i.text !== '');
}

/** The text runs of each line of a block's inlines (split at its line breaks; a tab as a space). */
export function splitLines(content: Inline[]): { text: string; bold?: boolean; size?: number }[][] {
  const lines: { text: string; bold?: boolean; size?: number }[][] = [[]];
  for (const i of content) {
    if (i.kind === 'br') lines.push([]);
    else lines.at(-1)!.push(i.kind === 'tab' ? { text: ' ' } : { text: i.text, ...(i.bold ? { bold: true } : {}), ...(i.size ? { size: i.size } : {}) });
  }
  return lines;
}
