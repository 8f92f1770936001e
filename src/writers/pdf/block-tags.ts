// The structure node of each block of the Document model (tags.ts), hung on the pdfmake node the
// PDF writer built for it. It follows the shapes PdfBuilder (index.ts) gives blocks: a list is a
// two-column table (marker | stack of the item's text and children), a table cell spanning n
// columns is followed by n − 1 fillers, photos are a table of image-and-caption stacks.
import path from 'node:path';
import { inlineText, signatureLines, type Block, type List } from '../../model/document.js';
import { structNode, tagNode, type StructNode } from './tags.js';

type Obj = Record<string, unknown>;
const stackOf = (node: unknown): unknown[] => ((node as Obj).stack as unknown[] | undefined) ?? [];
const bodyOf = (node: unknown): unknown[][] => ((node as { table?: { body?: unknown[][] } }).table?.body ?? []);

/** The structure nodes of block `b`, drawn as pdfmake `node` (tagged in place). */
export function tagBlock(b: Block, node: unknown): StructNode[] {
  const leaf = (type: StructNode['type'], n: unknown = node, alt?: string) => [tagNode(n, structNode(type, [], alt))];
  switch (b.kind) {
    case 'heading':
      return leaf(`H${b.level}`);
    case 'paragraph':
    case 'row':
    case 'hashtags':
      return leaf('P');
    case 'list':
      return [tagList(b, node)];
    case 'table': {
      const body = bodyOf(node);
      const rows = b.rows.map((cells, r) => {
        let col = 0;
        const tds = cells.map((c) => {
          const cell = body[r]?.[col];
          col += c.colspan;
          return leaf(r < b.headerRows ? 'TH' : 'TD', cell)[0]!;
        });
        return structNode('TR', tds);
      });
      return [structNode('Table', rows)];
    }
    case 'signature':
      return [{ ...structNode('Div', signatureLines(b).flatMap((_, k) => leaf('P', stackOf(node)[k]))), placed: true }];
    case 'image':
      // The model has no alternative text for a lone image (an emblem): its file name stands in.
      return leaf('Figure', node, path.basename(b.src, path.extname(b.src)));
    case 'photos': {
      const cells = bodyOf(stackOf(node)[0]).flat();
      const figures = b.items.flatMap((p, k) => {
        const [image, caption] = stackOf(cells[k]);
        return [...leaf('Figure', image, inlineText(p.caption) || path.basename(p.src)), ...(caption ? leaf('Caption', caption) : [])];
      });
      const credit = stackOf(node)[1];
      return [structNode('Div', [...figures, ...(credit ? leaf('P', credit) : [])])];
    }
    case 'keep':
      return b.blocks.flatMap((c, k) => tagBlock(c, stackOf(node)[k]));
    case 'box':
      // The marked place of an image still to come (a draft's Garuda): its label is its text.
      return leaf('P', bodyOf(node)[0]?.[0]);
    case 'foot':
      // The blank that holds the place in the flow is not content; the blocks drawn at the foot are.
      return b.blocks.flatMap((c, k) => tagBlock(c, stackOf(stackOf(node)[1])[k]));
    case 'rule':
    case 'pagebreak':
      return [];
  }
}

/** L > LI > (Lbl, LBody > (P, nested blocks)). */
function tagList(b: List, node: unknown): StructNode {
  const rows = bodyOf(node);
  const items = b.items.map((item, k) => {
    const [marker, content] = rows[k] ?? [];
    const parts = stackOf(content);
    const children = item.children.flatMap((c, j) => tagBlock(c, parts[j + 1]));
    return structNode('LI', [tagNode(marker, structNode('Lbl')), structNode('LBody', [tagNode(parts[0], structNode('P')), ...children])]);
  });
  return structNode('L', items);
}
