// Images for the writers: typed by their first bytes (not their names), sized from their
// headers. Only PNG and JPEG are accepted: every writer can embed both. A batch puts the same
// logo in every document, so an image is read (and base64-encoded) once while its file is
// unchanged, not once per writer per document.
import { readFileSync, statSync } from 'node:fs';
import type { Block } from '../model/document.js';

export interface ImageInfo {
  type: 'png' | 'jpeg';
  width: number;
  height: number;
  data: Buffer;
}

function decodeImage(file: string): ImageInfo {
  const data = readFileSync(file);
  if (data.length > 24 && data.readUInt32BE(0) === 0x89504e47) {
    return { type: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20), data };
  }
  if (data.length > 4 && data[0] === 0xff && data[1] === 0xd8) {
    // Walk the JPEG segments to the first start-of-frame marker, which holds the size.
    let at = 2;
    while (at + 9 < data.length) {
      if (data[at] !== 0xff) break;
      const marker = data[at + 1]!;
      const length = data.readUInt16BE(at + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: 'jpeg', height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7), data };
      }
      at += 2 + length;
    }
  }
  throw new Error(`not a PNG or JPEG image: ${file}`);
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

function cached(file: string): Cached {
  const { mtimeMs, size } = statSync(file);
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit;
  const entry: Cached = { mtimeMs, size, info: decodeImage(file) };
  cache.delete(file);
  cache.set(file, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return entry;
}

export function readImage(file: string): ImageInfo {
  return cached(file).info;
}

export function imageDataUri(file: string): string {
  const entry = cached(file);
  return (entry.uri ??= `data:image/${entry.info.type};base64,${entry.info.data.toString('base64')}`);
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
/** sharp refuses images beyond this many pixels (a decompression bomb), not the memory. */
const PHOTO_MAX_INPUT_PIXELS = 100_000_000;

const photoCache = new Map<string, { mtimeMs: number; size: number; info: Promise<ImageInfo> }>();

async function shrinkPhoto(file: string): Promise<ImageInfo> {
  const { default: sharp } = await import('sharp');
  const source = readImage(file).data;
  const { data, info } = await sharp(source, { limitInputPixels: PHOTO_MAX_INPUT_PIXELS })
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
      else if (b.kind === 'keep') visit(b.blocks);
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
