// The output formats. Each writer takes the Document model and returns the file's bytes.
import type { Document } from '../model/document.js';
import { writeDocx } from './docx.js';
import { writeHtmlPage } from './html.js';
import { writePdf } from './pdf/index.js';
import { writeTxt } from './txt.js';

import type { Format } from './formats.js';

export { FORMATS, isFormat, parseFormats, type Format } from './formats.js';

export const writers: Record<Format, (doc: Document) => Promise<Uint8Array>> = {
  docx: writeDocx,
  pdf: writePdf,
  html: async (doc) => Buffer.from(await writeHtmlPage(doc), 'utf8'),
  txt: async (doc) => Buffer.from(writeTxt(doc), 'utf8'),
};
