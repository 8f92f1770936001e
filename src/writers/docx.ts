// DOCX: a Word document that Word, LibreOffice and WPS lay out as Thai. The rules come from
// sayam/thai-docx-skill ADR 0004 and 0039 (Thai is complex script):
//   1. settings.xml declares compatibilityMode 15, once (docx writes it; nothing here adds another);
//   2. a run whose text holds Thai carries the empty <w:cs/>, a run without Thai carries none, and
//      nothing in the style chain carries it; runs are split where the script changes, a neutral
//      character (space, digit, punctuation) taking the script of the strong character before it;
//   3. proofing is never switched off (no w:noProof);
//   4. text with the same formatting and script is one run, so no Thai word is split across runs;
//   5. every Latin property has its complex-script twin: rFonts in all four slots, sz/szCs, b/bCs, i/iCs.
// The Thai complex-script language (w:lang w:bidi="th-TH") is written nowhere in the run chain:
// WPS misplaces SARA AM wherever it is in effect (ADR 0038/0039). Thai is declared in the
// places that are safe: w:themeFontLang in settings.xml and dc:language in the core properties.
import {
  AlignmentType,
  BorderStyle,
  BuilderElement,
  Document as DocxDocument,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  NumberFormat,
  Packer,
  PageBreak,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  XmlComponent,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import {
  headingSize,
  listMarker,
  pageNumberText,
  signatureLines,
  SIGNATURE_SHIFT_CM,
  type Align,
  type Block,
  type Document,
  type DocumentMeta,
  type Inline,
  type List,
  type Row,
  type Signature,
  type Table as TableBlock,
} from '../model/document.js';
import { formatNumber, hasThai, scriptRuns } from '../thai/index.js';
import { photoOf, preparePhotos, readImage, type PreparedPhotos } from './images.js';

/** Twips per centimetre (1 cm = 567 twips, the value Word itself rounds to). */
export const TWIPS_PER_CM = 567;
const twips = (cm: number) => Math.round(cm * TWIPS_PER_CM);

/** A4 in twips. */
const PAGE_WIDTH = 11906;
const PAGE_HEIGHT = 16838;

/**
 * Space after a block: 6 pt, Word's own "space after" step and about what the PDF and HTML
 * writers leave (0.35 em). Nothing before a block. A block that keeps with the next one, and the
 * lines inside a block (list items, rows, signature lines), get none. Lines are single-spaced, as
 * official documents are (Word's default, so not written).
 */
const BLOCK_AFTER = 120;

/** Hanging indent of list markers: at least this, more for long markers such as "(10)". */
const MIN_MARKER_WIDTH_CM = 0.9;


// ---------------------------------------------------------------------------------------------
// Runs

/** The empty `<w:cs/>`: "this run is complex script". Not the w:cs attribute of rFonts, which names a font. */
class ComplexScript extends BuilderElement {
  constructor() {
    super({ name: 'w:cs' });
  }
}

/**
 * A text run that may be marked complex script. docx has no option for `<w:cs/>`, so it is pushed
 * onto the run's own properties. docx writes rPr children in schema order as it builds them and
 * this writer uses none of the properties that come after w:cs in CT_RPr (em, lang,
 * eastAsianLayout, specVanish, oMath), so appending keeps the element order valid.
 */
class ScriptRun extends TextRun {
  constructor(options: IRunOptions, complexScript: boolean) {
    super(options);
    if (complexScript) this.properties.push(new ComplexScript());
  }
}

/** An element with a text child (w:instrText, dc:language). */
class TextElement extends BuilderElement<{ space?: string }> {
  constructor(name: string, text: string, preserve = false) {
    super({ name, ...(preserve ? { attributes: { space: { key: 'xml:space', value: 'preserve' } } } : {}) });
    this.root.push(text);
  }
}

class FieldChar extends BuilderElement<{ type: string }> {
  constructor(type: 'begin' | 'separate' | 'end') {
    super({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });
  }
}

/** Appends a child to a part docx has already built (settings, core properties). */
class Appender extends XmlComponent {
  static append(target: XmlComponent, child: XmlComponent): void {
    (target as unknown as Appender).root.push(child);
  }
}

interface RunStyle {
  /** Size in points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

interface Ctx {
  meta: DocumentMeta;
  /** Text width in cm. */
  textWidth: number;
  photos: PreparedPhotos;
}

function runOptions(ctx: Ctx, style: RunStyle): IRunOptions {
  const f = ctx.meta.font;
  return {
    font: { ascii: f, hAnsi: f, cs: f, eastAsia: f },
    size: style.size * 2, // half-points; docx writes the same value to szCs
    ...(style.bold ? { bold: true } : {}), // docx writes bCs with b
    ...(style.italic ? { italics: true } : {}), // … and iCs with i
    ...(style.underline ? { underline: { type: 'single' as const } } : {}),
  };
}

type Piece = { kind: 'text'; text: string; style: RunStyle } | { kind: 'tab'; style: RunStyle } | { kind: 'br'; style: RunStyle };

const sameStyle = (a: RunStyle, b: RunStyle) =>
  a.size === b.size && !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline;

/**
 * Model inlines → docx runs: adjacent text with the same formatting is joined, then split again only
 * where the script changes; `nowrap` text keeps its spaces from breaking (no-break spaces).
 */
function runs(content: readonly Inline[], ctx: Ctx, base: RunStyle): ParagraphChild[] {
  const pieces: Piece[] = [];
  for (const i of content) {
    if (i.kind === 'tab' || i.kind === 'br') {
      pieces.push(i.kind === 'tab' ? { kind: 'tab', style: base } : { kind: 'br', style: base });
      continue;
    }
    if (i.text === '') continue;
    const style: RunStyle = {
      size: base.size,
      bold: base.bold || i.bold,
      italic: base.italic || i.italic,
      underline: base.underline || i.underline,
    };
    const text = i.nowrap ? i.text.replace(/ /g, '\u00A0') : i.text;
    const last = pieces.at(-1);
    if (last?.kind === 'text' && sameStyle(last.style, style)) last.text += text;
    else pieces.push({ kind: 'text', text, style });
  }
  const out: ParagraphChild[] = [];
  pieces.forEach((p) => {
    const options = runOptions(ctx, p.style);
    if (p.kind === 'tab') out.push(new ScriptRun({ ...options, children: [new Tab()] }, false));
    else if (p.kind === 'br') out.push(new ScriptRun({ ...options, break: 1 }, false));
    else for (const r of scriptRuns(p.text)) out.push(new ScriptRun({ ...options, text: r.text }, hasThai(r.text)));
  });
  return out;
}

const textRuns = (text: string, ctx: Ctx, style: RunStyle) => runs([{ kind: 'text', text }], ctx, style);

// ---------------------------------------------------------------------------------------------
// Blocks

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  // Thai justification: Word spreads the space between characters (thaiDistribute), not only at spaces.
  justify: AlignmentType.THAI_DISTRIBUTE,
} as const satisfies Record<Align, string>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type POpts = Mutable<IParagraphOptions>;
type Out = { kind: 'p'; opts: POpts } | { kind: 'table'; table: Table };

const para = (opts: POpts): Out => ({ kind: 'p', opts });

/** Sets the space after the last paragraph of a block (and keepNext through it when asked). */
function finishBlock(out: Out[], b: Block): Out[] {
  const last = out.at(-1);
  if (last?.kind === 'p') {
    last.opts.spacing = { ...last.opts.spacing, after: b.keepWithNext ? 0 : BLOCK_AFTER };
  }
  if (b.keepWithNext) for (const o of out) if (o.kind === 'p') o.opts.keepNext = true;
  return out;
}

/** One block; `left` is the indent of the enclosing block in twips. */
function blockOut(b: Block, ctx: Ctx, left: number): Out[] {
  const body: RunStyle = { size: ctx.meta.fontSize };
  switch (b.kind) {
    case 'heading': {
      const size = headingSize(b, ctx.meta);
      return [
        para({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          alignment: ALIGN[b.align],
          keepNext: true,
          keepLines: true,
          ...(left ? { indent: { left } } : {}),
          children: runs(b.content, ctx, { size, bold: true }),
        }),
      ];
    }
    case 'paragraph':
      return [
        para({
          alignment: ALIGN[b.align],
          indent: { left: left + twips(b.indent), ...(b.firstLine ? { firstLine: twips(b.firstLine) } : {}) },
          children: runs(b.content, ctx, body),
        }),
      ];
    case 'list':
      return listOut(b, ctx, left);
    case 'row':
      return [rowOut(b, ctx)];
    case 'table':
      return [{ kind: 'table', table: tableOut(b, ctx, left) }];
    case 'signature':
      return signatureOut(b, ctx);
    case 'image': {
      const img = readImage(b.src);
      const widthPx = (b.width / 2.54) * 96;
      return [
        para({
          alignment: ALIGN[b.align],
          ...(left ? { indent: { left } } : {}),
          children: [
            new ImageRun({
              type: img.type === 'jpeg' ? 'jpg' : 'png',
              data: img.data,
              transformation: { width: Math.round(widthPx), height: Math.round((widthPx * img.height) / img.width) },
            }),
          ],
        }),
      ];
    }
    case 'photos':
      return photosOut(b, ctx, left);
    case 'hashtags':
      return b.tags.map((t) =>
        para({ ...(left ? { indent: { left } } : {}), children: runs([{ kind: 'text', text: `#${t}`, nowrap: true }], ctx, body) }),
      );
    case 'keep': {
      // Every paragraph but the last keeps with the next: Word moves the whole group together.
      const out = b.blocks.flatMap((c) => finishBlock(blockOut(c, ctx, left), c));
      out.slice(0, -1).forEach((o) => o.kind === 'p' && (o.opts.keepNext = true));
      return out;
    }
    case 'rule':
      // An empty paragraph whose bottom border is the rule, as Word draws a horizontal line; a
      // 2 pt exact line height keeps it tight under the paragraph above instead of a blank line.
      return [
        para({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
          spacing: { before: 0, after: BLOCK_AFTER, line: 40, lineRule: LineRuleType.EXACT },
          children: [],
        }),
      ];
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
  const small: RunStyle = { size: ctx.meta.fontSize * 0.8 };
  const out: Out[] = [];
  for (const p of b.items) {
    const img = photoOf(ctx.photos, p.src);
    const scale = Math.min(widthPx / img.width, Math.min(heightPx, widthPx * 0.75) / img.height);
    out.push(
      para({
        alignment: AlignmentType.CENTER,
        keepNext: p.caption.length > 0,
        spacing: { after: p.caption.length ? 0 : BLOCK_AFTER },
        ...(left ? { indent: { left } } : {}),
        children: [new ImageRun({ type: 'jpg', data: img.data, transformation: { width: Math.floor(img.width * scale), height: Math.floor(img.height * scale) } })],
      }),
    );
    if (p.caption.length) out.push(para({ alignment: AlignmentType.CENTER, spacing: { after: BLOCK_AFTER }, children: runs(p.caption, ctx, small) }));
  }
  if (b.credit.length) out.push(para({ ...(left ? { indent: { left } } : {}), children: runs(b.credit, ctx, small) }));
  return out;
}

/** The lines of a list: marker, tab, text, with a hanging indent so wrapped lines align after the marker. */
function listOut(list: List, ctx: Ctx, left: number): Out[] {
  const markers = list.items.map((_, k) => listMarker(list, list.start + k, ctx.meta));
  const longest = Math.max(0, ...markers.map((m) => [...m].length));
  // TH SarabunPSK digits and brackets are about 0.2 cm wide at 16 pt; keep a 0.3 cm gap after the marker.
  const markerWidth = Math.max(MIN_MARKER_WIDTH_CM, 0.3 + longest * 0.2 * (ctx.meta.fontSize / 16));
  const hanging = twips(markerWidth);
  const textLeft = left + twips(list.indent) + hanging;
  const body: RunStyle = { size: ctx.meta.fontSize };
  const out: Out[] = [];
  list.items.forEach((item, k) => {
    out.push(
      para({
        alignment: AlignmentType.LEFT,
        indent: { left: textLeft, hanging },
        tabStops: [{ type: TabStopType.LEFT, position: textLeft }],
        children: runs([{ kind: 'text', text: markers[k]! }, { kind: 'tab' }, ...item.content], ctx, body),
      }),
    );
    for (const child of item.children) out.push(...finishBlock(blockOut(child, ctx, textLeft), child));
  });
  // Inside a list only its end has space after it.
  for (const o of out.slice(0, -1)) if (o.kind === 'p') o.opts.spacing = { ...o.opts.spacing, after: 0 };
  return out;
}

/** A row: one line of cells at left tab stops (cm from the text margin). */
function rowOut(row: Row, ctx: Ctx): Out {
  const first = row.stops[0] ?? 0;
  const content: Inline[] = row.cells.flatMap((cell, k) => (k === 0 ? cell : [{ kind: 'tab' as const }, ...cell]));
  return para({
    alignment: AlignmentType.LEFT,
    keepLines: true,
    ...(first > 0 ? { indent: { left: twips(first) } } : {}),
    tabStops: row.stops.slice(1).map((s) => ({ type: TabStopType.LEFT, position: twips(s) })),
    spacing: { after: 0 },
    children: runs(content, ctx, { size: ctx.meta.fontSize }),
  });
}

function tableOut(t: TableBlock, ctx: Ctx, left: number): Table {
  const width = twips(ctx.textWidth) - left;
  const total = t.widths.reduce((a, w) => a + w, 0) || 1;
  const columns = t.widths.map((w) => Math.round((w / total) * width));
  const line = t.borders
    ? { style: BorderStyle.SINGLE, size: 4, color: '000000' }
    : { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return new Table({
    width: { size: columns.reduce((a, c) => a + c, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    ...(left ? { indent: { size: left, type: WidthType.DXA } } : {}),
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: t.rows.map((cells, r) => {
      let col = 0;
      return new TableRow({
        cantSplit: true,
        ...(r < t.headerRows ? { tableHeader: true } : {}),
        children: cells.map((cell) => {
          const span = Math.max(1, cell.colspan);
          const w = columns.slice(col, col + span).reduce((a, c) => a + c, 0);
          col += span;
          return new TableCell({
            width: { size: w, type: WidthType.DXA },
            ...(span > 1 ? { columnSpan: span } : {}),
            children: [
              new Paragraph({
                alignment: ALIGN[cell.align],
                spacing: { after: 0 },
                children: runs(cell.content, ctx, { size: ctx.meta.fontSize, bold: r < t.headerRows }),
              }),
            ],
          });
        }),
      });
    }),
  });
}

/**
 * "(ลงชื่อ) ....... caption", then "(name)", then each position line, centred in the right part of
 * the text width and kept together on one page. The block starts SIGNATURE_SHIFT_CM left of the
 * middle, as in the PDF writer: from the middle itself, "(ลงชื่อ) …… ผู้จดรายงานการประชุม" no longer
 * fits on one line at 16 pt.
 */
function signatureOut(s: Signature, ctx: Ctx): Out[] {
  const body: RunStyle = { size: ctx.meta.fontSize };
  const left = twips(Math.max(0, ctx.textWidth / 2 - SIGNATURE_SHIFT_CM));
  const lines = signatureLines(s);
  return lines.map((content, k) =>
    para({
      alignment: AlignmentType.CENTER,
      indent: { left },
      keepLines: true,
      keepNext: k < lines.length - 1,
      // One blank line (the body size) above the block, none inside it.
      spacing: { before: k === 0 ? ctx.meta.fontSize * 20 : 0, after: 0 },
      children: runs(content, ctx, body),
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Page numbers

/** The runs of a complex field: begin, instruction, separate, cached result, end. */
function fieldRuns(instruction: string, cached: string, options: IRunOptions, cs: boolean): TextRun[] {
  return [
    new ScriptRun({ ...options, children: [new FieldChar('begin')] }, cs),
    new ScriptRun({ ...options, children: [new TextElement('w:instrText', ` ${instruction} `, true)] }, cs),
    new ScriptRun({ ...options, children: [new FieldChar('separate')] }, cs),
    new ScriptRun({ ...options, text: cached }, cs),
    new ScriptRun({ ...options, children: [new FieldChar('end')] }, cs),
  ];
}

/**
 * The page-number paragraph: the pattern ("- {n} -") around a PAGE field. Thai digits come from
 * the section's number format (w:pgNumType w:fmt="thaiNumbers"), which a PAGE field without a
 * format switch follows in Word — what Word itself writes for "๑, ๒, ๓" in Format Page Numbers.
 * No `\* ThaiArabic` switch: LibreOffice (7.4) reads that switch as Thai *letters* (ก ข ค).
 */
function pageNumberParagraph(ctx: Ctx): Paragraph {
  const { format, from } = ctx.meta.pageNumbers;
  const options = runOptions(ctx, { size: ctx.meta.fontSize });
  const [before = '', after = ''] = format.split('{n}');
  const cs = hasThai(pageNumberText(ctx.meta, from)!);
  const children: ParagraphChild[] = [];
  if (before) children.push(...textRuns(before, ctx, { size: ctx.meta.fontSize }));
  children.push(...fieldRuns('PAGE', formatNumber(from, ctx.meta.thaiDigits), options, cs));
  if (after) children.push(...textRuns(after, ctx, { size: ctx.meta.fontSize }));
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children });
}

/**
 * For a first numbered page after 2: the number inside IF { PAGE } >= from, so earlier pages of
 * the default header/footer stay blank.
 */
function conditionalPageNumberParagraph(ctx: Ctx): Paragraph {
  const { format, from } = ctx.meta.pageNumbers;
  const options = runOptions(ctx, { size: ctx.meta.fontSize });
  const cs = hasThai(pageNumberText(ctx.meta, from)!);
  const [before = '', after = ''] = format.split('{n}').map((s) => s.replace(/"/g, '\u201D'));
  const instr = (text: string) => new ScriptRun({ ...options, children: [new TextElement('w:instrText', text, true)] }, cs);
  const fc = (type: 'begin' | 'separate' | 'end') => new ScriptRun({ ...options, children: [new FieldChar(type)] }, cs);
  const page = () => fieldRuns('PAGE', '1', options, cs);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: [
      fc('begin'),
      instr(' IF '),
      ...page(),
      instr(` >= ${from} "${before}`),
      ...page(),
      instr(`${after}" "" `),
      fc('separate'),
      fc('end'),
    ],
  });
}

// ---------------------------------------------------------------------------------------------

export async function writeDocx(doc: Document): Promise<Buffer> {
  const { meta } = doc;
  const ctx: Ctx = { meta, textWidth: 21 - meta.margins.left - meta.margins.right, photos: await preparePhotos(doc.blocks) };
  const font = { ascii: meta.font, hAnsi: meta.font, cs: meta.font, eastAsia: meta.font };
  const size = meta.fontSize * 2;

  // Blocks → paragraphs and tables; a page break becomes "page break before" on what follows it.
  const children: Array<Paragraph | Table> = [];
  let breakBefore = false;
  for (const b of doc.blocks) {
    if (b.kind === 'pagebreak') {
      breakBefore = true;
      continue;
    }
    const out = finishBlock(blockOut(b, ctx, 0), b);
    for (const o of out) {
      if (o.kind === 'p') {
        if (breakBefore) o.opts.pageBreakBefore = true;
        children.push(new Paragraph(o.opts));
      } else {
        if (breakBefore) children.push(new Paragraph({ children: [new PageBreak()] }));
        children.push(o.table);
      }
      breakBefore = false;
    }
  }
  if (breakBefore) children.push(new Paragraph({ children: [new PageBreak()] }));

  // Page numbers: from 1 on every page; from 2 with a blank first-page header (titlePage); later
  // than that through an IF field.
  const { from, position } = meta.pageNumbers;
  const numbered = from > 0;
  const numberPart = numbered ? [from <= 2 ? pageNumberParagraph(ctx) : conditionalPageNumberParagraph(ctx)] : [];
  const blank = () => [new Paragraph({ children: [] })];
  const part = (make: 'header' | 'footer') => {
    const C = make === 'header' ? Header : Footer;
    return {
      default: new C({ children: numberPart }),
      ...(from === 2 ? { first: new C({ children: blank() }) } : {}),
    };
  };

  const heading = (level: 1 | 2 | 3) => ({
    run: { font, size: headingSize({ level }, meta) * 2, bold: true, color: '000000' },
    paragraph: { keepNext: true, keepLines: true, spacing: { before: 0, after: BLOCK_AFTER } },
  });

  const file = new DocxDocument({
    title: meta.title,
    creator: 'saraban',
    lastModifiedBy: 'saraban',
    description: meta.title,
    styles: {
      default: {
        document: {
          // No <w:cs/> and no w:lang w:bidi here (ADR 0039): runs say they are Thai themselves.
          run: { font, size, language: { value: 'en-US', eastAsia: 'en-US' } },
          // Single line spacing is Word's default, so w:line is left out: LibreOffice reads an explicit
          // w:line="240" as "proportional 100 %" and overlaps lines of Thai set in tall fonts.
          paragraph: { spacing: { before: 0, after: 0 } },
        },
        heading1: heading(1),
        heading2: heading(2),
        heading3: heading(3),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: {
              top: twips(meta.margins.top),
              bottom: twips(meta.margins.bottom),
              left: twips(meta.margins.left),
              right: twips(meta.margins.right),
            },
            ...(numbered && meta.thaiDigits ? { pageNumbers: { formatType: NumberFormat.THAI_NUMBERS } } : {}),
          },
          ...(numbered && from === 2 ? { titlePage: true } : {}),
        },
        ...(numbered ? (position === 'bottom' ? { footers: part('footer') } : { headers: part('header') }) : {}),
        children,
      },
    ],
  });

  // Thai where it is safe to say so: the theme-font language of the complex-script slot (measured
  // harmless in WPS, unlike docDefaults; ADR 0039) and the package's dc:language. CT_Settings puts
  // themeFontLang after compat, which docx writes last.
  Appender.append(
    file.Settings,
    new BuilderElement<{ val: string; bidi: string }>({
      name: 'w:themeFontLang',
      attributes: { val: { key: 'w:val', value: 'en-US' }, bidi: { key: 'w:bidi', value: 'th-TH' } },
    }),
  );
  Appender.append(file.CoreProperties, new TextElement('dc:language', meta.lang === 'th' ? 'th-TH' : meta.lang));

  return Packer.toBuffer(file);
}
