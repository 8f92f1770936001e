// A ZIP package (DOCX) from entries deflated ahead of time: a part that is the same in every
// document (theme, settings, styles of one style set) is deflated once per process and its bytes
// reused, which fflate's zipSync (it deflates every entry it is given) cannot do. The format is
// the plain one Word and LibreOffice read: deflate (method 8), no ZIP64, no encryption.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The entry's bytes, deflated (raw deflate). */
  deflated: Uint8Array;
  crc: number;
  /** Length before deflating. */
  size: number;
}

const utf8 = new TextEncoder();

/** An entry deflated at zlib's level 6, as the zipSync this replaces used. */
export function deflateEntry(name: string, data: string | Uint8Array): ZipEntry {
  const bytes = typeof data === 'string' ? utf8.encode(data) : data;
  return { name, deflated: deflateRawSync(bytes, { level: 6 }), crc: crc32(bytes), size: bytes.byteLength };
}

/** DOS date and time of `d` (local time, 2-second steps), as ZIP headers keep them. */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The archive: local headers and data, then the central directory, then its end record. */
export function zipEntries(entries: readonly ZipEntry[], when = new Date()): Buffer {
  const { time, date } = dosDateTime(when);
  const names = entries.map((e) => Buffer.from(e.name, 'utf8'));
  const localSize = entries.reduce((n, e, k) => n + 30 + names[k]!.length + e.deflated.byteLength, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = Buffer.alloc(localSize + centralSize + 22);
  const offsets: number[] = [];
  let at = 0;
  // Fields shared by the local and the central header, from "version needed" to the name's length.
  const common = (e: ZipEntry, name: Buffer, pos: number, utf8Name: boolean) => {
    out.writeUInt16LE(20, pos); // version needed: 2.0 (deflate)
    out.writeUInt16LE(utf8Name ? 0x0800 : 0, pos + 2); // bit 11: the name is UTF-8
    out.writeUInt16LE(8, pos + 4); // deflate
    out.writeUInt16LE(time, pos + 6);
    out.writeUInt16LE(date, pos + 8);
    out.writeUInt32LE(e.crc >>> 0, pos + 10);
    out.writeUInt32LE(e.deflated.byteLength, pos + 14);
    out.writeUInt32LE(e.size, pos + 18);
    out.writeUInt16LE(name.length, pos + 22);
    out.writeUInt16LE(0, pos + 24); // no extra field
  };
  entries.forEach((e, k) => {
    const name = names[k]!;
    const nonAscii = name.length !== e.name.length;
    offsets.push(at);
    out.writeUInt32LE(0x04034b50, at);
    common(e, name, at + 4, nonAscii);
    name.copy(out, at + 30);
    at += 30 + name.length;
    out.set(e.deflated, at);
    at += e.deflated.byteLength;
  });
  const centralAt = at;
  entries.forEach((e, k) => {
    const name = names[k]!;
    out.writeUInt32LE(0x02014b50, at);
    out.writeUInt16LE(20, at + 4); // made by: 2.0, MS-DOS attributes
    common(e, name, at + 6, name.length !== e.name.length);
    // comment length, disk number, internal and external attributes: all 0 (Buffer.alloc)
    out.writeUInt32LE(offsets[k]!, at + 42);
    name.copy(out, at + 46);
    at += 46 + name.length;
  });
  out.writeUInt32LE(0x06054b50, at);
  out.writeUInt16LE(entries.length, at + 8);
  out.writeUInt16LE(entries.length, at + 10);
  out.writeUInt32LE(at - centralAt, at + 12);
  out.writeUInt32LE(centralAt, at + 16);
  return out;
}
