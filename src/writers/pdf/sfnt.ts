// Just enough of the SFNT (TrueType) and WOFF 1.0 containers to turn @fontsource's WOFF files
// into plain TTF tables and write them back out. Only node:zlib; spec: https://www.w3.org/TR/WOFF/

import { inflateSync } from 'node:zlib';

export type Tables = Map<string, Buffer>;

export interface Sfnt {
  /** 0x00010000 for TrueType outlines. */
  flavor: number;
  tables: Tables;
}

export const TRUETYPE = 0x00010000;

/** OpenType table checksum: the sum of big-endian uint32 words, zero padded. */
export function tableChecksum(buf: Buffer): number {
  let sum = 0;
  const full = buf.length & ~3;
  for (let i = 0; i < full; i += 4) sum = (sum + buf.readUInt32BE(i)) >>> 0;
  if (full < buf.length) {
    const tail = Buffer.alloc(4);
    buf.copy(tail, 0, full);
    sum = (sum + tail.readUInt32BE(0)) >>> 0;
  }
  return sum;
}

/** The tables of a WOFF 1.0 file, inflated. */
export function readWoff(woff: Buffer): Sfnt {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: Tables = new Map();
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const tag = woff.toString('latin1', e, e + 4);
    const offset = woff.readUInt32BE(e + 4);
    const compLength = woff.readUInt32BE(e + 8);
    const origLength = woff.readUInt32BE(e + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error(`WOFF table ${tag}: ${data.length} bytes, expected ${origLength}`);
    tables.set(tag, data);
  }
  return { flavor, tables };
}

/**
 * The binary-search fields that head a table directory (unit 16) or a cmap format-4 segment
 * array (unit 2) of `n` entries: searchRange, entrySelector, rangeShift.
 */
export function searchParams(n: number, unit: number): { searchRange: number; entrySelector: number; rangeShift: number } {
  let pow2 = 1;
  let log2 = 0;
  while (pow2 * 2 <= n) {
    pow2 *= 2;
    log2++;
  }
  return { searchRange: pow2 * unit, entrySelector: log2, rangeShift: (n - pow2) * unit };
}

/**
 * Serialises tables into an SFNT file: sorted directory, 4-byte aligned tables, per-table
 * checksums and head.checkSumAdjustment.
 */
export function writeSfnt({ flavor, tables }: Sfnt): Buffer {
  const tags = [...tables.keys()].sort();
  const numTables = tags.length;
  const search = searchParams(numTables, 16);
  const headerLen = 12 + 16 * numTables;
  const table = (tag: string) => tables.get(tag)!;
  const total = tags.reduce((n, t) => n + ((table(t).length + 3) & ~3), headerLen);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(flavor >>> 0, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(search.searchRange, 6);
  out.writeUInt16BE(search.entrySelector, 8);
  out.writeUInt16BE(search.rangeShift, 10);
  let offset = headerLen;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    let data = table(tag);
    if (tag === 'head') {
      // The file checksum is computed with checkSumAdjustment = 0.
      data = Buffer.from(data);
      data.writeUInt32BE(0, 8);
      headOffset = offset;
    }
    const e = 12 + i * 16;
    out.write(tag, e, 4, 'latin1');
    out.writeUInt32BE(tableChecksum(data), e + 4);
    out.writeUInt32BE(offset, e + 8);
    out.writeUInt32BE(data.length, e + 12);
    data.copy(out, offset);
    offset += (data.length + 3) & ~3;
  });
  if (headOffset >= 0) out.writeUInt32BE((0xb1b0afba - tableChecksum(out)) >>> 0, headOffset + 8);
  return out;
}
