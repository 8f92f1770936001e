// Text that cannot fit a line: a word with no break opportunity (a 5,000-letter string, a long
// URL, a <nobr> name) wider than its column. pdfmake cuts such an inline between UTF-16 code
// units, which tears marks from their consonant ("นายณัฐพง" + newline + "ษ์"). Here the cut is made
// first, at the last grapheme-cluster boundary that fits, so the text wraps by cluster as a last
// resort and every letter stays inside the page box; the writer warns once per text.
import { chooseLang } from '../../i18n.js';
import { fromPdfmake, ownerOf } from './internals.js';

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
const IGNORABLE = /^[\u200B\u2060\uFEFF]+$/;

interface Inline {
  text: string;
  width: number;
  font: { widthOfString(text: string, size: number): number };
  fontSize: number;
  characterSpacing?: number;
  leadingIndent?: number;
  leadingCut?: number;
  trailingCut?: number;
  /** Set on the rest of a cut text: the warning is given once per text. */
  wrapWarned?: boolean;
  [key: string]: unknown;
}
interface TextNode {
  _inlines?: Inline[];
}

/** Where the warnings go: stderr, or a caller's collector. */
export const wrapWarnings = { sink: (message: string): void => void process.stderr.write(`${message}\n`) };

const warned = new Set<string>();
/** A new document: each of its over-wide texts is warned about once. */
export function resetWrapWarnings(): void {
  warned.clear();
}
/** Prints the warning once per text and process (stderr): the writer has no data field to name, so it names the text. */
function warnOnce(text: string): void {
  const head = text.replace(/[\u200B\u2060]/g, '').replace(/\u00A0/g, ' ').slice(0, 40);
  if (warned.has(head)) return;
  warned.add(head);
  const th = chooseLang(process.argv.slice(2)) === 'th';
  wrapWarnings.sink(
    th
      ? `คำเตือน: ข้อความ "${head}…" ยาวกว่าบรรทัดและไม่มีจุดตัดคำ จึงตัดขึ้นบรรทัดใหม่ระหว่างตัวอักษร (PDF)`
      : `warning: the text "${head}…" is wider than its line and has no word break: it wraps between letters (PDF)`,
  );
}

const width = (inl: Inline, text: string) => inl.font.widthOfString(text, inl.fontSize) + (inl.characterSpacing ?? 0) * Math.max(0, text.length - 1);

/**
 * Cuts `inl` after the most whole clusters that fit `avail` (at least one), returning the rest
 * as a new inline, or undefined when it fits. Linear in the inline's length.
 */
export function cutToFit(inl: Inline, avail: number): Inline | undefined {
  if (inl.width <= avail) return undefined;
  let used = 0;
  let at = 0;
  let whole = true;
  // Lazily, cluster by cluster: a 1 MB word is cut line by line without segmenting it all each time.
  for (const { segment, index } of graphemes.segment(inl.text)) {
    const w = width(inl, segment);
    if (index > 0 && used + w > avail && !IGNORABLE.test(segment)) {
      whole = false;
      break;
    }
    used += w;
    at = index + segment.length;
  }
  if (whole) return undefined;
  const rest: Inline = { ...inl, text: inl.text.slice(at) };
  delete rest.leadingIndent;
  delete rest.leadingCut;
  rest.width = width(rest, rest.text);
  inl.text = inl.text.slice(0, at);
  inl.width = width(inl, inl.text);
  inl.trailingCut = 0;
  delete inl.noNewLine;
  delete inl.lineEnd;
  if (!inl.wrapWarned) warnOnce(inl.text + rest.text.slice(0, 40));
  rest.wrapWarned = true;
  return rest;
}

let installed = false;
/** Makes pdfmake cut an over-wide inline by cluster before it would cut it by code unit. */
export function installClusterWrap(): void {
  if (installed) return;
  const LayoutBuilder = (fromPdfmake('./LayoutBuilder.js') as { default: { prototype: object } }).default;
  const proto = ownerOf(Object.create(LayoutBuilder.prototype) as object, 'buildNextLine', 'Cluster wrap');
  const original = proto.buildNextLine as (this: unknown, node: TextNode) => unknown;
  proto.buildNextLine = function buildNextLine(this: { writer: { context(): { availableWidth: number } } }, node: TextNode): unknown {
    const first = node._inlines?.[0];
    if (first && first.text.length > 1) {
      const avail = this.writer.context().availableWidth - (first.leadingIndent ?? 0);
      const rest = cutToFit(first, Math.max(avail, 1));
      if (rest) node._inlines!.splice(1, 0, rest);
    }
    return original.call(this, node);
  };
  installed = true;
}
