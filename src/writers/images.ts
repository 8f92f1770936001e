// Images for the writers: read through the input gate (src/io/input.ts), typed by their first bytes
// (not their names), sized from their headers and checked whole before any writer sees them.
// Only PNG and JPEG are accepted: every writer can embed both. A batch puts the same logo in
// every document, so an image is read (and base64-encoded) once while its file is unchanged, not
// once per writer per document.
//
// Two checks. readImage (synchronous, met by the markup stage) walks the file's structure: the
// PNG chunks with their checksums to IEND, the JPEG segments to the end-of-image marker, a size
// that is not 0 and at most the pixel cap — read from the header, before anything is decoded (a
// 1.2 MB PNG of 20000×20000 pixels would need 1.2 GB decoded). verifyImages (asynchronous, run
// before any file is written) decodes every pixel with sharp (libvips: it streams, so memory stays
// small whatever the size, and it is refused past the same pixel cap), which catches what the
// structure cannot show: a cut-short scan, a PNG whose data does not match its header.
import { statSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { SarabanError } from '../messages/errors.js';
import { confine, readInput, type GateOptions } from '../io/input.js';
import { limit, limitText, LIMITS } from '../io/limits.js';
import type { Block, Document } from '../model/document.js';

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
  const sized = (type: ImageInfo['type'], width: number, height: number, deep = false): ImageInfo => {
    if (width === 0 || height === 0) throw new Damaged(`it is ${width}×${height} pixels`);
    // The PDF writer expands a PNG's pixels in memory: 16 bits a sample take twice the room.
    const cap = deep ? limit('pixels') / 2 : limit('pixels');
    if (width * height > cap) {
      const capText = deep ? `${cap / 1_000_000} megapixels (16-bit PNG: half of ${limitText('pixels')})` : limitText('pixels');
      throw SarabanError.of('image-too-many-pixels', { src: shown, width, height, cap: capText, env: LIMITS.pixels.env }, at);
    }
    return { type, width, height, data };
  };
  if (data.length >= 8 && data.readUInt32BE(0) === 0x89504e47 && data.readUInt32BE(4) === 0x0d0a1a0a) return checkPng(data, sized);
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return checkJpeg(data, sized);
  throw new NotImage();
}

class NotImage extends Error {}

type Sized = (type: ImageInfo['type'], width: number, height: number, deep?: boolean) => ImageInfo;

/** PNG: chunks with good checksums from IHDR, through image data, to IEND. */
function checkPng(data: Buffer, sized: Sized): ImageInfo {
  let at = 8;
  let info: ImageInfo | undefined;
  let idat = false;
  for (;;) {
    if (at + 12 > data.length) throw new Damaged('the file ends early (no IEND chunk)');
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > data.length) throw new Damaged(`the file ends inside the ${type} chunk`);
    const body = data.subarray(at + 8, at + 8 + length);
    if (crc32(data.subarray(at + 4, at + 8 + length)) !== data.readUInt32BE(at + 8 + length)) throw new Damaged(`the ${type} chunk's checksum is wrong`);
    if (!info) {
      if (type !== 'IHDR' || length !== 13) throw new Damaged('it does not start with an IHDR chunk');
      info = sized('png', body.readUInt32BE(0), body.readUInt32BE(4), body[8] === 16);
    } else if (type === 'IDAT') idat = true;
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!idat) throw new Damaged('it holds no image data (IDAT)');
  return info;
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
  /** The whole-image decode (verifyImages), done once. */
  decoded?: Promise<void>;
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

/** The images and photos of a document, at any depth: each file with where it was written. */
function imagesOf(blocks: readonly Block[]): { src: string; written?: { src: string; line: number } }[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'image') return [b];
    if (b.kind === 'photos') return b.items;
    if (b.kind === 'keep' || b.kind === 'foot') return imagesOf(b.blocks);
    if (b.kind === 'list') return b.items.flatMap((item) => imagesOf(item.children));
    return [];
  });
}

/**
 * Decodes every image of the document whole (once per file while it is unchanged); a located
 * image-damaged error for one that does not decode. `source` locates it: the template's file.
 */
export async function verifyImages(doc: Document, source: string): Promise<void> {
  const images = imagesOf(doc.blocks);
  if (!images.length) return;
  // Loaded only when a document has an image: libvips is large.
  const { default: sharp } = await import('sharp');
  sharp.cache(false);
  for (const image of images) {
    const entry = cached(image.src, {});
    entry.decoded ??= sharp(entry.info.data, { limitInputPixels: limit('pixels'), failOn: 'warning', sequentialRead: true })
      .stats()
      .then(() => undefined);
    try {
      await entry.decoded;
    } catch (e) {
      const detail = `its pixels do not decode (${(e instanceof Error ? e.message : String(e)).split('\n')[0]!.replace(/^Input buffer has corrupt header: /, '')})`;
      throw SarabanError.of('image-damaged', { src: image.written?.src ?? image.src, detail }, { file: source, ...(image.written ? { line: image.written.line } : {}) });
    }
  }
}

// ---- Photos --------------------------------------------------------------------------------
// A news release's photos come from cameras and phones: 4000×3000 JPEGs of several MB, often
// stored sideways with an EXIF orientation. Each is read through readImage (the same checked read
// as a logo), turned upright, scaled to fit PHOTO_MAX_PX and re-encoded as JPEG by sharp
// (libvips), once per file while it is unchanged; every writer embeds the result.

/** The long side of a photo as embedded: sharp enough for half the text width of A4 at 300 dpi
 * and for a phone screen, small enough that six photos stay well under 3 MB. */
export const PHOTO_MAX_PX = 1280;
const PHOTO_QUALITY = 78;

const photoCache = new Map<string, { mtimeMs: number; size: number; info: Promise<ImageInfo> }>();

async function shrinkPhoto(file: string): Promise<ImageInfo> {
  const { default: sharp } = await import('sharp');
  const source = readImage(file).data;
  const { data, info } = await sharp(source, { limitInputPixels: limit('pixels') })
    .rotate() // EXIF orientation → upright pixels
    .resize({ width: PHOTO_MAX_PX, height: PHOTO_MAX_PX, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: PHOTO_QUALITY, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  // The camera original (several MB) is not needed again while its small copy is cached.
  cache.delete(file);
  return { type: 'jpeg', width: info.width, height: info.height, data };
}

/** A photo upright, scaled and compressed for embedding (cached while the file is unchanged). */
export function readPhoto(file: string): Promise<ImageInfo> {
  const { mtimeMs, size } = statSync(file);
  const hit = photoCache.get(file);
  if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.info;
  const info = shrinkPhoto(file);
  info.catch(() => photoCache.delete(file));
  photoCache.delete(file);
  photoCache.set(file, { mtimeMs, size, info });
  if (photoCache.size > CACHE_SIZE) photoCache.delete(photoCache.keys().next().value!);
  return info;
}

/** Every photo of a document, prepared for embedding: the writers look them up by path. */
export type PreparedPhotos = ReadonlyMap<string, ImageInfo>;

export async function preparePhotos(blocks: readonly Block[]): Promise<PreparedPhotos> {
  const files = new Set<string>();
  const visit = (list: readonly Block[]): void => {
    for (const b of list) {
      if (b.kind === 'photos') for (const p of b.items) files.add(p.src);
      else if (b.kind === 'keep' || b.kind === 'foot') visit(b.blocks);
      else if (b.kind === 'list') for (const item of b.items) visit(item.children);
    }
  };
  visit(blocks);
  const out = new Map<string, ImageInfo>();
  for (const file of files) out.set(file, await readPhoto(file));
  return out;
}

/** A prepared photo; one the writer was not given is an error in the writer, not the data. */
export function photoOf(photos: PreparedPhotos, file: string): ImageInfo {
  const info = photos.get(file);
  if (!info) throw new Error(`photo not prepared: ${file}`);
  return info;
}

export function dataUri(info: ImageInfo): string {
  return `data:image/${info.type};base64,${info.data.toString('base64')}`;
}
