// File names for batch documents: a Handlebars pattern (--name "{{batch.seq}} {{item.agency}}")
// rendered per record, then made safe for every file system a clerk may copy the folder to
// (Windows, macOS, Linux, FAT USB sticks) and unique within the batch.
import { compiler, NAME_OPTIONS, precompiledName, runtime } from '../template/handlebars.js';
import { SarabanError } from '../messages/errors.js';
import { helpers } from '../template/helpers.js';

/** Characters no Windows file name may hold, plus control characters (C0, DEL, C1 such as U+0085). */
const FORBIDDEN = /[<>:"/\\|?*\p{Cc}]/gu;
/** Invisible format characters, dropped: bidi overrides (U+202E makes "…gpj.exe.pdf" display as
 *  "…fdp.exe.jpg"), bidi isolates and marks, zero-width characters, the BOM. */
const INVISIBLE = /[\p{Cf}\u2028\u2029]/gu;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu;
/** Bytes of UTF-8 a base name may take: 255 is the usual limit, and the extension and the
 *  temporary name used while writing (".name.pid-thread-n.tmp") need room too. Thai takes 3 bytes a letter. */
const MAX_BYTES = 200;

export type NamePattern = (context: unknown) => string;

export function compileNamePattern(pattern: string): NamePattern {
  // The default pattern comes compiled from the build, as the built-in templates do (handlebars.ts).
  const spec = precompiledName(pattern);
  const env = (spec ? runtime() : compiler()).create();
  env.registerHelper(helpers);
  let template: HandlebarsTemplateDelegate;
  try {
    if (spec) template = env.template(spec);
    else {
      env.precompile(pattern); // a syntax error is reported now, not at the first record
      template = env.compile(pattern, NAME_OPTIONS);
    }
  } catch (e) {
    throw new SarabanError(`--name "${pattern}": ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  return (context) => safeFileName(template(context));
}

/** NIKHAHIT + SARA AA (ํ + า, how some keyboards and PDFs spell sara am), maybe with a tone mark
 *  typed between them; NFC leaves it apart from SARA AM (ำ, U+0E33), which looks the same. */
const SPLIT_SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/gu;

/** One spelling for text that looks the same: NFC, and Thai ํา as ำ (the tone mark before it, as typed on a Thai keyboard). */
export function sameLooking(text: string): string {
  return text.normalize('NFC').replace(SPLIT_SARA_AM, '$1\u0E33');
}

/** A name every common file system accepts; never empty, never hidden, never a device. */
export function safeFileName(raw: string): string {
  // Invisible characters go first: a zero-width space between ํ and า would keep them apart.
  let name = sameLooking(raw.replace(INVISIBLE, ''))
    .replace(FORBIDDEN, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+/u, '') // a leading dot hides the file (and is how temporary files start)
    .replace(/[.\s]+$/u, ''); // Windows drops trailing dots and spaces
  name = truncateBytes(name, MAX_BYTES).replace(/[.\s]+$/u, '');
  if (!name) name = 'document';
  if (RESERVED.test(name)) name = `_${name}`;
  return name;
}

/** Cuts to at most `max` UTF-8 bytes at a grapheme boundary, so no Thai vowel or tone mark is left dangling. */
function truncateBytes(s: string, max: number): string {
  if (Buffer.byteLength(s) <= max) return s;
  let out = '';
  for (const { segment } of new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(s)) {
    if (Buffer.byteLength(out + segment) > max) break;
    out += segment;
  }
  return out;
}

/** Hands out unique names: a repeated name gets "-2", "-3" … (compared as case-insensitive file
 *  systems do, and after sameLooking: two names a clerk cannot tell apart are the same name). */
export class UniqueNames {
  private readonly used = new Set<string>();

  take(name: string): string {
    const key = (n: string) => sameLooking(n).toLowerCase();
    let candidate = name;
    for (let n = 2; this.used.has(key(candidate)); n++) candidate = `${name}-${n}`;
    this.used.add(key(candidate));
    return candidate;
  }
}
