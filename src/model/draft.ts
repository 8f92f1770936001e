// A draft (ร่าง) says so where a reader looks first: "ร่าง" at the top right of its first page,
// and in its title. Done once on the model, so every writer (DOCX, PDF, HTML, text) shows it and
// no template has to: the markup only says <document draft="true"> (or the data `status: draft`).
import type { Document, Paragraph } from './document.js';

export const DRAFT_MARK = 'ร่าง';

export function markDraft(doc: Document): Document {
  if (!doc.meta.draft) return doc;
  const mark: Paragraph = { kind: 'paragraph', align: 'right', firstLine: 0, indent: 0, content: [{ kind: 'text', text: DRAFT_MARK, bold: true }] };
  const title = doc.meta.title ? `${DRAFT_MARK} ${doc.meta.title}` : DRAFT_MARK;
  return { ...doc, meta: { ...doc.meta, title }, blocks: [mark, ...doc.blocks] };
}
