// Copied text of a PDF as three readers give it: poppler (`pdftotext -raw`), MuPDF
// (`mutool draw -F txt`) and pdf.js (getTextContent, legacy build for Node). And the check the
// issue asks for: the copied text equals the source with white space kept, except line ends.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type Extractor = 'poppler' | 'mupdf' | 'pdfjs';

/** The text of each page, lines separated by "\n". */
export async function extractPages(file: string, how: Extractor): Promise<string[]> {
  if (how === 'poppler') return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  if (how === 'mupdf') {
    const out = execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split('\f').slice(0, -1);
  }
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    let text = '';
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    pages.push(text);
  }
  await doc.destroy();
  return pages;
}

/** Stands between two drawn strings (blocks, cells, markers): any white space or none may stand there. */
export const SEP = '\u0001';

/**
 * Compares copied text with the source, white space kept: every character must match, except
 * that a line end may stand for one source space (or for nothing, at a Thai word break), and SEP
 * for any white space. Returns undefined when equal, else a description of the first difference.
 */
export function copyDifference(expected: string, copied: string): string | undefined {
  const exp = expected.replaceAll('\u00A0', ' ');
  let e = 0;
  let x = 0;
  const at = () => `source …${exp.slice(Math.max(0, e - 20), e)}⟦${exp.slice(e, e + 20)}⟧ copied …${copied.slice(Math.max(0, x - 20), x)}⟦${copied.slice(x, x + 20)}⟧`;
  while (e < exp.length || x < copied.length) {
    if (exp[e] === SEP) {
      e++;
      while (x < copied.length && /\s/.test(copied[x]!)) x++;
      continue;
    }
    if (copied[x] === '\n') {
      x++;
      if (exp[e] === ' ') e++;
      continue;
    }
    if (e >= exp.length && /^\s*$/.test(copied.slice(x))) return undefined;
    if (exp[e] !== copied[x]) return at();
    e++;
    x++;
  }
  return undefined;
}

export interface StextChar {
  c: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** The characters of each text line MuPDF sees, with their boxes (`mutool draw -F stext`). */
export function stextLines(file: string, page: number): StextChar[][] {
  const xml = execFileSync('mutool', ['draw', '-q', '-F', 'stext', '-o', '-', file, String(page)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const lines: StextChar[][] = [];
  for (const line of xml.split('<line ').slice(1)) {
    const chars: StextChar[] = [];
    let size = 0;
    for (const part of line.split(/(?=<font |<char )/)) {
      const font = /^<font [^>]*size="([\d.]+)"/.exec(part);
      if (font) size = Number(font[1]);
      const m = /^<char quad="([^"]+)" x="[^"]+" y="([^"]+)"[^>]*c="([^"]*)"/.exec(part);
      if (!m) continue;
      const q = m[1]!.split(' ').map(Number);
      const c = m[3]!.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      chars.push({ c, x0: q[0]!, x1: q[2]!, y: Number(m[2]), size });
    }
    if (chars.length) lines.push(chars);
  }
  return lines;
}
