// Images for the writers: read once, typed by their first bytes (not their names), sized from
// their headers. Only PNG and JPEG are accepted: every writer can embed both.
import { readFileSync } from 'node:fs';

export interface ImageInfo {
  type: 'png' | 'jpeg';
  width: number;
  height: number;
  data: Buffer;
}

export function readImage(file: string): ImageInfo {
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

export function imageDataUri(file: string): string {
  const img = readImage(file);
  return `data:image/${img.type};base64,${img.data.toString('base64')}`;
}
