// What must happen before the PDF libraries (pdfmake, pdfkit, fontkit, linebreak) load, so this
// is the PDF writer's first import: their Unicode tables inflate with zlib (runtime/fast-inflate.ts), and
// the modules they load but saraban never uses wait until something uses them (runtime/deferred.ts).
import { defer, type Deferred } from '../../runtime/deferred.js';
import { installFastInflate } from '../../runtime/fast-inflate.js';
import { fromFontkit, fromPdfkit, fromPdfmake } from './internals.js';

/** pdfkit's encryption (@noble's AES and SHA-2), fontkit's WOFF2 decoder (saraban's fonts are
 *  TrueType), pdfmake's SVG parser (saraban's images are PNG and JPEG). */
export const PDF_DEFERRED: readonly Deferred[] = [
  { from: fromPdfkit, request: '@noble/ciphers/aes', kind: 'object', esModule: true },
  { from: fromPdfkit, request: '@noble/hashes/sha2', kind: 'object', esModule: true },
  { from: fromPdfkit, request: '@noble/hashes/utils', kind: 'object', esModule: true },
  { from: fromFontkit, request: 'brotli/decompress.js', kind: 'function', esModule: false },
  { from: fromPdfmake, request: 'xmldoc', kind: 'object', esModule: false },
];

installFastInflate();
defer(PDF_DEFERRED);
