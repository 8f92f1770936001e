// Tagged PDF: the structure tree (headings, paragraphs, lists, tables, figures) a screen reader
// follows, made from the Document model. The builder hangs a StructNode on the pdfmake runs and
// images of each block (TAG); pdfmake copies a run's own properties onto every piece it cuts, so
// each drawn line knows its node. While pdfmake draws, each line is wrapped in a marked-content
// sequence of its node (an MCID) — or an Artifact (page numbers, rules) — and after drawing, the
// tree is handed to pdfkit's structure elements in document order. Untagged documents never reach
// the patched code: the patch passes through unless the pdfkit document carries a tree.
import { fromPdfmake, ownerOf } from './internals.js';

/** The property of a pdfmake run or image that holds its structure node. */
export const TAG = '_sarabanTag';

/** Structure types used (PDF 1.7, 14.8.4). */
export type StructType = 'Document' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Caption' | 'Div';

/** A node of the structure tree, before pdfkit has it. */
export interface StructNode {
  type: StructType;
  /** A figure's alternative text. */
  alt?: string;
  children: StructNode[];
  /** The marked content drawn for this node, in drawing order (pdfkit's PDFStructureContent). */
  drawn: unknown[];
  /** Write where it was drawn (a Layout BBox): the signature blocks, where `saraban sign
   *  --visible` puts a signature's appearance. */
  placed?: boolean;
  /** Where its lines were drawn, [left, top, right, bottom] from the page's top left. */
  box?: [number, number, number, number];
}

/** Content that is no part of the text: running page numbers, rules, table borders. */
export const PAGINATION = 'pagination';
export type Tag = StructNode | typeof PAGINATION;

export function structNode(type: StructType, children: StructNode[] = [], alt?: string): StructNode {
  return { type, children, drawn: [], ...(alt ? { alt } : {}) };
}

type Obj = Record<string, unknown>;

/** Puts `tag` on every run and image of a pdfmake node that has none yet (nested blocks were
 *  tagged first, with their own nodes), and returns the tag. A text given as a string becomes one
 *  run, to carry it. */
export function tagNode<T extends Tag>(node: unknown, tag: T): T {
  const visit = (n: unknown): void => {
    if (typeof n !== 'object' || n === null) return;
    const o = n as Obj;
    if (Array.isArray(n)) return n.forEach(visit);
    if (o.image !== undefined) {
      o[TAG] ??= tag;
      return;
    }
    if (typeof o.text === 'string') {
      if (o[TAG] === undefined) o.text = [{ text: o.text, [TAG]: tag }];
      return;
    }
    if (Array.isArray(o.text)) {
      for (const run of o.text as unknown[]) if (typeof run === 'object' && run !== null) (run as Obj)[TAG] ??= tag;
      return;
    }
    for (const key of ['stack', 'columns']) if (Array.isArray(o[key])) visit(o[key]);
    const table = o.table as { body?: unknown[][] } | undefined;
    if (table?.body) visit(table.body);
  };
  visit(node);
  return tag;
}

interface PdfKitDoc {
  options: { tagged?: boolean };
  page: { height: number };
  getMarkInfoDictionary(): { data: Obj };
  markContent(tag: string, options?: object): unknown;
  markStructureContent(tag: string, options?: object): unknown;
  endMarkedContent(): unknown;
  struct(type: string, options?: object): { add(child: unknown): unknown; end(): void };
  addStructure(el: unknown): unknown;
}
/** Widens the node's box to a drawn line's. */
function place(tag: StructNode, line: Obj, x: number, y: number): void {
  const inlines = (line.inlines as { x: number; width: number }[] | undefined) ?? [];
  if (!inlines.length) return;
  const left = x + Math.min(...inlines.map((i) => i.x));
  const right = x + Math.max(...inlines.map((i) => i.x + i.width));
  const bottom = y + (line.getHeight as () => number).call(line);
  const b = tag.box;
  tag.box = b ? [Math.min(b[0], left), Math.min(b[1], y), Math.max(b[2], right), Math.max(b[3], bottom)] : [left, y, right, bottom];
}

/** Draws `draw` as the content of `tag` on the current page. */
function marked(pdfDoc: PdfKitDoc, tag: Tag | undefined, draw: () => void): void {
  if (tag === undefined || tag === PAGINATION) {
    pdfDoc.markContent('Artifact', { type: tag === PAGINATION ? 'Pagination' : 'Layout' });
    draw();
  } else {
    tag.drawn.push(pdfDoc.markStructureContent(tag.type));
    draw();
  }
  pdfDoc.endMarkedContent();
}

let installed = false;
/** Patches pdfmake's Renderer once: lines, images and vectors of a tagged document are marked. */
export function installTagging(): void {
  if (installed) return;
  const Renderer = (fromPdfmake('./Renderer.js') as { default: { prototype: object } }).default;
  type Method = (this: { pdfDocument: PdfKitDoc }, item: Obj, ...rest: unknown[]) => void;
  const patch = (name: string, tagOf: (item: Obj, ...rest: unknown[]) => Tag | undefined) => {
    const proto = ownerOf(Object.create(Renderer.prototype) as object, name, 'tagged PDF') as Record<string, Method>;
    const original = proto[name]!;
    proto[name] = function (this: { pdfDocument: PdfKitDoc }, item: Obj, ...rest: unknown[]) {
      if (!this.pdfDocument.options.tagged) return original.call(this, item, ...rest);
      marked(this.pdfDocument, tagOf(item, ...rest), () => original.call(this, item, ...rest));
    };
  };
  patch('renderLine', (line, x, y) => {
    const tag = (line.inlines as Obj[] | undefined)?.[0]?.[TAG] as Tag | undefined;
    if (tag && tag !== PAGINATION) place(tag, line, x as number, y as number);
    return tag;
  });
  patch('renderImage', (image) => image[TAG] as Tag | undefined);
  // Rules and table borders: drawing, not text.
  patch('renderVector', () => undefined);
  installed = true;
}

/** The name of the user property (PDF 1.7, 14.8.5.7) that holds where a signature block is:
 *  [x1, y1, x2, y2] in the page's own coordinates (a Layout BBox is for figures and tables only). */
export const SIGNATURE_BOX = 'saraban:signature-box';

function placedAt(doc: PdfKitDoc, el: object, [left, top, right, bottom]: [number, number, number, number]): void {
  const h = doc.page.height;
  const round = (v: number) => Math.round(v * 100) / 100;
  (el as { dictionary: { data: Obj } }).dictionary.data.A = {
    O: 'UserProperties',
    P: [{ N: new String(SIGNATURE_BOX), V: [left, h - bottom, right, h - top].map(round), H: true }],
  };
  doc.getMarkInfoDictionary().data.UserProperties = true;
}

/** After drawing: the tree handed to pdfkit in document order; nodes with nothing drawn left out. */
export function endStructure(pdfDoc: object, root: StructNode): void {
  const doc = pdfDoc as PdfKitDoc;
  const hasContent = (n: StructNode): boolean => n.drawn.length > 0 || n.children.some(hasContent);
  const boxOf = (n: StructNode): StructNode['box'] =>
    [n.box, ...n.children.map(boxOf)].reduce<StructNode['box']>((a, b) => (!a ? b : !b ? a : [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]), undefined);
  const build = (n: StructNode) => {
    const el = doc.struct(n.type, n.alt ? { alt: n.alt } : {});
    const box = n.placed ? boxOf(n) : undefined;
    if (box) placedAt(doc, el, box);
    for (const c of n.children) if (hasContent(c)) el.add(build(c));
    for (const d of n.drawn) el.add(d);
    return el;
  };
  const el = build(root);
  doc.addStructure(el);
  el.end();
}
