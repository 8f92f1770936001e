// Images for the writers: read through the input gate (src/input.ts), typed by their first bytes
// (not their names), sized from their headers and checked whole before any writer sees them.
// Only PNG and JPEG are accepted: every writer can embed both. A batch puts the same logo in
// every document, so an image is read (and base64-encoded) once while its file is unchanged, not
// once per writer per document.
//
// The check is done here, in plain code, rather than by decoding with an image library: the
// markup stage that meets an image is synchronous, and what must be refused is decided by the
// headers and the compressed stream. The pixel cap is applied to the header's size before
// anything is inflated (a 1.5 MB PNG of 20000×20000 pixels would need 1.6 GB decoded). A PNG's
// image data is inflated once, bounded by the size its header promises, so a truncated stream or
// a header that lies about the size is caught; a JPEG must have a frame of non-zero size, a scan
// and its end marker (the writers embed JPEG data as it is: PDF and DOCX viewers decode it).
import { statSync } from 'node:fs';
import { crc32, inflateSync } from 'node:zlib';
import { SarabanError } from '../errors.js';
import { confine, readInput, type GateOptions } from '../input.js';
import { limit, limitText, LIMITS } from '../limits.js';

export interface ImageInfo {
  type: 'png' | 'jpeg';
  width: number;
  height: number;
  data: Buffer;
}

/** What is wrong with an image, in words for image-damaged; thrown by the checks below. */
class Damaged extends Error {}

/** Bytes → the image's type and size; throws Damaged, or a SarabanError past the pixel cap. */
function decodeImage(data: Buffer, shown: string, gate: GateOptions): ImageInfo {
  const at = gate.at ?? { file: shown };
  const sized = (type: ImageInfo['type'], width: number, height: number): ImageInfo => {
    if (width === 0 || height === 0) throw new Damaged(`it is ${width}×${height} pixels`);
    if (width * height > limit('pixels')) {
      throw SarabanError.of('image-too-many-pixels', { src: shown, width, height, cap: limitText('pixels'), env: LIMITS.pixels.env }, at);
    }
    return { type, width, height, data };
  };
  if (data.length >= 8 && data.readUInt32BE(0) === 0x89504e47 && data.readUInt32BE(4) === 0x0d0a1a0a) return checkPng(data, sized);
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return checkJpeg(data, sized);
  throw new NotImage();
}

class NotImage extends Error {}

type Sized = (type: ImageInfo['type'], width: number, height: number) => ImageInfo;

/** PNG: chunks with good checksums from IHDR to IEND, and image data that inflates to exactly what IHDR promises. */
function checkPng(data: Buffer, sized: Sized): ImageInfo {
  let at = 8;
  let info: ImageInfo | undefined;
  let expected = 0;
  const idat: Buffer[] = [];
  for (;;) {
    if (at + 12 > data.length) throw new Damaged('the file ends early (no IEND chunk)');
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > data.length) throw new Damaged(`the file ends inside the ${type} chunk`);
    const body = data.subarray(at + 8, at + 8 + length);
    if (crc32(data.subarray(at + 4, at + 8 + length)) !== data.readUInt32BE(at + 8 + length)) throw new Damaged(`the ${type} chunk's checksum is wrong`);
    if (!info) {
      if (type !== 'IHDR' || length !== 13) throw new Damaged('it does not start with an IHDR chunk');
      info = sized('png', body.readUInt32BE(0), body.readUInt32BE(4));
      expected = pngDataSize(info.width, info.height, body[8]!, body[9]!, body[12]!);
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!idat.length) throw new Damaged('it holds no image data (IDAT)');
  let size: number;
  try {
    size = inflateSync(Buffer.concat(idat), { maxOutputLength: expected }).length;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Damaged(code === 'ERR_BUFFER_TOO_LARGE' ? 'it holds more pixels than its header says' : 'its image data does not decompress');
  }
  if (size !== expected) throw new Damaged('it holds fewer pixels than its header says (cut short?)');
  return info;
}

/** Bytes of filtered scanlines a PNG of this shape inflates to (Adam7 interlacing: seven passes). */
function pngDataSize(width: number, height: number, depth: number, colour: number, interlace: number): number {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colour];
  if (!channels || ![1, 2, 4, 8, 16].includes(depth)) throw new Damaged(`its header names an unknown pixel format (${depth}-bit, colour type ${colour})`);
  const rows = (w: number, h: number) => (w && h ? h * (1 + Math.ceil((w * channels * depth) / 8)) : 0);
  if (interlace === 0) return rows(width, height);
  const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;
  return passes.reduce((n, [x0, y0, dx, dy]) => n + rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)), 0);
}

/** JPEG: segments from SOI through a frame header of non-zero size and at least one scan to EOI. */
function checkJpeg(data: Buffer, sized: Sized): ImageInfo {
  let info: ImageInfo | undefined;
  let scans = 0;
  let at = 2;
  while (at < data.length) {
    if (data[at] !== 0xff) throw new Damaged(`a segment is broken at byte ${at}`);
    const marker = data[at + 1];
    if (marker === undefined) break;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      if (!info) throw new Damaged('it has no frame header');
      if (!scans) throw new Damaged('it holds no image data');
      return info;
    }
    if (marker >= 0xd0 && marker <= 0xd7) {
      at += 2;
      continue;
    }
    if (at + 4 > data.length) break;
    const length = data.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > data.length) break;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (length < 8) throw new Damaged('its frame header is too short');
      info ??= sized('jpeg', data.readUInt16BE(at + 7), data.readUInt16BE(at + 5));
    }
    at += 2 + length;
    if (marker === 0xda) {
      if (!info) throw new Damaged('a scan comes before the frame header');
      scans++;
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart.
      while (at + 1 < data.length && !(data[at] === 0xff && data[at + 1] !== 0 && !(data[at + 1]! >= 0xd0 && data[at + 1]! <= 0xd7))) at++;
      if (at + 1 >= data.length) break;
    }
  }
  throw new Damaged('the file ends early (no end-of-image marker)');
}

interface Cached {
  mtimeMs: number;
  size: number;
  info: ImageInfo;
  uri?: string;
}
const cache = new Map<string, Cached>();
/** A few logos and emblems at a time; the oldest is dropped past this. */
const CACHE_SIZE = 32;

function cached(file: string, gate: Omit<GateOptions, 'kind'>): Cached {
  let stamp: { mtimeMs: number; size: number; isFile(): boolean } | undefined;
  try {
    stamp = statSync(file);
  } catch {
    // the gate below says why
  }
  const options: GateOptions = { ...gate, kind: 'image' };
  const hit = cache.get(file);
  if (stamp?.isFile() && hit && hit.mtimeMs === stamp.mtimeMs && hit.size === stamp.size) {
    confine(file, options); // the folders allowed may differ from those of the first read
    return hit;
  }
  const { bytes } = readInput(file, options);
  const shown = gate.shown ?? file;
  let info: ImageInfo;
  try {
    info = decodeImage(bytes, shown, options);
  } catch (e) {
    const at = gate.at ?? { file };
    if (e instanceof Damaged) throw SarabanError.of('image-damaged', { src: shown, detail: e.message }, at);
    if (e instanceof NotImage) throw SarabanError.of('image-not-image', { src: shown }, at);
    throw e;
  }
  const entry: Cached = { mtimeMs: stamp?.mtimeMs ?? 0, size: bytes.length, info };
  cache.delete(file);
  cache.set(file, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return entry;
}

/**
 * The image at `file`, read through the gate: `gate.within` confines it, `gate.shown` and
 * `gate.at` say how refusals name and locate it. Throws a located SarabanError for a file that is
 * not a whole PNG or JPEG of at most the pixel cap.
 */
export function readImage(file: string, gate: Omit<GateOptions, 'kind'> = {}): ImageInfo {
  return cached(file, gate).info;
}

export function imageDataUri(file: string): string {
  const entry = cached(file, {});
  return (entry.uri ??= `data:image/${entry.info.type};base64,${entry.info.data.toString('base64')}`);
}
