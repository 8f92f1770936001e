// Images for the writers: typed by their first bytes (not their names), sized from their
// headers. Only PNG and JPEG are accepted: every writer can embed both. A batch puts the same
// logo in every document, so an image is read (and base64-encoded) once while its file is
// unchanged, not once per writer per document.
import { readFileSync, statSync } from 'node:fs';

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
