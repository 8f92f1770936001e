// The width of a line of text as the PDF draws it: Sarabun shaped by fontkit, at the run's
// TH SarabunPSK size × SARABUN_SCALE. For what is sized to its text before any writer runs (a
// table column sized to its longest line: the pipeline hands it to markup/parse.ts as its measure),
// so PDF, DOCX and HTML get one width.
// First, as in the PDF writer: fontkit loads with its unused modules deferred (preload.ts).
import './preload.js';
import type { Font } from 'fontkit';
import type { TextRun } from '../../model/document.js';
import { SARABUN_SCALE } from '../../thai/index.js';
import { sarabunFaces } from './fonts.js';
import { fromPdfkit } from './internals.js';

let fonts: { normal: Font; bold: Font } | undefined;

/** Sarabun regular and bold, opened once per process (pdfkit's own fontkit, as merge-fonts.ts). */
function sarabun(): { normal: Font; bold: Font } {
  if (fonts) return fonts;
  const { create } = fromPdfkit('fontkit') as typeof import('fontkit');
  const faces = sarabunFaces();
  return (fonts = { normal: create(faces.normal), bold: create(faces.bold) });
}

/** Width in points of one line of runs; `size` is the body size in TH SarabunPSK points. */
export function lineWidth(runs: readonly Pick<TextRun, 'text' | 'bold' | 'size'>[], size: number): number {
  const f = sarabun();
  return runs.reduce((sum, r) => {
    const font = r.bold ? f.bold : f.normal;
    return sum + (font.layout(r.text).advanceWidth / font.unitsPerEm) * (r.size ?? size) * SARABUN_SCALE;
  }, 0);
}
