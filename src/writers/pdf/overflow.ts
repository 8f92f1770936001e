// Text that cannot fit a line: a word with no break opportunity (a 5,000-letter string, a long
// URL, a <nobr> name) wider than its column. pdfmake cuts such an inline between UTF-16 code
// units, which tears marks from their consonant ("นายณัฐพง" + newline + "ษ์"). Here the cut is made
// first, at the last grapheme-cluster boundary that fits, so the text wraps by cluster as a last
// resort and every letter stays inside the page box; the writer warns once per text.
import { chooseLang } from '../../messages/i18n.js';
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
  // Cluster by cluster over a window that doubles as needed: ICU prepares the whole string it is
  // given, so segmenting the full rest of a 1 MB word for every line would be quadratic.
  for (let window = 256; ; window *= 2) {
    const part = inl.text.slice(at, at + window);
    const complete = at + part.length >= inl.text.length;
    let advanced = 0;
    let stop = false;
    for (const { segment, index } of graphemes.segment(part)) {
      if (!complete && index + segment.length >= part.length) break; // may be cut short: next window
      const w = width(inl, segment);
      if (at + index > 0 && used + w > avail && !IGNORABLE.test(segment)) {
        stop = true;
        break;
      }
      used += w;
      advanced = index + segment.length;
    }
    at += advanced;
    if (stop) whole = false;
    if (stop || complete) break;
  }
  if (whole) return undefined;
  const rest: Inline = { ...inl, text: inl.text.slice(at) };
  delete rest.leadingIndent;
  delete rest.leadingCut;
  // The rest's width by difference: measuring it again would make a long text quadratic.
  const first = width(inl, inl.text.slice(0, at));
  rest.width = Math.max(0, inl.width - first);
  inl.text = inl.text.slice(0, at);
  inl.width = first;
  inl.trailingCut = 0;
  delete inl.noNewLine;
  delete inl.lineEnd;
  if (!inl.wrapWarned) warnOnce(inl.text + rest.text.slice(0, 40));
  rest.wrapWarned = true;
  return rest;
}

/** Inlines handed to pdfmake at a time; a line holds far fewer. */
const WINDOW = 2048;
const tails = new WeakMap<Inline[], { rest: Inline[]; next: number }>();

/**
 * pdfmake's buildNextLine copies all the paragraph's remaining inlines for every inline it places
 * (`_inlines.slice(1)`), which is quadratic: a 200 KB "a-a-a-…" paragraph took 82 s. It is given
 * a window of the inlines instead, refilled from the rest as lines consume it.
 */
function windowInlines(node: TextNode): void {
  const inlines = node._inlines;
  if (!inlines) return;
  let tail = tails.get(inlines);
  if (!tail) {
    if (inlines.length <= WINDOW) return;
    tail = { rest: inlines.splice(WINDOW), next: 0 };
    tails.set(inlines, tail);
  }
  if (inlines.length < WINDOW / 2 && tail.next < tail.rest.length) {
    const take = tail.rest.slice(tail.next, tail.next + WINDOW);
    tail.next += take.length;
    inlines.push(...take);
  }
}

interface Measured {
  items: Inline[];
  minWidth: number;
  maxWidth: number;
}

/**
 * pdfmake takes a text's widest word for the narrowest it can be, and gives a star column (a list
 * item's text, a row's last cell) at least that: a 5,000-letter word made the column, and the
 * text in it, run off the page. Any text wraps between clusters here (cutToFit), so its narrowest
 * is one cluster, never wider than an em of its largest font: the column keeps its share of the line.
 */
function clusterMinWidth(measured: Measured): Measured {
  let em = 0;
  for (const inl of measured.items) em = Math.max(em, inl.fontSize);
  measured.minWidth = Math.min(measured.minWidth, em);
  return measured;
}

let installed = false;
/** Makes pdfmake cut an over-wide inline by cluster before it would cut it by code unit, and
 *  measure text as narrow as one cluster. */
export function installClusterWrap(): void {
  if (installed) return;
  const TextInlines = (fromPdfmake('./TextInlines.js') as { default: { prototype: object } }).default;
  const inlinesProto = ownerOf(Object.create(TextInlines.prototype) as object, 'buildInlines', 'Cluster wrap');
  const buildInlines = inlinesProto.buildInlines as (this: unknown, ...args: unknown[]) => Measured;
  inlinesProto.buildInlines = function (this: unknown, ...args: unknown[]): Measured {
    return clusterMinWidth(buildInlines.apply(this, args));
  };
  const LayoutBuilder = (fromPdfmake('./LayoutBuilder.js') as { default: { prototype: object } }).default;
  const proto = ownerOf(Object.create(LayoutBuilder.prototype) as object, 'buildNextLine', 'Cluster wrap');
  const original = proto.buildNextLine as (this: unknown, node: TextNode) => unknown;
  proto.buildNextLine = function buildNextLine(this: { writer: { context(): { availableWidth: number } } }, node: TextNode): unknown {
    windowInlines(node);
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
