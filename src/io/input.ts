// The one gate every file saraban reads as input passes: data files, templates and partials,
// images, CSV/XLSX tables. A file is read only when its real path (links followed) lies inside
// the folders allowed for it, it is a regular file (never a folder, a device or a pipe — a FIFO
// is opened non-blocking and refused before any read, so it cannot hang the run), and its size
// is under the cap for its kind (src/io/limits.ts). Text is decoded here too, one way for every kind.
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { SarabanError, type SourceLocation } from '../messages/errors.js';
import { INPUT_KINDS, systemReason, type MessageKey, type MessageParams } from '../messages/catalogue.js';
import { limit, limitText, LIMITS } from './limits.js';
import { displayPath, isInside } from './paths.js';

export type InputKind = keyof typeof INPUT_KINDS;

export interface GateOptions {
  kind: InputKind;
  /** Folders the file's real path must lie in; none: the user named the file, anywhere is fine. */
  within?: readonly string[];
  /** The name shown in messages (default: the path as given). */
  shown?: string;
  /** Where to point a refusal (default: the file itself). */
  at?: SourceLocation;
}

export interface InputFile {
  /** The real path (links followed): what was read. */
  real: string;
  bytes: Buffer;
}

/** Reads a file through the gate; every refusal is a located SarabanError. */
export function readInput(file: string, options: GateOptions): InputFile {
  const { kind } = options;
  const refuse = (key: MessageKey, params: MessageParams = {}) => refusal(file, options, key, params);
  const real = confine(file, options);
  // Judged before opening (opening some devices has effects) and again on the open file (the
  // name may have been swapped in between). O_NOFOLLOW: the real path is not a link now either.
  const cap = limit(kind);
  const check = (st: { isFile(): boolean; size: number }) => {
    if (!st.isFile()) throw refuse('input-not-file');
    if (st.size > cap) throw tooBig(st.size);
  };
  const tooBig = (size: number) =>
    refuse('input-too-big', { size: sizeText(size), cap: limitText(kind), env: LIMITS[kind].env, unit: LIMITS[kind].unit });
  let fd: number;
  try {
    check(statSync(real));
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (e) {
    if (e instanceof SarabanError) throw e;
    throw refuse('input-unreadable', { code: errnoCode(e) });
  }
  try {
    const st = fstatSync(fd);
    check(st);
    // Read to the end, but never past the cap: the file may grow while it is read.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 0) + 1, 1 << 20));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > cap) throw tooBig(total);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return { real, bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    if (e instanceof SarabanError) throw e;
    throw refuse('input-unreadable', { code: errnoCode(e) });
  } finally {
    closeSync(fd);
  }
}

/** The file's real path (links followed), refused when it lies outside `options.within`. */
export function confine(file: string, options: GateOptions): string {
  const refuse = (key: MessageKey, params: MessageParams) => refusal(file, options, key, params);
  let real: string;
  try {
    real = realpathSync(path.resolve(file));
  } catch (e) {
    throw refuse('input-unreadable', { code: errnoCode(e) });
  }
  if (options.within) {
    const roots = options.within.filter((d) => existsSync(d)).map((d) => realpathSync(d));
    if (!roots.some((d) => isInside(d, real))) {
      throw refuse('input-outside', { allowed: options.within.map(displayPath).join(', ') || '-' });
    }
  }
  return real;
}

/** The gate's refusal of a file, named and located as the options say. A data file or table that
 *  cannot be read keeps its own message (the ones a clerk meets most). */
function refusal(file: string, options: GateOptions, key: MessageKey, params: MessageParams): SarabanError {
  return SarabanError.of(key !== 'input-unreadable' ? key : options.kind === 'data' ? 'file-unreadable' : options.kind === 'table' ? 'table-unreadable' : key, {
    kind: INPUT_KINDS[options.kind], name: options.shown ?? displayPath(file), ...params,
  }, options.at ?? { file });
}

const errnoCode = (e: unknown) => systemReason((e as NodeJS.ErrnoException).code);

export function sizeText(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : bytes >= 1000 ? `${(bytes / 1000).toFixed(1)} kB` : `${bytes} B`;
}

/**
 * The text of an input file: UTF-8 (with or without a BOM) when the bytes are UTF-8, UTF-16 when
 * they start with its byte-order mark, and Thai Windows-874 (TIS-620, what Excel and Notepad save
 * on Thai Windows) when they are not UTF-8 at all. A UTF-8 file with a stray byte is refused at
 * that byte's line and column rather than re-read as Windows-874: one bad byte must not turn
 * every Thai letter of the file into mojibake.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksUtf16(body)) throw SarabanError.of('input-utf16', {}, { file });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // not UTF-8 throughout: decided below
  }
  const { valid, bad } = utf8Evidence(body);
  if (valid > bad) {
    const k = firstBadByte(body);
    const lines = new TextDecoder('utf-8').decode(body.subarray(0, k)).split('\n');
    const line = lines.length;
    const column = [...lines.at(-1)!].length + 1;
    const byte = (body[k] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw SarabanError.of('input-bad-utf8', { byte }, { file, line, column });
  }
  return new TextDecoder('windows-874').decode(body);
}

/** UTF-16 without a byte-order mark: every other byte zero (ASCII text in UTF-16). */
function looksUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 200);
  if (n < 4) return false;
  let zeros = 0;
  for (let k = 0; k < n; k++) if (b[k] === 0) zeros++;
  return zeros >= n / 4;
}

/** Well-formed multi-byte UTF-8 sequences against bytes that break UTF-8. */
function utf8Evidence(b: Uint8Array): { valid: number; bad: number } {
  let valid = 0;
  let bad = 0;
  for (let k = 0; k < b.length; ) {
    const len = sequenceLength(b, k);
    if (len > 1) valid++;
    if (len === 0) {
      bad++;
      k++;
    } else k += len;
  }
  return { valid, bad };
}

function firstBadByte(b: Uint8Array): number {
  for (let k = 0; k < b.length; ) {
    const len = sequenceLength(b, k);
    if (len === 0) return k;
    k += len;
  }
  return b.length;
}

/** Length of the well-formed UTF-8 sequence at k, or 0 when the byte there breaks UTF-8. */
function sequenceLength(b: Uint8Array, k: number): number {
  const c = b[k]!;
  if (c < 0x80) return 1;
  const cont = (i: number, lo = 0x80, hi = 0xbf) => k + i < b.length && b[k + i]! >= lo && b[k + i]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** A character no document can print, as "U+0000", or undefined: C0 and C1 controls (tab and
 *  line breaks allowed), DEL, lone surrogates, and the non-characters U+FFFE and U+FFFF. */
export function controlCharacter(s: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  const m = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u.exec(s);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}
