// DOCX: a Word document a clerk edits and signs, laid out as Thai by Word, LibreOffice and WPS.
//   1. Named styles (model/styles.ts: Thai names, English aliases) carry font, size, spacing,
//      indent and keep-with-next; a paragraph names its style and sets only what differs, a run
//      only what differs from its style (bold inside a line) — so restyling in Word restyles all.
//      styles.xml holds the document defaults and the styles the document uses, nothing else.
//   2. Lists are Word numbering (thaiNumbers where the document uses Thai digits).
//   3. settings.xml declares compatibilityMode 15, once (docx writes it, at build time).
//   4. A run whose text holds Thai carries the empty <w:cs/>, a run without Thai carries none;
//      runs are split where the script changes (sayam/thai-docx-skill ADR 0004), never inside a
//      Thai word of one formatting; proofing is never switched off (no w:noProof).
//   5. The document defaults say the languages: en-US for Latin text, th-TH for complex script
//      (w:bidi), as issue 13 asks, so Word's proofing and line breaking see Thai. (ADR 0039 warns
//      that WPS misplaces SARA AM under w:bidi="th-TH"; docs/docx.md.)
//   6. The page layout (space after blocks, table padding, the signature's blank line, marker
//      width, keeps) comes from model/layout.ts, which the PDF writer follows too.
//   7. The XML is written as text: the body and the page number by docx-xml.ts, the package
//      around them by docx-package.ts; the parts that never change come from the docx library,
//      once, at build time (docx-boilerplate.ts). A render does not load docx.
import { createHash } from 'node:crypto';
import {
  headingSize,
  numberMarker,
  pageNumberText,
  signatureLines,
  SIGNATURE_SHIFT_CM,
  type Align,
  type Block,
  type Document,
  type DocumentMeta,
  type Image as ImageBlock,
  type Inline,
  type List,
  type Paragraph as ParagraphBlock,
  type Row,
  type Signature,
  type Table as TableBlock,
} from '../model/document.js';
import { BLOCK_GAP, cellPadding, linePitch, markerWidth, signatureGap, spaceAfter } from '../model/layout.js';
import { HEADING_STYLES, STYLES, styleSize, type StyleDef, type StyleName } from '../model/styles.js';
import { formatNumber, hasThai, keepTogether, scriptRuns, toArabicDigits } from '../thai/index.js';
import { deflateEntry, type ZipEntry } from './zip.js';
import { photoOf, preparePhotos, readImage, type PreparedPhotos } from './images.js';
import { FIRST_NUM_ID as firstNumId, firstImageRelId, writePackage, type ListDef } from './docx-package.js';
import {
  escapeXml,
  fieldChar,
  instrText,
  LINE_BREAK,
  PAGE_BREAK_PARAGRAPH,
  paragraphXml,
  pictureRunXml,
  runXml,
  TAB,
  tableXml,
  textXml,
  type ParaProps,
  type RunProps,
} from './docx-xml.js';

/** Twips per centimetre (1 cm = 567 twips, the value Word itself rounds to). */
export const TWIPS_PER_CM = 567;
const twips = (cm: number) => Math.round(cm * TWIPS_PER_CM);

/** A4 in twips. */
const PAGE_WIDTH = 11906;
const PAGE_HEIGHT = 16838;

/** Twips per point. */
const pt20 = (pt: number) => Math.round(pt * 20);

// ---------------------------------------------------------------------------------------------
// Runs

/** How a run looks: the size in points and the formatting a writer may set on it. */
interface RunLook {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** The character style it takes its look from (styleId). */
  charStyle?: string;
}

interface Ctx {
  meta: DocumentMeta;
  /** Text width in cm. */
  textWidth: number;
  /** Styles used so far: only these go into styles.xml. */
  used: Set<StyleName>;
  /** Lists so far, each its own numbering definition (restarts at its start). */
  lists: ListDef[];
  /** The numbering of numbered paragraphs (agenda items) in progress: the values so far per level. */
  outline?: { reference: string; config: ListDef; texts: string[]; values: number[] };
  /** The photos of the document, prepared (upright, scaled) before writing. */
  photos: PreparedPhotos;
  /** The images, by content (SHA-1 and type), in the order the body first uses them: one media
   * file each, with its relationship id (from firstImageRel on). */
  media: Map<string, { type: 'png' | 'jpg'; data: Uint8Array; relId: number }>;
  /** The first image's relationship id: set once the page numbers' parts are known. */
  firstImageRel: number;
  /** Pictures so far (wp:docPr ids). */
  pictures: number;
  /** The lists' references, in the order the body first uses them: their instances' numIds. */
  numbered: string[];
}

/** The look of a style's runs at the document's body size. */
function styleRunLook(name: StyleName, meta: DocumentMeta): RunLook {
  const def: StyleDef = STYLES[name];
  return { size: styleSize(def, meta.fontSize), ...(def.bold ? { bold: true } : {}) };
}

/**
 * A run's properties: only what differs from the look it sits in (its paragraph style, or its
 * character style), so a clerk who changes a style changes every run of it. szCs goes with sz,
 * bCs with b and iCs with i.
 */
function runProps(look: RunLook, base: RunLook): RunProps {
  return {
    ...(look.charStyle ? { style: look.charStyle } : {}),
    ...(look.size !== base.size ? { size: look.size * 2 } : {}),
    ...(!!look.bold !== !!base.bold ? { bold: !!look.bold } : {}),
    ...(!!look.italic !== !!base.italic ? { italic: !!look.italic } : {}),
    ...(!!look.underline !== !!base.underline ? { underline: look.underline ? ('single' as const) : ('none' as const) } : {}),
  };
}

type Piece = { kind: 'text'; text: string; look: RunLook } | { kind: 'tab' } | { kind: 'br' };

const sameLook = (a: RunLook, b: RunLook) =>
  a.size === b.size && !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && a.charStyle === b.charStyle;

/**
 * Model inlines → docx runs in a paragraph of style `role`: adjacent text with the same look is
 * joined, then split again only where the script changes; `nowrap` text and dictionary terms are
 * kept whole (keepTogether: no-break spaces and word joiners, docs/thai.md). `base` is the look the
 * block gives its text (a heading's bold and size); runs write only where they differ from their style.
 */
function runs(content: readonly Inline[], ctx: Ctx, role: StyleName, base: RunLook = styleRunLook(role, ctx.meta)): string {
  const paraLook = styleRunLook(role, ctx.meta);
  const pieces: Piece[] = [];
  for (const i of content) {
    if (i.kind === 'tab' || i.kind === 'br') {
      pieces.push({ kind: i.kind });
      continue;
    }
    if (i.text === '') continue;
    const charStyle = i.style ? (STYLES[i.style] as StyleDef) : undefined;
    if (i.style) ctx.used.add(i.style);
    const look: RunLook = {
      size: i.size ?? base.size,
      bold: base.bold || i.bold,
      italic: base.italic || i.italic,
      underline: base.underline || i.underline,
      ...(charStyle ? { charStyle: charStyle.id } : {}),
    };
    const text = keepTogether(i.text, { dictionary: ctx.meta.dictionary, whole: i.nowrap });
    const last = pieces.at(-1);
    if (last?.kind === 'text' && sameLook(last.look, look)) last.text += text;
    else pieces.push({ kind: 'text', text, look });
  }
  let out = '';
  for (const p of pieces) {
    if (p.kind === 'tab') out += runXml({}, TAB, false);
    else if (p.kind === 'br') out += runXml({}, LINE_BREAK, false);
    else {
      // Under a character style, differences are measured from the style's own look.
      const from = p.look.charStyle ? { ...paraLook, ...charLook(p.look.charStyle, ctx.meta), charStyle: p.look.charStyle } : paraLook;
      const props = runProps(p.look, from);
      for (const r of scriptRuns(p.text)) out += runXml(props, textXml(r.text), hasThai(r.text));
    }
  }
  return out;
}

function charLook(styleId: string, meta: DocumentMeta): Partial<RunLook> {
  const def = Object.values(STYLES).find((d) => d.id === styleId) as StyleDef;
  return { size: styleSize(def, meta.fontSize), ...(def.bold ? { bold: true } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Paragraph looks: what the style gives, and what a paragraph asks for

/** w:jc by alignment. Thai justification: Word spreads the space between characters (thaiDistribute), not only at spaces. */
const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'thaiDistribute' };

/** Paragraph properties in twips, as a style gives them and as a paragraph wants them. */
interface ParaLook {
  align: Align;
  firstLine: number;
  left: number;
  before: number;
  after: number;
  keepNext: boolean;
  keepLines: boolean;
}

/** Styles whose paragraphs are lines inside a block: no space after each (the block's last line gets it). */
const LINE_STYLES: ReadonlySet<StyleName> = new Set(['list', 'table', 'signature', 'hashtags', 'page-number']);

/** The paragraph look a style gives (layout.ts decides the space after). */
function styleParaLook(name: StyleName): ParaLook {
  const def: StyleDef = STYLES[name];
  return {
    align: def.align ?? 'left',
    firstLine: twips(def.firstLine ?? 0),
    left: 0,
    before: 0,
    after: LINE_STYLES.has(name) ? 0 : pt20(spaceAfter({ keepWithNext: !!def.keepNext })),
    keepNext: !!def.keepNext,
    keepLines: def.outline !== undefined || name === 'signature',
  };
}

/** What a paragraph holds besides its look: its runs (XML), list level, tab stops, page break. */
interface ParaContent {
  runs: string;
  numbering?: { reference: string; level: number };
  /** Left tab stops, twips. */
  tabs?: number[];
  pageBreakBefore?: boolean;
}
interface ParaOut {
  kind: 'p';
  role: StyleName;
  want: Partial<ParaLook>;
  content: ParaContent;
}
/** A paragraph still to be written, or finished XML (a table, a page break). */
type Out = ParaOut | { kind: 'xml'; xml: string };

const para = (role: StyleName, want: Partial<ParaLook>, content: ParaContent): ParaOut => ({ kind: 'p', role, want, content });

/** The paragraph's XML: its style, and only the properties that differ from the style's. */
function materialize(o: ParaOut, ctx: Ctx): string {
  ctx.used.add(o.role);
  const style = styleParaLook(o.role);
  const want = { ...style, ...o.want };
  const { numbering, tabs, pageBreakBefore } = o.content;
  const p: ParaProps = {
    ...(o.role !== 'plain' ? { style: STYLES[o.role].id } : {}),
    ...(want.keepNext !== style.keepNext ? { keepNext: want.keepNext } : {}),
    ...(want.keepLines !== style.keepLines ? { keepLines: want.keepLines } : {}),
    ...(pageBreakBefore ? { pageBreakBefore } : {}),
    ...(numbering ? { numbering: { numId: numIdOf(numbering.reference, ctx), level: numbering.level } } : {}),
    ...(tabs ? { tabs } : {}),
  };
  if (want.after !== style.after || want.before !== style.before) {
    p.spacing = { ...(want.before !== style.before ? { before: want.before } : {}), ...(want.after !== style.after ? { after: want.after } : {}) };
  }
  if (want.firstLine !== style.firstLine || want.left !== style.left) {
    p.indent = { ...(want.left !== style.left ? { left: want.left } : {}), ...(want.firstLine !== style.firstLine ? { firstLine: want.firstLine } : {}) };
  }
  if (want.align !== style.align) p.align = JC[want.align];
  return paragraphXml(p, o.content.runs);
}

/** The numId of a list's instance: lists are numbered in the order the body first uses them. */
function numIdOf(list: string, ctx: Ctx): number {
  let k = ctx.numbered.indexOf(list);
  if (k < 0) k = ctx.numbered.push(list) - 1;
  return firstNumId + k;
}

/** Sets the space after the last paragraph of a block (and keepNext through it when asked). */
function finishBlock(out: Out[], b: Block): Out[] {
  const last = out.at(-1);
  if (last?.kind === 'p') last.want.after = pt20(spaceAfter(b));
  if (b.keepWithNext) for (const o of out) if (o.kind === 'p') o.want.keepNext = true;
  return out;
}

const roleOf = (b: { style?: StyleName }, fallback: StyleName): StyleName => b.style ?? fallback;

/** One block; `left` is the indent of the enclosing block in twips. */
function blockOut(b: Block, ctx: Ctx, left: number): Out[] {
  switch (b.kind) {
    case 'heading': {
      const role = roleOf(b, HEADING_STYLES[b.level]);
      return [
        para(role, { align: b.align, left, keepNext: !!b.keepWithNext || styleParaLook(role).keepNext }, {
          runs: runs(b.content, ctx, role, { size: headingSize(b, ctx.meta), bold: true }),
        }),
      ];
    }
    case 'paragraph': {
      const role = roleOf(b, 'plain');
      const numbering = b.number && outlineNumbering(b.number, ctx, twips(b.firstLine));
      const content = numbering ? withoutMarker(b.content, numberMarker(b.number!)) : b.content;
      return [para(role, { align: b.align, left: left + twips(b.indent), firstLine: twips(b.firstLine) }, { ...(numbering ? { numbering } : {}), runs: runs(content, ctx, role) })];
    }
    case 'list':
      return listOut(b, ctx, left);
    case 'row':
      return [rowOut(b, ctx)];
    case 'table':
      return [{ kind: 'xml', xml: tableOut(b, ctx, left) }];
    case 'signature':
      return signatureOut(b, ctx);
    case 'image':
      return b.beside ? [] : [para('image', { align: b.align, left }, { runs: imageRun(b, ctx) })];
    case 'photos':
      return photosOut(b, ctx, left);
    case 'hashtags':
      return b.tags.map((t) => para('hashtags', { left }, { runs: runs([{ kind: 'text', text: `#${t}`, nowrap: true }], ctx, 'hashtags') }));
    case 'keep': {
      // Every paragraph but the last keeps with the next: Word moves the whole group together.
      const out = b.blocks.flatMap((c) => finishBlock(blockOut(c, ctx, left), c));
      out.slice(0, -1).forEach((o) => o.kind === 'p' && (o.want.keepNext = true));
      return out;
    }
    case 'rule':
      // An empty paragraph whose bottom border (in the Rule style) is the rule.
      return [para('rule', {}, { runs: '' })];
    case 'pagebreak':
      return [];
  }
}

/** Photos one under another, each inline at the text width but no taller than half the page's
 * text height less a caption line (two photos with captions fill a page), its caption under it
 * and kept with it; then the credit line. */
function photosOut(b: Extract<Block, { kind: 'photos' }>, ctx: Ctx, left: number): Out[] {
  const px = (cm: number) => (cm / 2.54) * 96;
  const { top, bottom } = ctx.meta.margins;
  const widthPx = px(ctx.textWidth - left / TWIPS_PER_CM);
  const heightPx = px((29.7 - top - bottom) / 2 - 1.5);
  const gap = pt20(BLOCK_GAP);
  const out: Out[] = [];
  for (const p of b.items) {
    const img = photoOf(ctx.photos, p.src);
    const scale = Math.min(widthPx / img.width, Math.min(heightPx, widthPx * 0.75) / img.height);
    const run = pictureRun(ctx, 'jpg', img.data, Math.floor(img.width * scale), Math.floor(img.height * scale));
    out.push(para('image', { align: 'center', left, keepNext: p.caption.length > 0, after: p.caption.length ? 0 : gap }, { runs: run }));
    if (p.caption.length) out.push(para('caption', { left, after: gap }, { runs: runs(p.caption, ctx, 'caption') }));
  }
  if (b.credit.length) out.push(para('credit', { left }, { runs: runs(b.credit, ctx, 'credit') }));
  return out;
}

/** An image block's run: inline, or (floating) at the left margin, its foot level with the foot
 * of the paragraph's first line, in front of the text so it takes no line of its own. */
function imageRun(b: ImageBlock, ctx: Ctx, floating?: { lineHeight: number }): string {
  const img = readImage(b.src);
  const widthPx = (b.width / 2.54) * 96;
  const heightPx = (widthPx * img.height) / img.width;
  const offset = floating ? Math.round((floating.lineHeight - heightPx * 0.75) * 12700) : undefined;
  return pictureRun(ctx, img.type === 'jpeg' ? 'jpg' : 'png', img.data, Math.round(widthPx), Math.round(heightPx), offset);
}

/** EMU per CSS pixel (96 per inch). */
const EMU_PER_PX = 9525;

/** A picture's run; the image goes into the package's media once, so the same image twice is one file. */
function pictureRun(ctx: Ctx, type: 'png' | 'jpg', data: Uint8Array, widthPx: number, heightPx: number, floatingOffset?: number): string {
  const key = `${createHash('sha1').update(data).digest('hex')}.${type}`;
  let image = ctx.media.get(key);
  if (!image) ctx.media.set(key, (image = { type, data, relId: ctx.firstImageRel + ctx.media.size }));
  const cx = Math.round(widthPx * EMU_PER_PX);
  const cy = Math.round(heightPx * EMU_PER_PX);
  return pictureRunXml({ cx, cy, id: ++ctx.pictures, relId: image.relId, ...(floatingOffset !== undefined ? { floatingOffset } : {}) });
}

/** The content without its leading marker and space ("ระเบียบวาระที่ ๔ "), drawn by numbering instead. */
function withoutMarker(content: readonly Inline[], marker: string): Inline[] {
  const first = content[0];
  if (first?.kind !== 'text') return [...content];
  // The marker's digits may have been localized: compare digit-blind.
  const plain = (s: string) => toArabicDigits(s);
  const prefix = `${marker} `;
  if (!plain(first.text).startsWith(prefix)) return [...content];
  const rest = first.text.slice(prefix.length);
  return [...(rest ? [{ ...first, text: rest }] : []), ...content.slice(1)];
}

/**
 * Numbered paragraphs (agenda items N, sub-items N.M) as one multi-level Word numbering, so an
 * item added in Word numbers itself: level 1 "ระเบียบวาระที่ %1", level 2 "%1.%2", Thai digits
 * where the document uses them. A number Word would not count to by itself (an agenda that skips
 * a number, a sub-item out of order) starts a new numbering at that value, or, for a sub-item,
 * keeps its number as text.
 */
function outlineNumbering(n: NonNullable<ParagraphBlock['number']>, ctx: Ctx, firstLine: number): { reference: string; level: number } | undefined {
  // The level's indent is the paragraph's own (LibreOffice puts a level without one at the margin).
  const indent = { left: 0, firstLine };
  const level = n.values.length - 1;
  const text = n.pattern.replace('{n}', n.values.map((_, k) => `%${k + 1}`).join('.'));
  const format = ctx.meta.thaiDigits ? 'thaiNumbers' : 'decimal';
  const o = ctx.outline;
  if (level === 0) {
    if (!o || o.texts[0] !== text || n.values[0] !== o.values[0]! + 1) {
      const reference = `outline-${ctx.lists.length + 1}`;
      const config: ListDef = { reference, levels: [] };
      ctx.lists.push(config);
      ctx.outline = { reference, config, texts: [], values: [] };
    }
    const cur = ctx.outline!;
    if (cur.texts[0] === undefined) {
      cur.texts[0] = text;
      cur.config.levels.push({ level: 0, format, text, start: n.values[0]!, spaceAfter: true, indent });
    }
    cur.values = [n.values[0]!];
    return { reference: cur.reference, level: 0 };
  }
  if (level !== 1 || !o || o.values[0] !== n.values[0] || n.values[1] !== (o.values[1] ?? 0) + 1) return undefined;
  if (o.texts[1] === undefined) {
    o.texts[1] = text;
    o.config.levels.push({ level: 1, format, text, start: 1, spaceAfter: true, indent });
  } else if (o.texts[1] !== text) return undefined;
  o.values[1] = n.values[1]!;
  return { reference: o.reference, level: 1 };
}

/** List items as Word numbering: each list its own definition, so it restarts at its start and
 * an item added in Word numbers itself; the hanging indent puts wrapped lines after the marker. */
function listOut(list: List, ctx: Ctx, left: number): Out[] {
  const hanging = twips(markerWidth(list, ctx.meta));
  const textLeft = left + twips(list.indent) + hanging;
  const reference = `list-${ctx.lists.length + 1}`;
  const numbered = list.marker.includes('{n}');
  ctx.lists.push({
    reference,
    levels: [
      {
        level: 0,
        format: !numbered ? 'bullet' : ctx.meta.thaiDigits ? 'thaiNumbers' : 'decimal',
        text: list.marker.replace('{n}', '%1').replace(/%(?!1)/g, '%%'),
        start: list.start,
        indent: { left: textLeft, hanging },
      },
    ],
  });
  const out: Out[] = [];
  list.items.forEach((item) => {
    out.push(para('list', {}, { numbering: { reference, level: 0 }, runs: runs(item.content, ctx, 'list') }));
    for (const child of item.children) out.push(...finishBlock(blockOut(child, ctx, textLeft), child));
  });
  // Inside a list only its end has space after it.
  for (const o of out.slice(0, -1)) if (o.kind === 'p') o.want.after = 0;
  return out;
}

/** A row: one line of cells at left tab stops (cm from the text margin). */
function rowOut(row: Row, ctx: Ctx): Out {
  const role = roleOf(row, 'plain');
  const first = row.stops[0] ?? 0;
  const content: Inline[] = row.cells.flatMap((cell, k) => (k === 0 ? cell : [{ kind: 'tab' as const }, ...cell]));
  const tabs = row.stops.slice(1).map(twips);
  return para(role, { align: 'left', left: twips(first), firstLine: 0, keepLines: true }, { ...(tabs.length ? { tabs } : {}), runs: runs(content, ctx, role) });
}

function tableOut(t: TableBlock, ctx: Ctx, left: number): string {
  const width = twips(ctx.textWidth) - left;
  const total = t.widths.reduce((a, w) => a + w, 0) || 1;
  // Rounded at each column's right edge, so the columns sum to the width exactly (rounding each
  // column alone made 11 equal columns 3 twips wider than the text).
  let sum = 0;
  const edges = t.widths.map((w) => Math.round(((sum += w) / total) * width));
  const columns = edges.map((e, k) => e - (k ? edges[k - 1]! : 0));
  const pad = cellPadding(t.borders);
  const padding = { top: pt20(pad.y), bottom: pt20(pad.y), left: pt20(pad.x), right: pt20(pad.x) };
  const rows = t.rows.map((cells) => {
    let col = 0;
    return cells.map((cell) => {
      const span = Math.max(1, cell.colspan);
      const w = columns.slice(col, col + span).reduce((a, c) => a + c, 0);
      col += span;
      return { width: w, span, content: materialize(para('table', { align: cell.align }, { runs: runs(cell.content, ctx, 'table') }), ctx) };
    });
  });
  return tableXml({ columns, indent: left, borders: t.borders, padding }, rows, t.headerRows);
}

/**
 * "(ลงชื่อ) ....... caption", then "(name)", then each position line, centred in the right part of
 * the text width and kept together on one page. The block starts SIGNATURE_SHIFT_CM left of the
 * middle, as in the PDF writer: from the middle itself, "(ลงชื่อ) …… ผู้จดรายงานการประชุม" no longer
 * fits on one line at 16 pt.
 */
function signatureOut(s: Signature, ctx: Ctx): Out[] {
  const left = twips(Math.max(0, ctx.textWidth / 2 - SIGNATURE_SHIFT_CM));
  const lines = signatureLines(s);
  return lines.map((content, k) =>
    para('signature', {
      left,
      keepNext: k < lines.length - 1,
      // One blank body line above the block (layout.ts), none inside it.
      before: k === 0 ? pt20(signatureGap(ctx.meta)) : 0,
    }, { runs: runs(content, ctx, 'signature') }),
  );
}

// ---------------------------------------------------------------------------------------------
// Page numbers

/** The runs of a complex field: begin, instruction, separate, cached result, end. */
function fieldRuns(instruction: string, cached: string, cs: boolean): string {
  return [fieldChar('begin'), instrText(` ${instruction} `), fieldChar('separate'), textXml(cached), fieldChar('end')].map((c) => runXml({}, c, cs)).join('');
}

/**
 * The page number's field: a bare PAGE. Thai digits come from the section's number format
 * (w:pgNumType w:fmt="thaiNumbers"), which Word follows — what Word itself writes for "๑, ๒, ๓"
 * in Format Page Numbers. LibreOffice (7.4, and the importer's source today) maps neither that
 * format nor any PAGE switch to Thai digits (`\* ThaiArabic` becomes Thai letters, "- ข -"), so
 * it shows "- 2 -"; docs/docx.md says what each program shows.
 */
const PAGE_FIELD = 'PAGE';

/** The page-number paragraph: the pattern ("- {n} -") around a PAGE field. */
function pageNumberParagraph(ctx: Ctx): string {
  const { format, from } = ctx.meta.pageNumbers;
  const [before = '', after = ''] = format.split('{n}');
  const cs = hasThai(pageNumberText(ctx.meta, from)!);
  let xml = '';
  if (before) xml += runs([{ kind: 'text', text: before }], ctx, 'page-number');
  xml += fieldRuns(PAGE_FIELD, formatNumber(from, ctx.meta.thaiDigits), cs);
  if (after) xml += runs([{ kind: 'text', text: after }], ctx, 'page-number');
  return materialize(para('page-number', {}, { runs: xml }), ctx);
}

/**
 * For a first numbered page after 2: the number inside IF { PAGE } >= from, so earlier pages of
 * the default header/footer stay blank.
 */
function conditionalPageNumberParagraph(ctx: Ctx): string {
  const { format, from } = ctx.meta.pageNumbers;
  const cs = hasThai(pageNumberText(ctx.meta, from)!);
  const [before = '', after = ''] = format.split('{n}').map((s) => s.replace(/"/g, '\u201D'));
  const instr = (text: string) => runXml({}, instrText(text), cs);
  const fc = (type: 'begin' | 'separate' | 'end') => runXml({}, fieldChar(type), cs);
  const page = fieldRuns(PAGE_FIELD, '1', cs);
  return materialize(para('page-number', {}, { runs: fc('begin') + instr(' IF ') + page + instr(` >= ${from} "${before}`) + page + instr(`${after}" "" `) + fc('separate') + fc('end') }), ctx);
}

// ---------------------------------------------------------------------------------------------
// styles.xml: the document defaults and the styles the document uses, nothing else

/** One style element. Properties in schema order (CT_PPrBase, CT_RPr). */
function styleXml(name: StyleName, meta: DocumentMeta): string {
  const def: StyleDef = STYLES[name];
  const look = styleParaLook(name);
  const size = styleSize(def, meta.fontSize);
  const isNormal = def.id === 'Normal';
  const rPr = [
    def.bold ? '<w:b/><w:bCs/>' : '',
    def.size !== undefined && size !== meta.fontSize ? `<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/>` : '',
  ].join('');
  if (def.type === 'character') {
    return `<w:style w:type="character" w:customStyle="1" w:styleId="${def.id}"><w:name w:val="${escapeXml(def.name)}"/><w:aliases w:val="${escapeXml(def.alias)}"/><w:qFormat/><w:rPr>${rPr}</w:rPr></w:style>`;
  }
  const base = styleParaLook('plain');
  const pPr = [
    look.keepNext ? '<w:keepNext/>' : '',
    look.keepLines ? '<w:keepLines/>' : '',
    name === 'rule' ? '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' : '',
    // The rule's paragraph is 2 pt tall, so the line sits close under the text above it.
    name === 'rule' ? `<w:spacing w:after="${look.after}" w:line="40" w:lineRule="exact"/>`
    : def.lineExact ? `<w:spacing w:after="${look.after}" w:line="${pt20(def.lineExact)}" w:lineRule="exact"/>`
    : isNormal || look.after !== base.after ? `<w:spacing w:after="${look.after}"/>` : '',
    look.firstLine ? `<w:ind w:firstLine="${look.firstLine}"/>` : '',
    isNormal || look.align !== base.align ? `<w:jc w:val="${JC[look.align]}"/>` : '',
    def.outline !== undefined ? `<w:outlineLvl w:val="${def.outline}"/>` : '',
  ].join('');
  const next = def.outline !== undefined || def.keepNext ? `<w:next w:val="${STYLES.body.id}"/>` : '';
  return (
    `<w:style w:type="paragraph"${isNormal ? ' w:default="1"' : ' w:customStyle="1"'} w:styleId="${def.id}">` +
    `<w:name w:val="${escapeXml(def.name)}"/><w:aliases w:val="${escapeXml(def.alias)}"/>` +
    `${isNormal ? '' : '<w:basedOn w:val="Normal"/>'}${next}<w:qFormat/>` +
    `${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}</w:style>`
  );
}

/**
 * The whole styles part. Document defaults: the font in all four slots and the body size (both
 * scripts), the languages — English for Latin text, Thai for complex script (w:bidi), so Word's
 * proofing and line breaking see Thai — no space before or after, single lines (Word's default,
 * not written: LibreOffice reads an explicit w:line="240" as proportional and overlaps tall Thai
 * lines), and no widow control (the PDF has none; both break pages alike).
 */
function stylesPart(meta: DocumentMeta, used: ReadonlySet<StyleName>): ZipEntry {
  const names = (Object.keys(STYLES) as StyleName[]).filter((n) => n === 'plain' || used.has(n) || (n === 'body' && usesNext(used)));
  const key = `${meta.font}\u0000${meta.fontSize}\u0000${names.join(',')}`;
  let entry = stylesCache.get(key);
  if (entry === undefined) {
    entry = deflateEntry('word/styles.xml', buildStylesXml(meta, names));
    // A batch uses a handful of style sets; bound the cache all the same.
    if (stylesCache.size >= 64) stylesCache.clear();
    stylesCache.set(key, entry);
  }
  return entry;
}

/** styles.xml by font, size and style set: built and deflated once per process for each. */
const stylesCache = new Map<string, ZipEntry>();

function buildStylesXml(meta: DocumentMeta, names: readonly StyleName[]): string {
  const f = escapeXml(meta.font);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    `<w:rFonts w:ascii="${f}" w:eastAsia="${f}" w:hAnsi="${f}" w:cs="${f}"/>` +
    `<w:sz w:val="${meta.fontSize * 2}"/><w:szCs w:val="${meta.fontSize * 2}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="th-TH"/>' +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    names.map((n) => styleXml(n, meta)).join('') +
    '</w:styles>'
  );
}

/** Headings and keep-with-next styles name the body style as their next: it must exist then. */
const usesNext = (used: ReadonlySet<StyleName>) => [...used].some((n) => (STYLES[n] as StyleDef).outline !== undefined || (STYLES[n] as StyleDef).keepNext);

// ---------------------------------------------------------------------------------------------
/**
 * Space after one paragraph and space before the next: Word adds the two, LibreOffice keeps the
 * larger. So they never meet: the paragraph after takes the sum as its space before (the PDF adds
 * margins too).
 */
function foldSpacing(items: readonly Out[]): void {
  for (let k = 1; k < items.length; k++) {
    const [prev, cur] = [items[k - 1], items[k]];
    if (prev?.kind !== 'p' || cur?.kind !== 'p') continue;
    const after = prev.want.after ?? styleParaLook(prev.role).after;
    const before = cur.want.before ?? styleParaLook(cur.role).before;
    if (after > 0 && before > 0) {
      cur.want.before = before + after;
      prev.want.after = 0;
    }
  }
}

// ---------------------------------------------------------------------------------------------

export async function writeDocx(doc: Document): Promise<Buffer> {
  const { meta } = doc;
  const ctx: Ctx = {
    meta,
    textWidth: 21 - meta.margins.left - meta.margins.right,
    used: new Set(),
    lists: [],
    photos: await preparePhotos(doc.blocks),
    media: new Map(),
    firstImageRel: 0,
    pictures: 0,
    numbered: [],
  };

  // Page numbers: from 1 on every page; from 2 with a blank first-page header (titlePage); later
  // than that through an IF field. Made first: their parts come before the images' relationships.
  const { from, position } = meta.pageNumbers;
  const numbered = from > 0;
  const pageNumber = numbered
    ? {
        part: position === 'bottom' ? ('footer' as const) : ('header' as const),
        default: from <= 2 ? pageNumberParagraph(ctx) : conditionalPageNumberParagraph(ctx),
        ...(from === 2 ? { first: paragraphXml({}, '') } : {}),
      }
    : undefined;
  ctx.firstImageRel = firstImageRelId(pageNumber);

  // Blocks → paragraphs and tables; a page break becomes "page break before" on what follows it.
  // An image beside the next block floats in that block's first paragraph.
  const items: Out[] = [];
  let breakBefore = false;
  let beside: ImageBlock | undefined;
  // A table has no space after of its own: the paragraph after it takes the table's as space before.
  let afterTable = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'pagebreak') {
      breakBefore = true;
      continue;
    }
    if (b.kind === 'image' && b.beside) {
      beside = b;
      continue;
    }
    const out = finishBlock(blockOut(b, ctx, 0), b);
    for (const o of out) {
      if (o.kind === 'p') {
        if (breakBefore) o.content.pageBreakBefore = true;
        if (afterTable) o.want.before = (o.want.before ?? 0) + afterTable;
        afterTable = 0;
        if (beside) {
          const line = b.kind === 'heading' ? (b.line ?? linePitch(headingSize(b, meta))) : linePitch(meta.fontSize);
          o.content.runs = imageRun(beside, ctx, { lineHeight: line }) + o.content.runs;
          beside = undefined;
        }
        items.push(o);
      } else {
        if (breakBefore) items.push({ kind: 'xml', xml: PAGE_BREAK_PARAGRAPH });
        items.push(o);
        afterTable = pt20(spaceAfter(b));
      }
      breakBefore = false;
    }
  }
  if (beside) items.push(para('image', { align: beside.align }, { runs: imageRun(beside, ctx) }));
  if (breakBefore) items.push({ kind: 'xml', xml: PAGE_BREAK_PARAGRAPH });
  foldSpacing(items);
  const body = items.map((o) => (o.kind === 'p' ? materialize(o, ctx) : o.xml)).join('');

  return writePackage({
    title: meta.title,
    language: meta.lang === 'th' ? 'th-TH' : meta.lang,
    body,
    section: {
      width: PAGE_WIDTH,
      height: PAGE_HEIGHT,
      margins: { top: twips(meta.margins.top), right: twips(meta.margins.right), bottom: twips(meta.margins.bottom), left: twips(meta.margins.left) },
      thaiPageNumbers: numbered && meta.thaiDigits,
    },
    ...(pageNumber ? { pageNumber } : {}),
    lists: ctx.lists,
    usedLists: ctx.numbered,
    media: [...ctx.media.values()],
    styles: stylesPart(meta, ctx.used),
  });
}

