// The page layout both paginating writers (PDF and DOCX) follow, decided once so that they
// break pages at the same places for the same font metrics: line pitch, the space after blocks,
// table cell padding, the signature's blank line, list marker width. All in TH SarabunPSK points
// (PDF scales the Sarabun it draws with; DOCX names TH SarabunPSK).
import { TH_SARABUN_LINE_PITCH } from '../thai/index.js';
import type { Block, DocumentMeta, List } from './document.js';
import { listMarker } from './document.js';

/** Space after a block, in points: Word's own "space after" step. */
export const BLOCK_GAP = 6;

/** Space after a block: none when it keeps with the next one (a label and its list, an agenda
 * heading and its text), the gap otherwise. */
export function spaceAfter(b: Pick<Block, 'keepWithNext'>): number {
  return b.keepWithNext ? 0 : BLOCK_GAP;
}

/** Single line pitch in points for a font size: TH SarabunPSK's own (21 pt at 16 pt). */
export function linePitch(size: number): number {
  return size * TH_SARABUN_LINE_PITCH;
}

/** The blank line above a signature block: one body line. */
export function signatureGap(meta: Pick<DocumentMeta, 'fontSize'>): number {
  return linePitch(meta.fontSize);
}

/** Cell padding in points: ruled tables get a little air; borderless ones (attendee lists) are
 * lines of text, one line pitch apart. */
export function cellPadding(borders: boolean): { x: number; y: number } {
  return borders ? { x: 4, y: 2 } : { x: 0, y: 0 };
}

/** Width in cm of a list's marker column: 0.9 cm, more for long markers such as "(10)"
 * (TH SarabunPSK digits and brackets are about 0.2 cm wide at 16 pt, plus a 0.3 cm gap). */
export function markerWidth(list: Pick<List, 'marker' | 'start' | 'items'>, meta: Pick<DocumentMeta, 'thaiDigits' | 'fontSize'>): number {
  const longest = Math.max(0, ...list.items.map((_, k) => [...listMarker(list, list.start + k, meta)].length));
  return Math.max(0.9, 0.3 + longest * 0.2 * (meta.fontSize / 16));
}
