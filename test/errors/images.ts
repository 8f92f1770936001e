// Images made in the tests, good and hostile: real PNGs (chunks, checksums, deflated scanlines)
// and JPEG segment structures, so each check of src/writers/images.ts has a file that trips it.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
}

/**
 * An 8-bit RGB PNG whose header says width×height; its pixel data is made for dataWidth×dataHeight
 * (the same unless the header is to lie).
 */
export function png(width: number, height: number, data: { width?: number; height?: number } = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const [w, h] = [data.width ?? width, data.height ?? height];
  const raw = Buffer.alloc(h * (1 + w * 3), 0x80);
  for (let y = 0; y < h; y++) raw[y * (1 + w * 3)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A JPEG's segment structure: SOI, a baseline frame of the given size, one scan, EOI (unless cut). */
export function jpeg(width: number, height: number, options: { end?: boolean } = {}): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0, 11, 8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0]);
  const sos = Buffer.from([0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0]);
  const scan = Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), sof, sos, scan, options.end === false ? Buffer.alloc(0) : Buffer.from([0xff, 0xd9])]);
}
