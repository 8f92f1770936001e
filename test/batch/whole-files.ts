// Checks that a written file is whole: a PDF that poppler can read to the end, a DOCX whose every
// ZIP entry inflates to its recorded CRC-32 (what "unzips" means, without an unzip tool).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import { haveTools } from '../helpers.js';

/** poppler reads each PDF to the end; without it, only the PDF's first and last bytes are checked. */
const POPPLER = haveTools('pdftotext');

export function pdfProblem(file: string): string | undefined {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return 'does not start with %PDF-';
  if (!bytes.subarray(-32).toString('latin1').includes('%%EOF')) return 'does not end with %%EOF';
  if (!POPPLER) return undefined;
  try {
    execFileSync('pdftotext', ['-q', file, '-'], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return `pdftotext cannot read it: ${(e as Error).message}`;
  }
  return undefined;
}

/** The names of the entries of a ZIP file, each checked against its CRC-32; throws when broken. */
export function unzipNames(file: string): string[] {
  const zip = readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file}: no end of central directory (truncated?)`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let k = 0; k < count; k++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataAt, dataAt + size);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    if (crc32(data) !== crc) throw new Error(`${file}: ${name} fails its CRC`);
    names.push(name);
    at += 46 + nameLength + extra;
  }
  return names;
}
