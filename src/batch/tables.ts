// Reading a table of records: CSV (as offices export it from Excel: UTF-8 with or without a BOM,
// or Thai Windows-874/TIS-620; comma, semicolon or tab) and XLSX (the first sheet, or a named one).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { SarabanError } from '../errors.js';
import { systemReason } from '../data/messages.js';

export interface TableRow {
  cells: string[];
  /** The row number a spreadsheet shows; the header is row 1. */
  row: number;
}

export const TABLE_EXTENSIONS = ['.csv', '.tsv', '.xlsx'] as const;

export function isTableFile(file: string): boolean {
  return (TABLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

export async function readTable(file: string, sheet?: string): Promise<TableRow[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw SarabanError.of('table-unreadable', { code: systemReason((e as NodeJS.ErrnoException).code) }, { file });
  }
  return path.extname(file).toLowerCase() === '.xlsx' ? readXlsx(bytes, file, sheet) : readCsv(bytes, file);
}

export function readCsv(bytes: Uint8Array, file: string): TableRow[] {
  const text = decodeText(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = path.extname(file).toLowerCase() === '.tsv' ? '\t' : guessDelimiter(firstLine);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new SarabanError(`the CSV does not parse: ${err.message.replace(/^Invalid [^:]*: /, '')}`, { file, ...(err.lines ? { line: err.lines } : {}) });
  }
  // A record's row is the line it ends on: the same as a spreadsheet's row unless cells span lines.
  return records.map((r) => ({ cells: r.record, row: r.info.lines }));
}

/** UTF-8 when the bytes are valid UTF-8; otherwise Thai Windows-874 (TIS-620), Excel's "CSV" on Thai Windows. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}

function guessDelimiter(header: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

async function readXlsx(bytes: Buffer, file: string, sheet?: string): Promise<TableRow[]> {
  // Loaded only for workbooks: it takes ~14 MB, a batch from CSV or YAML does not need it.
  const { readSheet } = await import('read-excel-file/node');
  let data: unknown[][];
  try {
    data = (await (sheet === undefined ? readSheet(bytes) : readSheet(bytes, sheet))) as unknown[][];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new SarabanError(`cannot read the workbook${sheet ? ` (sheet "${sheet}")` : ''}: ${message}`, { file });
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
