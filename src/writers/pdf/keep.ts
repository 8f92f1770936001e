// Keep-with-next in one layout pass. pdfmake's own mechanism (pageBreakBefore) lays out the whole
// document, asks about every node, adds ONE page break and lays the whole document out again:
// quadratic in length (1,000 agenda paragraphs under headings took 28 passes). Here the
// document's top-level blocks are laid out in order and a run of kept blocks (headings, labels…)
// is checked as soon as the block after it is placed: when that block does not start on the page
// where the run starts, the layout goes back to just before the run (a checkpoint of pdfmake's
// page state), the run moves to a new page, and only the run and its follower are laid out again.
//
// A run moves as a whole (a chapter heading, its topic heading and the first line of the text
// stay together), at most once: a run that does not fit on a fresh page with its follower's first
// line flows on from there.
import { fromPdfmake, ownerOf } from './internals.js';

/** The property that marks a top-level pdfmake node as kept with the node after it. */
export const KEEP_WITH_NEXT = '_keepWithNext';

interface Position {
  pageNumber: number;
}
interface PdfNode {
  stack?: PdfNode[];
  text?: unknown;
  listMarker?: unknown;
  positions: Position[];
  pageBreak?: string;
  resetXY?: () => void;
  [KEEP_WITH_NEXT]?: boolean;
}
interface Page {
  items: unknown[];
}
interface Context {
  page: number;
  x: number;
  y: number;
  availableWidth: number;
  availableHeight: number;
  pageMargins: { top: number };
  lastColumnWidth?: number;
  marginXTopParent?: unknown;
  pages: Page[];
  snapshots: unknown[];
  backgroundLength: number[];
}
interface Builder {
  writer: { context(): Context; transactionLevel: number };
  linearNodeList: PdfNode[];
  nestedLevel: number;
  docMeasure: { measureNode(node: PdfNode): PdfNode };
  processNode(node: PdfNode): void;
}

/** pdfmake's page state before a node: what laying it out changes. */
interface Checkpoint {
  page: number;
  x: number;
  y: number;
  availableWidth: number;
  availableHeight: number;
  pageMargins: Context['pageMargins'];
  lastColumnWidth?: number;
  marginXTopParent?: unknown;
  pages: number;
  items: number;
  /** Items of the page that are its background, not content. */
  background: number;
  linear: number;
  positions: number;
}

function checkpoint(b: Builder, container: PdfNode): Checkpoint {
  const c = b.writer.context();
  return {
    page: c.page,
    x: c.x,
    y: c.y,
    availableWidth: c.availableWidth,
    availableHeight: c.availableHeight,
    pageMargins: c.pageMargins,
    lastColumnWidth: c.lastColumnWidth,
    marginXTopParent: c.marginXTopParent,
    pages: c.pages.length,
    items: c.pages[c.page]!.items.length,
    background: c.backgroundLength[c.page] ?? 0,
    linear: b.linearNodeList.length,
    positions: container.positions.length,
  };
}

/** Undoes everything laid out since `cp`: pages and items added, nodes placed, the cursor. */
function restore(b: Builder, container: PdfNode, cp: Checkpoint): void {
  const c = b.writer.context();
  for (let k = cp.linear; k < b.linearNodeList.length; k++) b.linearNodeList[k]!.resetXY?.();
  b.linearNodeList.length = cp.linear;
  c.pages.length = cp.pages;
  c.pages[cp.page]!.items.length = cp.items;
  c.backgroundLength.length = cp.pages;
  Object.assign(c, {
    page: cp.page,
    x: cp.x,
    y: cp.y,
    availableWidth: cp.availableWidth,
    availableHeight: cp.availableHeight,
    pageMargins: cp.pageMargins,
    lastColumnWidth: cp.lastColumnWidth,
    marginXTopParent: cp.marginXTopParent,
  });
  container.positions.length = cp.positions;
}

/** The page a node starts on, or undefined when it draws nothing (as pdfmake's pageBreakBefore judges it). */
function firstPage(node: PdfNode): number | undefined {
  if (!node.positions.length || (node.text === '' && !node.listMarker)) return undefined;
  let min = Infinity;
  for (const p of node.positions) if (p.pageNumber < min) min = p.pageNumber;
  return min;
}

interface Run {
  /** Index of the run's first item. */
  start: number;
  /** The page state before it. */
  cp: Checkpoint;
  /** The page its last placed item starts on. */
  page?: number;
  /** Moved to a new page already: it is not moved again. */
  moved: boolean;
}

/**
 * Lays out a stack's items, keeping each run of kept items on the page where the item after
 * the run starts. Only for stacks laid out straight onto pages (not in a table, columns or an
 * unbreakable block, where pdfmake places the content itself).
 */
function layoutKeeping(b: Builder, container: PdfNode, items: PdfNode[]): void {
  let run: Run | undefined;
  const moved: [PdfNode, string | undefined][] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const kept = item[KEEP_WITH_NEXT] === true;
    const here = kept ? checkpoint(b, container) : undefined;
    if (kept && !run) run = { start: i, cp: here!, moved: false };
    b.processNode(item);
    for (const p of item.positions) container.positions.push(p); // not push(...): a long paragraph has many lines
    if (!run) continue;
    const page = firstPage(item);
    if (page === undefined) continue; // draws nothing: the run waits for the next item
    if (run.page === undefined || page === run.page) {
      run.page = page;
      if (!kept) run = undefined; // the follower starts on the run's page: settled
      continue;
    }
    // This item starts on a later page than the kept one before it. The run moves to a new page,
    // unless it was moved already or starts a page anyway (that would only add an empty page).
    const { cp } = run;
    const atTop = cp.y <= cp.pageMargins.top + 0.01 && cp.items === cp.background;
    if (run.moved || atTop) {
      run = kept ? { start: i, cp: here!, page, moved: false } : undefined;
      continue;
    }
    restore(b, container, cp);
    // Measured afresh: laying a node out consumes and adjusts what measuring built (inlines).
    for (let k = run.start; k <= i; k++) items[k] = b.docMeasure.measureNode(items[k]!);
    const head = items[run.start]!;
    moved.push([head, head.pageBreak]);
    head.pageBreak = 'before';
    run = { start: run.start, cp, moved: true };
    i = run.start - 1;
  }
  // The breaks belong to this layout only (pdfmake may lay the document out again).
  for (const [node, before] of moved) {
    if (before === undefined) delete node.pageBreak;
    else node.pageBreak = before;
  }
}

let installed = false;
/** Makes pdfmake keep marked top-level nodes with the next one, in a single layout pass. */
export function installKeepWithNext(): void {
  if (installed) return;
  const LayoutBuilder = (fromPdfmake('./LayoutBuilder.js') as { default: { prototype: object } }).default;
  const proto = ownerOf(Object.create(LayoutBuilder.prototype) as object, 'processVerticalContainer', 'Keep with next');
  const original = proto.processVerticalContainer as (this: Builder, node: PdfNode) => void;
  proto.processVerticalContainer = function processVerticalContainer(this: Builder, node: PdfNode): void {
    const items = node.stack ?? [];
    const flat = this.nestedLevel === 0 && this.writer.transactionLevel === 0 && this.writer.context().snapshots.length === 0;
    if (!flat || !items.some((n) => n[KEEP_WITH_NEXT])) return original.call(this, node);
    layoutKeeping(this, node, items);
  };
  installed = true;
}
