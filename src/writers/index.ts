// The output formats. Each writer takes the Document model and returns the file's bytes. A writer's
// module (and its library: pdfmake, docx) is imported on its first use, so a DOCX-only render never
// loads the PDF writer and a command that writes nothing loads none.
import type { Document } from '../model/document.js';
import type { Format } from './formats.js';

export { FORMATS, isFormat, parseFormats, type Format } from './formats.js';

export const writers: Record<Format, (doc: Document) => Promise<Uint8Array>> = {
  docx: async (doc) => (await import('./docx/index.js')).writeDocx(doc),
  pdf: async (doc) => (await import('./pdf/index.js')).writePdf(doc),
  html: async (doc) => Buffer.from(await (await import('./html.js')).writeHtmlPage(doc), 'utf8'),
  txt: async (doc) => Buffer.from((await import('./txt.js')).writeTxt(doc), 'utf8'),
};
