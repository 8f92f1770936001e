// Reading a table of records: CSV (as offices export it from Excel: UTF-8 with or without a BOM,
// or Thai Windows-874/TIS-620; comma, semicolon or tab) and XLSX (the first sheet, or a named one).
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { SarabanError } from '../errors.js';
import { decodeText, readInput } from '../input.js';
import { limit, limitText, LIMITS } from '../limits.js';

export interface TableRow {
  cells: string[];
  /** The row number a spreadsheet shows; the header is row 1. */
  row: number;
}

export const TABLE_EXTENSIONS = ['.csv', '.tsv', '.xlsx'] as const;

export function isTableFile(file: string): boolean {
  return (TABLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

/** A table read through the input gate (a regular file under the size cap). */
export async function readTable(file: string, sheet?: string): Promise<TableRow[]> {
  const { bytes } = readInput(file, { kind: 'table' });
  return path.extname(file).toLowerCase() === '.xlsx' ? readXlsx(bytes, file, sheet) : readCsv(bytes, file);
}

export function readCsv(bytes: Uint8Array, file: string): TableRow[] {
  const text = decodeText(bytes, file);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = path.extname(file).toLowerCase() === '.tsv' ? '\t' : guessDelimiter(firstLine);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw SarabanError.of('table-csv-syntax', { detail: err.message.replace(/^Invalid [^:]*: /, '') }, { file, ...(err.lines ? { line: err.lines } : {}) });
  }
  // A record's row is the line it ends on: the same as a spreadsheet's row unless cells span lines.
  return records.map((r) => ({ cells: r.record, row: r.info.lines }));
}

function guessDelimiter(header: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

async function readXlsx(bytes: Buffer, file: string, sheet?: string): Promise<TableRow[]> {
  // Loaded only for workbooks: it takes ~14 MB, a batch from CSV or YAML does not need it.
  checkWorkbook(bytes, file);
  const { readSheet } = await import('read-excel-file/node');
  let data: unknown[][];
  try {
    data = (await (sheet === undefined ? readSheet(bytes) : readSheet(bytes, sheet))) as unknown[][];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw SarabanError.of('workbook-unreadable', { sheet: sheet ? { th: ` (แผ่นงาน "${sheet}")`, en: ` (sheet "${sheet}")` } : '', detail: message }, { file });
  }
  return data.map((cells, k) => ({ cells: cells.map(cellText), row: k + 1 }));
}

/** Cells become text as the sheet shows them; dates become YYYY-MM-DD, the data format's dates. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(v);
}

/**
 * A workbook is a zip: before any XML is parsed, every part is inflated once here, each bounded by
 * the size the zip's central directory declares for it, and the declared sizes together by the
 * workbook cap. A 2 MB file whose sheet inflates to 2 GiB is refused without inflating it, and a
 * part that inflates to more than it declares is refused as damaged, so the reader that follows
 * inflates only what was measured.
 */
export function checkWorkbook(bytes: Buffer, file: string): void {
  const damaged = (detail: string) => SarabanError.of('workbook-damaged', { detail }, { file });
  const cap = limit('workbook');
  let eocd = -1;
  for (let k = bytes.length - 22; k >= Math.max(0, bytes.length - 22 - 0xffff); k--) {
    if (bytes.readUInt32LE(k) === 0x06054b50) {
      eocd = k;
      break;
    }
  }
  if (eocd < 0) throw damaged('it is not a zip file (no central directory)');
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw damaged('its central directory is cut short');
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const part = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    total += size;
    if (size === 0xffffffff || total > cap) {
      throw SarabanError.of('workbook-too-big', { cap: limitText('workbook'), part, env: LIMITS.workbook.env }, { file });
    }
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) throw damaged(`the part ${part} is missing`);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + packed);
    if (data.length !== packed) throw damaged(`the part ${part} is cut short`);
    let actual: number;
    if (method === 0) actual = packed;
    else if (method === 8) {
      try {
        actual = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }).length;
      } catch {
        throw damaged(`the part ${part} does not unzip to the size it declares`);
      }
    } else throw damaged(`the part ${part} uses an unknown compression (${method})`);
    if (actual !== size) throw damaged(`the part ${part} does not unzip to the size it declares`);
  }
}
