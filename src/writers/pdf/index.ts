// PDF through pdfmake, with Google's Sarabun. Thai needs what pdfmake does not do by itself:
// one font per style that has every glyph (fonts.ts, merge-fonts.ts), line breaks only where
// the Thai text layer allows them (text.ts), copied text equal to the source
// (pdfkit-thai-fix.ts), and sizes in TH SarabunPSK terms (SARABUN_SCALE). See docs/thai.md.
// First: what must happen before the libraries below load (preload.ts).
import './preload.js';
import { createRequire } from 'node:module';
import type { Content, ContentText, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { headingSize, listMarker, pageNumberText, rowLeastHeight, signatureColumn, signatureLines, type Block, type Box as BoxBlock, type Document, type Image as ImageBlock, type Inline, type List, type PageNumbers } from '../../model/document.js';
import { STYLES as STYLES_BY_ROLE, styleSize } from '../../model/styles.js';
import { cellPadding, linePitch, markerWidth, signatureGap, spaceAfter } from '../../model/layout.js';
import { SARABUN_SCALE, TH_SARABUN_LINE_PITCH } from '../../thai/index.js';
import { dataUri, imageDataUri, photoOf, preparePhotos, readImage, type PreparedPhotos } from '../images.js';
import { sarabunFaces, STYLES, type Style } from './fonts.js';
import { installThaiPdfFixes } from './pdfkit-thai-fix.js';
import { installThaiJustify } from './justify.js';
import { installClusterWrap, resetWrapWarnings } from './overflow.js';
import { installTallUnbreakable } from './unbreakable.js';
import { installLineFit } from './line-fit.js';
import { installFontTableCache } from './fontkit-table-cache.js';
import { installKeepWithNext, KEEP_WITH_NEXT } from './keep.js';
import { installLayoutCache } from './layout-cache.js';
import { installStyleCache } from './style-cache.js';
import { pdfPieces, ZWSP } from './text.js';
import { patchOff } from '../../runtime/patches.js';
import { archiveDefinition, finishArchive } from './pdfa.js';
import { installTagging, PAGINATION, structNode, tagNode, type StructNode } from './tags.js';
import { tagBlock } from './block-tags.js';

const require = createRequire(import.meta.url);
interface PdfMake {
  setFonts(fonts: Record<string, Record<Style, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  createPdf(def: TDocumentDefinitions): { getBuffer(): Promise<Buffer>; getStream(): Promise<object> };
}
const pdfmake = require('pdfmake') as PdfMake;
// Documents never reach the network or the file system through pdfmake: fonts and images are
// handed over as bytes.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

/** The id of the page-number header/footer: not content that follows a block on its page. */
const PAGE_NUMBER = 'page-number';
const CM = 72 / 2.54;
/** A4's height in points. */
const A4_HEIGHT = 29.7 * CM;
const FAMILY = 'Sarabun';
/** pdfmake's natural line: (hhea ascent − descent) / unitsPerEm of Sarabun = (1068 + 232) / 1000. */
const SARABUN_LINE = 1.3;
/** pdfmake lineHeight that sets lines TH_SARABUN_LINE_PITCH apart per TH SarabunPSK point. */
export const LINE_HEIGHT = TH_SARABUN_LINE_PITCH / (SARABUN_SCALE * SARABUN_LINE);

/** A table drawn as plain text: no rules, no padding (lists and tab-stop rows). */
const PLAIN_TABLE = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

let fontsReady = false;
/** Hands the merged fonts to pdfmake's virtual file system and installs the Thai fixes, once. */
function prepareFonts(): void {
  if (fontsReady) return;
  const faces = sarabunFaces();
  const files = {} as Record<Style, string>;
  for (const style of Object.keys(STYLES) as Style[]) {
    files[style] = STYLES[style].file;
    pdfmake.virtualfs.writeFileSync(files[style], faces[style]);
  }
  pdfmake.setFonts({ [FAMILY]: files });
  installThaiPdfFixes(faces.normal);
  installThaiJustify();
  installClusterWrap();
  installTallUnbreakable();
  installLineFit(); // after installClusterWrap: its wrap of buildNextLine runs first, on the whole paragraph
  // The speed-only patches turn off with SARABAN_OFF (patches.ts: the table of every patch).
  if (!patchOff('font-tables')) installFontTableCache(faces.normal);
  installKeepWithNext();
  if (!patchOff('layout-cache')) installLayoutCache(faces.normal);
  if (!patchOff('style-cache')) installStyleCache();
  fontsReady = true;
}

export async function writePdf(doc: Document): Promise<Uint8Array> {
  prepareFonts();
  resetWrapWarnings();
  const builder = new PdfBuilder(doc, await preparePhotos(doc.blocks));
  const def = builder.definition();
  if (!doc.meta.archive) return pdfmake.createPdf(def).getBuffer();
  // PDF/A (pdfa.ts): tagged as it is drawn, finished before pdfkit ends the file.
  installTagging();
  const pdf = pdfmake.createPdf({ ...def, ...archiveDefinition(doc.meta) } as TDocumentDefinitions);
  const pdfDoc = await pdf.getStream();
  finishArchive(pdfDoc, doc.meta, builder.structure!);
  return pdf.getBuffer();
}

type Node = Content & Record<string, unknown>;

class PdfBuilder {
  private readonly size: number;
  private readonly textWidth: number;
  /** The structure tree of a tagged (PDF/A) document, made as its blocks are (tags.ts). */
  readonly structure: StructNode | undefined;

  constructor(
    private readonly doc: Document,
    private readonly photos: PreparedPhotos,
  ) {
    this.size = doc.meta.fontSize * SARABUN_SCALE;
    this.textWidth = (21 - doc.meta.margins.left - doc.meta.margins.right) * CM;
    this.structure = doc.meta.archive ? structNode('Document') : undefined;
  }

  /** A top-level block's node, with its structure when the document is tagged. */
  private tagged(b: Block, node: Content): Content {
    this.structure?.children.push(...tagBlock(b, node));
    return node;
  }

  definition(): TDocumentDefinitions {
    const { meta } = this.doc;
    const m = meta.margins;
    return {
      pageSize: 'A4',
      pageMargins: [m.left * CM, m.top * CM, m.right * CM, m.bottom * CM],
      info: { title: meta.title, creator: 'saraban', producer: 'saraban (pdfmake)' },
      language: meta.lang,
      defaultStyle: { font: FAMILY, fontSize: this.size, lineHeight: LINE_HEIGHT },
      content: this.content(),
      header: this.pageNumber('top'),
      footer: this.pageNumber('bottom'),
      // A top-level block kept with the next one is settled in the one layout pass (keep.ts);
      // one inside a list item, where pdfmake places the rows, asks pdfmake's pageBreakBefore,
      // which lays the document out again for each break it adds.
      ...(this.nestedKeeps ? { pageBreakBefore: keepNested } : {}),
    } as TDocumentDefinitions;
  }

  /** The blocks; an image or box `beside` the next block is drawn out of the flow at the left, its
   * foot level with the foot of that block's first line (the memo's Garuda, or a draft's box in its
   * place, beside "บันทึกข้อความ"). */
  private content(): Content[] {
    const out: Content[] = [];
    let beside: ImageBlock | BoxBlock | undefined;
    for (const b of this.doc.blocks) {
      if ((b.kind === 'image' || b.kind === 'box') && b.beside) {
        beside = b;
        continue;
      }
      const node = this.tagged(b, this.block(b));
      if (!beside) {
        out.push(node);
        continue;
      }
      const line = b.kind === 'heading' ? (b.line ?? linePitch(headingSize(b, this.doc.meta))) : linePitch(this.doc.meta.fontSize);
      let drawn: Node;
      let height: number;
      if (beside.kind === 'image') {
        const img = readImage(beside.src);
        const width = beside.width * CM;
        height = (width * img.height) / img.width;
        drawn = { image: imageDataUri(beside.src), width } as Node;
      } else {
        height = beside.height * CM;
        drawn = Object.assign(this.box(beside) as Node, { margin: 0 });
      }
      out.push(this.tagged(beside, Object.assign(drawn, { relativePosition: { x: 0, y: line - height } })), node);
      beside = undefined;
    }
    if (beside) out.push(this.tagged(beside, this.block(beside)));
    return out;
  }

  /** The header (top) or footer (bottom) content: the page number where the document puts it. */
  private pageNumber(position: PageNumbers['position']): DynamicContent {
    const { meta } = this.doc;
    const m = meta.margins;
    // A header sits halfway down the top margin; a footer at the top of the bottom one.
    const top = position === 'top' ? (m.top * CM) / 2 - this.size / 2 : 0;
    return (page) => {
      const text = pageNumberText(meta, page);
      if (!text || meta.pageNumbers.position !== position) return null;
      // Centred over the text column (header and footer span the whole page width otherwise).
      const node = { id: PAGE_NUMBER, text: this.inlines([{ kind: 'text', text }]), alignment: 'center', margin: [m.left * CM, top, m.right * CM, 0] } as Content;
      if (this.structure) tagNode(node, PAGINATION);
      return node;
    };
  }

  private kept = 0;
  /** Whether a block inside a list is kept with the next one (pdfmake's slower mechanism). */
  private nestedKeeps = false;

  /** A block of the document; `nested` inside a list item or a keep. */
  block(b: Block, nested: false | 'list' | 'keep' = false): Content {
    const node = this.blockNode(b);
    // Inside a keep (one unbreakable block) only its last block's keep matters: it is the keep's.
    const kept = b.keepWithNext || (b.kind === 'keep' && b.blocks.at(-1)?.keepWithNext);
    if (!kept || nested === 'keep') return node;
    if (!nested) {
      (node as Node)[KEEP_WITH_NEXT] = true;
      return node;
    }
    this.nestedKeeps = true;
    const id = `keep-${++this.kept}`;
    (node as Node).id = id;
    tagParts(node, id);
    // pdfmake asks only nodes that draw text (a stack has no position of its own), so the
    // question goes to the block's first line; moving it moves the unbreakable rest.
    const line = firstLine(node);
    Object.assign(line, { headlineLevel: 1 });
    // pdfmake asks each node once, but a page break added for an earlier node can push this one
    // to the foot of a page later: make it ask again on every layout pass.
    Object.defineProperty(line, 'pageBreakCalculated', { get: () => false, set: () => undefined });
    return node;
  }

  /** Space after a block (model/layout.ts, as in the DOCX). */
  private gap = (b: Pick<Block, 'keepWithNext'> = {}) => spaceAfter(b);

  blockNode(b: Block): Content {
    switch (b.kind) {
      case 'heading': {
        const size = headingSize(b, this.doc.meta) * SARABUN_SCALE;
        return {
          text: this.inlines(b.content),
          bold: true,
          fontSize: size,
          // An exact line (the memo heading's 35 pt) instead of the font's single pitch.
          ...(b.line ? { lineHeight: b.line / (size * SARABUN_LINE) } : {}),
          alignment: b.align,
          margin: [0, 0, 0, this.gap(b)],
        } as ContentText;
      }
      case 'paragraph':
        return {
          text: this.inlines(b.content),
          alignment: b.align,
          leadingIndent: b.firstLine * CM,
          margin: [b.indent * CM, 0, 0, this.gap(b)],
        } as ContentText;
      case 'list':
        return this.list(b, 0);
      case 'row': {
        const widths = b.stops.map((s, k) => (k + 1 < b.stops.length ? (b.stops[k + 1]! - s) * CM : '*'));
        return {
          columns: b.cells.map((c, k) => ({ width: widths[k], text: this.inlines(c) })),
          columnGap: 0,
          margin: [(b.stops[0] ?? 0) * CM, 0, 0, this.gap(b)],
          unbreakable: true,
        } as Node;
      }
      case 'table': {
        const total = b.widths.reduce((a, w) => a + w, 0);
        const pad = cellPadding(b.borders);
        const rule = b.borders ? 0.5 : 0;
        // The columns, their padding and their rules together fill the text width exactly: the
        // rules beside 20 columns had pushed the last one 3 pt past the margin.
        const inner = this.textWidth - rule * (b.widths.length + 1);
        return {
          table: {
            headerRows: b.headerRows,
            dontBreakRows: true,
            // pdfmake's row height is a least height: a taller cell still grows its row.
            ...(b.rowHeight || b.heights ? { heights: (i: number) => (rowLeastHeight(b, i) ?? 0) * CM || 'auto' } : {}),
            widths: b.widths.map((w) => (w / total) * inner - 2 * pad.x),
            body: b.rows.map((r) =>
              r.flatMap((c) => [
                { text: this.inlines(c.content), alignment: c.align, colSpan: c.colspan > 1 ? c.colspan : undefined },
                ...Array.from({ length: c.colspan - 1 }, () => ({})),
              ]),
            ),
          },
          // Rules as thin as the DOCX's (½ pt); padding as in the DOCX cells (layout.ts).
          layout: {
            hLineWidth: () => rule,
            vLineWidth: () => rule,
            paddingLeft: () => pad.x,
            paddingRight: () => pad.x,
            paddingTop: () => pad.y,
            paddingBottom: () => pad.y,
          },
          margin: [0, 0, 0, this.gap(b)],
        } as Node;
      }
      case 'signature': {
        const column = signatureColumn(b, this.textWidth / CM);
        return {
          // An empty line (a memo's line to sign on) keeps its height: ZWSP draws and copies as nothing.
          stack: signatureLines(b).map((l) => ({ text: l.length ? this.inlines(l) : ZWSP })),
          alignment: 'center',
          margin: [column.left * CM, signatureGap(this.doc.meta), column.right * CM, this.gap(b)],
          unbreakable: true,
        } as Node;
      }
      case 'image':
        return { image: imageDataUri(b.src), width: b.width * CM, alignment: b.align, margin: [0, 0, 0, this.gap(b)] } as Node;
      case 'box':
        return this.box(b);
      case 'foot':
        return this.foot(b);
      case 'photos':
        return this.photoGrid(b);
      case 'hashtags':
        return { stack: b.tags.map((t) => ({ text: this.inlines([{ kind: 'text', text: `#${t}`, nowrap: true }]) })), margin: [0, 0, 0, this.gap(b)] } as Node;
      case 'rule':
        // 2 pt tall with its line at the foot, as the DOCX's bordered 2 pt paragraph.
        return { canvas: [{ type: 'line', x1: 0, y1: 2, x2: this.textWidth, y2: 2, lineWidth: 0.5 }], margin: [0, 0, 0, this.gap(b)] } as Node;
      case 'keep':
        return { stack: b.blocks.map((c) => this.block(c, 'keep')), unbreakable: true } as Node;
      case 'pagebreak':
        return { text: '', pageBreak: 'after' } as Node;
    }
  }

  /** A marked empty box: a one-cell table with dashed rules, its label in the middle. */
  box(b: Extract<Block, { kind: 'box' }>): Content {
    const width = b.width * CM;
    const height = b.height * CM;
    const line = linePitch(this.doc.meta.fontSize);
    const x = b.align === 'center' ? (this.textWidth - width) / 2 : b.align === 'right' ? this.textWidth - width : 0;
    const dashed = () => ({ dash: { length: 3, space: 2 } });
    const padTop = Math.max(0, (height - line) / 2);
    const rule = 0.75;
    return {
      // pdfmake adds a cell's top padding and a rule to its row height: the row is the box's height
      // less them, so the rules are `height` apart.
      table: { widths: [width], heights: [height - padTop - rule], body: [[{ text: this.inlines(b.content), alignment: 'center' }]] },
      layout: {
        ...PLAIN_TABLE,
        hLineWidth: () => rule,
        vLineWidth: () => rule,
        hLineStyle: dashed,
        vLineStyle: dashed,
        paddingTop: () => padTop,
      },
      margin: [x, 0, 0, this.gap(b)],
    } as Node;
  }

  /** Blocks at the foot of the page where the text ends: a blank as tall as they are holds their
   * place in the flow (on a new page when the page has no room), and they are drawn at the foot,
   * at the left margin. Their height is their lines' (each block a line, more for line breaks). */
  foot(b: Extract<Block, { kind: 'foot' }>): Content {
    const lines = (list: Block[]): number =>
      list.reduce((n, c) => n + (c.kind === 'keep' || c.kind === 'foot' ? lines(c.blocks) : 'content' in c ? 1 + c.content.filter((i) => i.kind === 'br').length : 1), 0);
    const count = lines(b.blocks);
    const height = count * linePitch(this.doc.meta.fontSize);
    const m = this.doc.meta.margins;
    return {
      stack: [
        // Blank lines (ZWSP draws and copies as nothing), unbreakable: a new page if they do not fit.
        { text: Array.from({ length: count }, () => ZWSP).join('\n'), unbreakable: true },
        // Line after line, no gap between the blocks: the height counted above.
        { stack: b.blocks.map((c) => Object.assign(this.block(c, 'keep') as object, { margin: 0 })), absolutePosition: { x: m.left * CM, y: A4_HEIGHT - m.bottom * CM - height } },
      ],
    } as Node;
  }

  /** Photos in a grid of b.columns across the text width, each fitted into a 4:3 box with its
   * caption under it; a row never breaks across pages; the credit line after the grid. */
  photoGrid(b: Extract<Block, { kind: 'photos' }>): Content {
    const gap = 0.4 * CM;
    const columns = Math.max(1, Math.min(b.columns, b.items.length));
    const width = (this.textWidth - gap * (columns - 1)) / columns;
    const cell = (p: (typeof b.items)[number]) => ({
      stack: [
        { image: dataUri(photoOf(this.photos, p.src)), fit: [width, width * 0.75], alignment: 'center' },
        ...(p.caption.length ? [{ text: this.inlines(p.caption), fontSize: styleSize(STYLES_BY_ROLE.caption, this.size), alignment: 'center', margin: [0, 2, 0, 0] }] : []),
      ],
      margin: [0, 0, 0, gap],
    });
    const rows: Node[][] = [];
    for (let k = 0; k < b.items.length; k += columns) {
      const row = b.items.slice(k, k + columns).map(cell) as Node[];
      while (row.length < columns) row.push({ text: '' } as Node);
      rows.push(row);
    }
    return {
      stack: [
        {
          table: { widths: Array.from({ length: columns }, () => width), dontBreakRows: true, body: rows },
          layout: { ...PLAIN_TABLE, paddingRight: (i: number) => (i < columns - 1 ? gap : 0) },
        },
        ...(b.credit.length ? [{ text: this.inlines(b.credit), fontSize: styleSize(STYLES_BY_ROLE.credit, this.size) }] : []),
      ],
      margin: [0, 0, 0, this.gap(b)],
    } as Node;
  }

  // A list is a borderless two-column table (marker | content): pdfmake tables break across
  // pages cleanly, whereas columns that continue on a new page were laid out too wide there.
  list(b: List, depth: number): Content {
    return {
      table: {
        widths: [markerWidth(b, this.doc.meta) * CM, '*'],
        body: b.items.map((item, k) => [
          { text: this.inlines([{ kind: 'text', text: listMarker(b, b.start + k, this.doc.meta) }]) },
          {
            stack: [
              { text: this.inlines(item.content), alignment: STYLES_BY_ROLE.list.align },
              ...item.children.map((c) => (c.kind === 'list' ? this.list(c, depth + 1) : this.block(c, 'list'))),
            ],
          },
        ]),
      },
      layout: PLAIN_TABLE,
      margin: [b.indent * CM, 0, 0, depth === 0 ? this.gap(b) : 0],
    } as Node;
  }

  /** Model inlines → pdfmake inline runs: one per model run, line breaks marked (text.ts). */
  inlines(content: Inline[]): Node[] {
    return pdfPieces(content, this.doc.meta.dictionary).map(({ inline, text }) =>
      inline.kind === 'text'
        ? ({
            text,
            bold: inline.bold,
            italics: inline.italic,
            decoration: inline.underline ? 'underline' : undefined,
            ...(inline.size ? { fontSize: inline.size * SARABUN_SCALE } : {}),
          } as Node)
        : ({ text } as Node),
    );
  }
}

/** pdfmake's pageBreakBefore for a kept block inside a list: it moves to the next page when
 * nothing after it (but its own parts and the page number) is on its page. */
function keepNested(node: { headlineLevel?: unknown; id?: unknown }, queries: { getFollowingNodesOnPage(): { id?: unknown }[] }): boolean {
  if (node.headlineLevel !== 1) return false;
  const group = String(node.id).split('/')[0];
  return !queries
    .getFollowingNodesOnPage()
    .some((n) => n.id !== group && n.id !== PAGE_NUMBER && !String(n.id ?? '').startsWith(`${group}/`));
}

/** Gives every nested node of a kept block an id under the block's own, "keep-3/1/2". */
function tagParts(node: unknown, id: string): void {
  if (typeof node !== 'object' || node === null) return;
  const n = node as Record<string, unknown>;
  const table = n.table as { body?: unknown[][] } | undefined;
  const children = [
    ...(Array.isArray(n.stack) ? n.stack : []),
    ...(Array.isArray(n.columns) ? n.columns : []),
    ...(table?.body?.flat() ?? []),
  ];
  children.forEach((child, k) => {
    if (typeof child !== 'object' || child === null) return;
    const childId = `${id}/${k}`;
    (child as Record<string, unknown>).id ??= childId;
    tagParts(child, childId);
  });
}

/** The first node of a block that draws text itself. */
function firstLine(node: unknown): object {
  const n = node as Record<string, unknown>;
  const table = n.table as { body?: unknown[][] } | undefined;
  const first = (Array.isArray(n.stack) && n.stack[0]) || (Array.isArray(n.columns) && n.columns[0]) || table?.body?.[0]?.[0];
  return typeof first === 'object' && first !== null ? firstLine(first) : n;
}

