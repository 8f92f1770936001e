// The Document model: the one typed tree every writer reads. It says what the document is
// (headings, paragraphs, lists, rows, signatures…), never how a template or data produced it.
import { formatNumber } from '../thai/index.js';
import type { Align, StyleName } from './styles.js';

export type { Align };

export interface TextRun {
  kind: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Keep the whole run on one line (names, "10.30 น.", "พ.ศ. 2564"). */
  nowrap?: boolean;
  /** Size in TH SarabunPSK points when it differs from the paragraph's (the memo's 20 pt labels). */
  size?: number;
  /** The character style the run's look comes from (styles.ts), e.g. "memo-label". */
  style?: StyleName;
}
export interface LineBreak {
  kind: 'br';
}
/** A tab: jumps to the next tab stop of a `row`, or a fixed gap elsewhere. */
export interface Tab {
  kind: 'tab';
}
export type Inline = TextRun | LineBreak | Tab;

interface BlockBase {
  /** Keep this block on the same page as the next one; plain text joins them without a blank line. */
  keepWithNext?: boolean;
  /** The named style (role) of a heading, paragraph or row (styles.ts); its look is already resolved
   * into the block, the name is for writers that keep styles (DOCX). */
  style?: StyleName;
}

export interface Heading extends BlockBase {
  kind: 'heading';
  level: 1 | 2 | 3;
  align: Align;
  /** Size in TH SarabunPSK points; default by level (see headingSize). */
  size?: number;
  /** An exact line pitch in points (the memo heading: 29 pt on a 35 pt line); unset: single. */
  line?: number;
  content: Inline[];
}

export interface Paragraph extends BlockBase {
  kind: 'paragraph';
  align: Align;
  /** First-line indent in cm (official style: 2.5). */
  firstLine: number;
  /** Left indent of the whole paragraph in cm. */
  indent: number;
  /** A numbered paragraph (agenda items N, sub-items N.M): its number, one value per level, and
   * the marker pattern ("ระเบียบวาระที่ {n}", "{n}" → "4.1"). The content starts with the marker
   * and a space (numberMarker), which every writer prints but DOCX, where Word numbering draws it. */
  number?: { values: number[]; pattern: string };
  content: Inline[];
}

export interface ListItem {
  content: Inline[];
  /** Nested lists and paragraphs under this item. */
  children: Block[];
}

export interface List extends BlockBase {
  kind: 'list';
  /** Marker pattern: "{n}." "{n})" "({n})" "-" "•"; {n} is the item number. */
  marker: string;
  start: number;
  /** Left indent of the markers in cm, relative to the enclosing block. */
  indent: number;
  items: ListItem[];
}

/** A line of cells laid out at fixed tab stops (attendee lists: number, name, position, role). */
export interface Row extends BlockBase {
  kind: 'row';
  /** Left edge of each cell in cm from the text margin; one per cell. */
  stops: number[];
  cells: Inline[][];
}

export interface TableCell {
  content: Inline[];
  align: Align;
  colspan: number;
}
export interface Table extends BlockBase {
  kind: 'table';
  /** Relative column widths. */
  widths: number[];
  /** Leading rows that repeat on each page. */
  headerRows: number;
  borders: boolean;
  rows: TableCell[][];
  /** Least height in cm of each row below the header rows (a sign-in sheet's rows, tall enough to sign). */
  rowHeight?: number;
  /** A row's own least height in cm by its index, where it differs from rowHeight; 0: as tall as
   * its text (the guests' heading row among the rows to sign in). */
  heights?: (number | undefined)[];
}

/** A signature block: "(ลงชื่อ) ……" then "(full name)" then the position, centred on the right half. */
export interface Signature extends BlockBase {
  kind: 'signature';
  /** "(ลงชื่อ) ……" above the name (minutes, copies); false leaves a blank line to sign on (memos). */
  signLine: boolean;
  /** The line above the signature, e.g. "ผู้จดรายงานการประชุม"; may be empty. */
  caption: Inline[];
  name: Inline[];
  position: Inline[][];
  /** The line its lines are centred on, in cm from the left margin (an external letter's signer
   * under "ขอแสดงความนับถือ"); unset: the right part of the text (SIGNATURE_SHIFT_CM). */
  center?: number;
}

export interface Image extends BlockBase {
  kind: 'image';
  /** Absolute path of the image file (resolved and checked by the markup stage). */
  src: string;
  /** Width in cm; height follows the aspect ratio. */
  width: number;
  align: Align;
  /** The src as written and the markup line, for messages about the image. */
  written?: { src: string; line: number };
  /** Drawn beside the next block, its foot level with that block's first line, taking no space
   * of its own (the memo's Garuda at the top left, level with "บันทึกข้อความ"). */
  beside?: boolean;
}

/** A marked empty box of a given size: the place of an image the user has not supplied yet (a
 * draft letter's Garuda), drawn with a dashed border and its label in the middle. */
export interface Box extends BlockBase {
  kind: 'box';
  /** Size in cm. */
  width: number;
  height: number;
  align: Align;
  content: Inline[];
  /** Drawn beside the next block as an image `beside` is (a draft memo's Garuda box, level with
   * "บันทึกข้อความ"). */
  beside?: boolean;
}

/** Blocks set at the foot of the page where the document ends, at the left margin (the owning
 * unit with its telephone at the bottom left of an external letter); on a new page when the
 * text leaves no room for them. */
export interface Foot extends BlockBase {
  kind: 'foot';
  blocks: Block[];
}

/** A photo of a news release, with its caption. */
export interface Photo {
  /** Absolute path of the image file (resolved and checked by the markup stage). */
  src: string;
  caption: Inline[];
  /** Where the photo is published (the HTML's share preview uses it). */
  url?: string;
  /** The src as written and the markup line, for messages about the photo. */
  written?: { src: string; line: number };
}

/** Photos laid out in a grid of `columns` (PDF, HTML) or one under another (DOCX), with a credit line. */
export interface Photos extends BlockBase {
  kind: 'photos';
  columns: number;
  items: Photo[];
  credit: Inline[];
}

export interface Hashtags extends BlockBase {
  kind: 'hashtags';
  tags: string[];
}

export interface PageBreak extends BlockBase {
  kind: 'pagebreak';
}

/** A horizontal rule across the text width (the line under เรื่อง in a memo). */
export interface Rule extends BlockBase {
  kind: 'rule';
}

/** Blocks kept together on one page (short content: signature blocks, a closing line with them). */
export interface Keep extends BlockBase {
  kind: 'keep';
  blocks: Block[];
}

export type Block = Heading | Paragraph | List | Row | Table | Signature | Image | Box | Photos | Hashtags | Rule | PageBreak | Keep | Foot;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PageNumbers {
  /** First page that shows a number (official style: 2). 0 means none. */
  from: number;
  /** Pattern with {n}, e.g. "- {n} -". */
  format: string;
  position: 'top' | 'bottom';
}

export interface DocumentMeta {
  title: string;
  lang: string;
  /** Page size; only A4 is used by official documents. */
  page: 'A4';
  /** Margins in cm. */
  margins: Margins;
  /** Body size in points, in TH SarabunPSK terms (16 is the official size). */
  fontSize: number;
  /** Font name written into DOCX (TH SarabunPSK, TH SarabunIT๙, TH Sarabun New). */
  font: string;
  /** Arabic digits in text become Thai digits (URLs, e-mail and Latin identifiers excepted). */
  thaiDigits: boolean;
  pageNumbers: PageNumbers;
  /** Names and terms that never break across lines (from the data's dictionary). */
  dictionary: string[];
  /** A draft (ร่าง): marked as such at the head of its first page (see model/draft.ts). */
  draft?: boolean;
  /** Written for the archive: PDF/A-3u, tagged, carrying its data (writers/pdf/pdfa.ts). */
  archive?: Archive;
}

/** What a PDF/A document says about itself, and the data it carries. */
export interface Archive {
  /** The agency (the PDF's author). */
  author?: string;
  subject?: string;
  /** The data file it was made from, embedded as its source. */
  source?: { name: string; bytes: Uint8Array; template: string };
}

export interface Document {
  meta: DocumentMeta;
  blocks: Block[];
}

export const defaultMeta: DocumentMeta = {
  title: '',
  lang: 'th',
  page: 'A4',
  margins: { top: 2.5, bottom: 2, left: 3, right: 2 },
  fontSize: 16,
  font: 'TH SarabunPSK',
  thaiDigits: false,
  pageNumbers: { from: 0, format: '- {n} -', position: 'top' },
  dictionary: [],
};

/** A numbered paragraph's marker: "ระเบียบวาระที่ 4", "4.1" (Arabic digits; the Thai layer localizes). */
export function numberMarker(n: { values: number[]; pattern: string }): string {
  return n.pattern.replace('{n}', n.values.join('.'));
}

/** Plain text of a run of inlines (tabs as \t, breaks as \n). */
export function inlineText(content: Inline[]): string {
  return content.map((i) => (i.kind === 'text' ? i.text : i.kind === 'tab' ? '\t' : '\n')).join('');
}

/** The item marker for number n in a list's pattern, in the document's digits. */
export function listMarker(list: Pick<List, 'marker'>, n: number, meta: Pick<DocumentMeta, 'thaiDigits'>): string {
  return list.marker.replace('{n}', formatNumber(n, meta.thaiDigits));
}

/** Dots of the signature line: long enough to sign on, short enough that the line and a caption
 * such as "ผู้จดรายงานการประชุม" fit on one line of the signature block at 16 pt. */
export const SIGNATURE_DOTS = '.'.repeat(24);

/** The least height in cm of row r of a table, or undefined where it is as tall as its text. */
export function rowLeastHeight(t: Pick<Table, 'rowHeight' | 'heights' | 'headerRows'>, r: number): number | undefined {
  const h = t.heights?.[r] ?? (r >= t.headerRows ? t.rowHeight : undefined);
  return h ? h : undefined;
}

/** A signature block is centred on the right half of the text width, starting this many cm left
 * of the middle so the signature line with its caption fits on one line. */
export const SIGNATURE_SHIFT_CM = 3;

/** The signature block's column in cm from the left margin: symmetric about its `center` (as wide
 * as the text allows), else from SIGNATURE_SHIFT_CM left of the middle to the right margin. */
export function signatureColumn(sig: Pick<Signature, 'center'>, textWidth: number): { left: number; right: number } {
  if (sig.center === undefined) return { left: Math.max(0, textWidth / 2 - SIGNATURE_SHIFT_CM), right: 0 };
  const half = Math.max(0, Math.min(sig.center, textWidth - sig.center));
  return { left: sig.center - half, right: textWidth - sig.center - half };
}

/** The lines of a signature block, as every writer prints them:
 * "(ลงชื่อ) ........ caption", "(full name)", then the position lines. */
export function signatureLines(sig: Pick<Signature, 'caption' | 'name' | 'position' | 'signLine'>): Inline[][] {
  const sign: Inline[] = sig.signLine ? [{ kind: 'text', text: `(ลงชื่อ) ${SIGNATURE_DOTS}` }] : [];
  const caption: Inline[] = sig.caption.length ? [...(sign.length ? [{ kind: 'text' as const, text: ' ' }] : []), ...sig.caption] : [];
  return [
    [...sign, ...caption],
    [{ kind: 'text', text: '(' }, ...sig.name, { kind: 'text', text: ')' }],
    ...sig.position,
  ];
}

/** A heading's size in TH SarabunPSK points: its own, or the body size + 4 / + 2 / + 0 by level. */
export function headingSize(h: Pick<Heading, 'level' | 'size'>, meta: Pick<DocumentMeta, 'fontSize'>): number {
  return h.size ?? meta.fontSize + (h.level === 1 ? 4 : h.level === 2 ? 2 : 0);
}

/** The page-number text for page n ("- ๒ -"), or undefined where the page shows none. */
export function pageNumberText(meta: Pick<DocumentMeta, 'pageNumbers' | 'thaiDigits'>, n: number): string | undefined {
  const { from, format } = meta.pageNumbers;
  if (from <= 0 || n < from) return undefined;
  return format.replace('{n}', formatNumber(n, meta.thaiDigits));
}
