// The output formats. Each writer takes the Document model and returns the file's bytes.
import type { Document } from '../model/document.js';
import { writeDocx } from './docx.js';
import { writeHtml } from './html.js';
import { writePdf } from './pdf/index.js';
import { writeTxt } from './txt.js';

export const FORMATS = ['docx', 'pdf', 'html', 'txt'] as const;
export type Format = (typeof FORMATS)[number];

export const writers: Record<Format, (doc: Document) => Promise<Uint8Array>> = {
  docx: writeDocx,
  pdf: writePdf,
  html: async (doc) => Buffer.from(writeHtml(doc), 'utf8'),
  txt: async (doc) => Buffer.from(writeTxt(doc), 'utf8'),
};

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}
