// The one place that reaches into pdfmake's dependencies (pdfkit, linebreak, fontkit) as
// pdfmake itself loads them: the copies its own CommonJS code uses, not whatever version the
// project root would resolve. Patches applied to these are the ones pdfmake runs.
import { createRequire } from 'node:module';

/* eslint-disable @typescript-eslint/no-explicit-any -- prototypes of untyped internals */

/** require() resolving as pdfmake does (its pdfkit, its linebreak). */
export const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
/** require() resolving as pdfmake's pdfkit does (its fontkit). */
export const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));
/** require() resolving as that fontkit does (its unicode-trie, its brotli). */
export const fromFontkit = createRequire(fromPdfkit.resolve('fontkit'));

/**
 * The prototype on `obj`'s chain that defines `key` — where a patch must go. `who` names the
 * patch in the error, which means the library changed under it.
 */
export function ownerOf(obj: object, key: string, who: string): any {
  for (let p = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.prototype.hasOwnProperty.call(p, key)) return p;
  }
  throw new Error(`${who} needs ${key} on the prototype chain, and it is not there: did pdfkit or fontkit change?`);
}
