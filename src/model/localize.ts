// Document-wide text rules applied once, before any writer runs, so every format says the same.
import { toThaiDigits } from '../thai/index.js';
import type { Block, Document, Inline } from './document.js';

/** Arabic → Thai digits in all text when the document asks for it (hashtags are identifiers and stay). */
export function localizeDigits(doc: Document): Document {
  if (!doc.meta.thaiDigits) return doc;
  const runs = (list: Inline[]): Inline[] => list.map((i) => (i.kind === 'text' ? { ...i, text: toThaiDigits(i.text) } : i));
  const block = (b: Block): Block => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return { ...b, content: runs(b.content) };
      case 'list':
        return { ...b, items: b.items.map((it) => ({ content: runs(it.content), children: it.children.map(block) })) };
      case 'row':
        return { ...b, cells: b.cells.map(runs) };
      case 'table':
        return { ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, content: runs(c.content) }))) };
      case 'signature':
        return { ...b, caption: runs(b.caption), name: runs(b.name), position: b.position.map(runs) };
      case 'keep':
      case 'foot':
        return { ...b, blocks: b.blocks.map(block) };
      case 'box':
        return { ...b, content: runs(b.content) };
      default:
        return b;
    }
  };
  return { ...doc, meta: { ...doc.meta, title: toThaiDigits(doc.meta.title) }, blocks: doc.blocks.map(block) };
}
