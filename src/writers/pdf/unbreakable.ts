// A block pdfmake must not break (a tab-stop row, a signature, a <keep>) is laid out on a page
// of its own and then placed whole. That page has no height (NaN), so a block taller than a page
// (a row holding a 5,000-letter word, wrapped) did not fit anywhere and its text vanished from
// the PDF; and pdfmake would keep only the first page of one that broke. Here a block taller than a page is placed in
// page-high slices cut between lines, the first in what is left of the current page, so nothing
// is lost.
import { fromPdfmake, ownerOf } from './internals.js';

interface Item {
  type: string;
  item: { y?: number; getHeight?(): number };
}
interface Fragment {
  items: Item[];
  pageSize: { height: number };
  height: number;
  xOffset?: number;
  yOffset?: number;
}
interface BlockContext {
  pages: Fragment[];
  y: number;
}
interface PageWriter {
  transactionLevel: number;
  repeatables: { height: number }[];
  context(): BlockContext;
  contextStack: { getCurrentPage(): { pageSize: { height: number } }; pageMargins: { top: number; bottom: number } }[];
  popContext(): void;
  addFragment(fragment: Fragment): unknown;
}

let installed = false;
/** Makes pdfmake place every page of an unbreakable block taller than a page. */
export function installTallUnbreakable(): void {
  if (installed) return;
  const PageElementWriter = (fromPdfmake('./PageElementWriter.js') as { default: { prototype: object } }).default;
  const proto = ownerOf(Object.create(PageElementWriter.prototype) as object, 'commitUnbreakableBlock', 'Tall unbreakable blocks');
  const commit = proto.commitUnbreakableBlock as (this: PageWriter, x?: number, y?: number) => void;
  proto.commitUnbreakableBlock = function commitUnbreakableBlock(this: PageWriter, forcedX?: number, forcedY?: number): void {
    const block = this.context();
    // The text area of the page the block goes on (the block's own page has no height: pdfmake
    // asks its page object for a height it does not have, so the block never breaks inside).
    const parent = this.contextStack.at(-1)!;
    const full = parent.getCurrentPage().pageSize.height - parent.pageMargins.top - parent.pageMargins.bottom - this.repeatables.reduce((h, r) => h + r.height, 0);
    const tall = block.pages.length > 1 || block.y > full;
    // Headers and footers (placed at a forced position) and blocks that fit a page as pdfmake does.
    if (this.transactionLevel !== 1 || forcedX !== undefined || forcedY !== undefined || !tall) {
      commit.call(this, forcedX, forcedY);
      return;
    }
    this.transactionLevel--;
    this.popContext();
    block.pages.forEach((fragment, k) => {
      const last = k === block.pages.length - 1;
      const room = k === 0 ? (this.context() as unknown as { availableHeight: number }).availableHeight : full;
      for (const slice of slices(fragment, last ? block.y : full, full, room)) this.addFragment(slice);
    });
  };
  installed = true;
}

/** A fragment `height` tall cut into fragments at most `page` tall (the first at most `room`, what
 *  is left of the current page, when its first line fits there), each cut between two lines
 *  (columns lay their lines out side by side: a cut is where no line of any column crosses it). */
function slices(fragment: Fragment, height: number, page: number, room = page): Fragment[] {
  if (height <= page) return [{ ...fragment, height }];
  const lines = fragment.items
    .filter((i) => i.type === 'line' && i.item.y !== undefined)
    .map((i) => ({ top: i.item.y!, bottom: i.item.y! + (i.item.getHeight?.() ?? 0) }))
    .sort((a, b) => a.top - b.top);
  const first = lines.length && lines[0]!.bottom <= room ? room : page;
  const cuts = [0];
  let reach = 0;
  for (const l of lines) {
    // A new slice starts at a line that would cross the foot, if every line above ends by then.
    const limit = cuts.length === 1 ? first : page;
    if (l.bottom > cuts.at(-1)! + limit && l.top >= reach - 0.01 && l.top > cuts.at(-1)!) cuts.push(l.top);
    reach = Math.max(reach, l.bottom);
  }
  const out: Fragment[] = cuts.map((c, k) => ({ ...fragment, items: [], height: (cuts[k + 1] ?? height) - c }));
  let at = 0;
  for (const it of fragment.items) {
    const y = it.item.y;
    if (y !== undefined) while (at + 1 < cuts.length && y >= cuts[at + 1]!) at++;
    const slice = y === undefined ? at : cuts.findLastIndex((c) => c <= y);
    const item = y === undefined ? it : { ...it, item: Object.assign(Object.create(Object.getPrototypeOf(it.item) as object) as object, it.item, { y: y - cuts[slice]! }) };
    out[slice]!.items.push(item as Item);
  }
  return out;
}
