// Plain text: the release or record as it is posted or pasted — one block a paragraph, blank
// lines between blocks (none after a block kept with the next), list items one a line.
import { inlineText, listMarker, signatureLines, type Block, type Document, type Inline, type List } from '../model/document.js';

export function writeTxt(doc: Document): string {
  return `${blocksText(doc.blocks, doc)}\n`;
}

function blocksText(blocks: Block[], doc: Document): string {
  const parts: string[] = [];
  blocks.forEach((block, k) => {
    const text = blockText(block, doc);
    if (text === undefined) return;
    if (parts.length) parts.push(blocks[k - 1]?.keepWithNext ? '\n' : '\n\n');
    parts.push(text);
  });
  return parts.join('');
}

const line = (content: Inline[]) => inlineText(content);

function blockText(block: Block, doc: Document): string | undefined {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return line(block.content);
    case 'list':
      return listLines(block, doc).join('\n');
    case 'row':
      return block.cells.map(line).join('  ').trimEnd();
    case 'table':
      return block.rows.map((r) => r.map((c) => line(c.content)).join('\t')).join('\n');
    case 'signature':
      return signatureLines(block).map(line).join('\n');
    case 'hashtags':
      return block.tags.map((t) => `#${t}`).join('\n');
    case 'keep':
    case 'foot':
      return blocksText(block.blocks, doc);
    case 'box':
      return `[${line(block.content)}]`;
    case 'photos':
      // Posted as photos beside the text; the credit line stays with it.
      return block.credit.length ? line(block.credit) : undefined;
    case 'rule':
    case 'image':
    case 'pagebreak':
      return undefined;
  }
}

function listLines(list: List, doc: Document): string[] {
  return list.items.flatMap((item, k) => [
    `${listMarker(list, list.start + k, doc.meta)} ${line(item.content)}`,
    ...item.children.flatMap((child) => {
      if (child.kind === 'list') return listLines(child, doc);
      const t = blockText(child, doc);
      return t === undefined ? [] : [t];
    }),
  ]);
}
