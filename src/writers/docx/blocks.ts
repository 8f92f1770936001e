// DOCX, blocks: each block of the model as Word paragraphs and tables — headings, numbered
// agenda items (one multi-level Word numbering), lists (Word numbering each), rows at tab stops,
// tables, signatures, images and photos (media written once each). Part of the DOCX writer.
import { createHash } from 'node:crypto';
import {
  headingSize,
  numberMarker,
  rowLeastHeight,
  signatureColumn,
  signatureLines,
  type Block,
  type Box as BoxBlock,
  type Image as ImageBlock,
  type Inline,
  type List,
  type Paragraph as ParagraphBlock,
  type Row,
  type Signature,
  type Table as TableBlock,
} from '../../model/document.js';
import { BLOCK_GAP, cellPadding, markerWidth, signatureGap, spaceAfter } from '../../model/layout.js';
import { HEADING_STYLES, type StyleName } from '../../model/styles.js';
import { toArabicDigits } from '../../thai/index.js';
import { photoOf, readImage } from '../images.js';
import type { ListDef } from './package.js';
import { boxXml, pictureRunXml, tableXml } from './xml.js';
import { JC, materialize, para, pt20, runs, styleParaLook, twips, TWIPS_PER_CM, type Ctx, type Out } from './paragraphs.js';

/** Sets the space after the last paragraph of a block (and keepNext through it when asked). */
export function finishBlock(out: Out[], b: Block): Out[] {
  const last = out.at(-1);
  if (last?.kind === 'p') last.want.after = pt20(spaceAfter(b));
  if (b.keepWithNext) for (const o of out) if (o.kind === 'p') o.want.keepNext = true;
  return out;
}

const roleOf = (b: { style?: StyleName }, fallback: StyleName): StyleName => b.style ?? fallback;

/** One block; `left` is the indent of the enclosing block in twips. */
export function blockOut(b: Block, ctx: Ctx, left: number): Out[] {
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
    case 'box':
      return b.beside ? [] : [{ kind: 'xml', xml: boxOut(b, ctx) }];
    case 'foot': {
      // Paragraphs in one frame at the foot of the text area, on the page of their anchor: the
      // last page, as they come last. Word and LibreOffice both place a w:framePr frame.
      const out = b.blocks.flatMap((c) => finishBlock(blockOut(c, ctx, 0), c));
      for (const o of out) if (o.kind === 'p') o.content.footFrame = twips(ctx.textWidth);
      return out;
    }
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
export function imageRun(b: ImageBlock, ctx: Ctx, floating?: { lineHeight: number }): string {
  const img = readImage(b.src);
  const widthPx = (b.width / 2.54) * 96;
  const heightPx = (widthPx * img.height) / img.width;
  const offset = floating ? Math.round((floating.lineHeight - heightPx * 0.75) * 12700) : undefined;
  return pictureRun(ctx, img.type === 'jpeg' ? 'jpg' : 'png', img.data, Math.round(widthPx), Math.round(heightPx), offset);
}

/** A marked empty box: inline, or (floating, a box `beside` the next block) at the left margin,
 * its foot level with the foot of the next paragraph's first line. */
export function boxOut(b: BoxBlock, ctx: Ctx, floating?: { lineHeight: number }): string {
  const cell = materialize(para('table', { align: 'center' }, { runs: runs(b.content, ctx, 'table') }), ctx);
  const float = floating ? { y: pt20(floating.lineHeight) - twips(b.height) } : undefined;
  return boxXml(twips(b.width), twips(b.height), JC[b.align] === 'thaiDistribute' ? 'left' : JC[b.align], cell, float);
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
  const heights = t.rows.map((_, r) => {
    const least = rowLeastHeight(t, r);
    return least ? twips(least) : undefined;
  });
  return tableXml({ columns, indent: left, borders: t.borders, padding, heights }, rows, t.headerRows);
}

/**
 * "(ลงชื่อ) ....... caption", then "(name)", then each position line, centred in the signature's
 * column (signatureColumn, as in the PDF writer) and kept together on one page. By default the
 * column starts SIGNATURE_SHIFT_CM left of the middle: from the middle itself, "(ลงชื่อ) ……
 * ผู้จดรายงานการประชุม" no longer fits on one line at 16 pt.
 */
function signatureOut(s: Signature, ctx: Ctx): Out[] {
  const column = signatureColumn(s, ctx.textWidth);
  const lines = signatureLines(s);
  return lines.map((content, k) =>
    para('signature', {
      left: twips(column.left),
      right: twips(column.right),
      keepNext: k < lines.length - 1,
      // One blank body line above the block (layout.ts), none inside it.
      before: k === 0 ? pt20(signatureGap(ctx.meta)) : 0,
    }, { runs: runs(content, ctx, 'signature') }),
  );
}
