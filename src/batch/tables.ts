// Reading a table of records: CSV (as offices export it from Excel: UTF-8 with or without a BOM,
// or Thai Windows-874/TIS-620; comma, semicolon or tab) and XLSX (the first sheet, or a named one).
import path from 'node:path';
import { parse, type Parser } from 'csv-parse';
import { SarabanError } from '../messages/errors.js';
import { decodeText, readInput } from '../io/input.js';
import { turns } from './turns.js';
import type { TableRow } from './table-row.js';

export { isTableFile, TABLE_EXTENSIONS, type CellProblem, type TableRow } from './table-row.js';

/**
 * A table read through the input gate (a regular file under the size cap). Long tables are read
 * in slices with turns of the event loop between them, so the editor answers other requests and
 * a batch hears Ctrl-C meanwhile; `signal` stops the reading (it rejects with the signal's reason).
 */
export async function readTable(file: string, sheet?: string, signal?: AbortSignal): Promise<TableRow[]> {
  const { bytes } = readInput(file, { kind: 'table' });
  if (path.extname(file).toLowerCase() !== '.xlsx') return readCsv(bytes, file, signal);
  // Loaded only for workbooks.
  const { readXlsx } = await import('./xlsx.js');
  return readXlsx(bytes, file, sheet, signal);
}

/** Characters of CSV text parsed between two checks for a turn of the event loop. */
const CSV_SLICE = 256 * 1024;

export async function readCsv(bytes: Uint8Array, file: string, signal?: AbortSignal): Promise<TableRow[]> {
  const text = decodeText(bytes, file);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = path.extname(file).toLowerCase() === '.tsv' ? '\t' : guessDelimiter(firstLine);
  const rows: TableRow[] = [];
  let failure: unknown;
  const parser: Parser = parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true });
  // A record's row is the line it ends on: the same as a spreadsheet's row unless cells span lines.
  parser.on('readable', () => {
    for (let r: { record: string[]; info: { lines: number } } | null; (r = parser.read() as typeof r) !== null; ) rows.push({ cells: r.record, row: r.info.lines });
  });
  const ended = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', (e) => {
      failure ??= e;
      resolve();
    });
  });
  const turn = turns();
  for (let at = 0; at < text.length && failure === undefined; ) {
    let end = Math.min(at + CSV_SLICE, text.length);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--; // never half a surrogate pair
    parser.write(text.slice(at, end));
    at = end;
    await turn();
    signal?.throwIfAborted();
  }
  if (failure === undefined) parser.end();
  await ended;
  if (failure !== undefined) {
    const err = failure as Error & { lines?: number };
    throw SarabanError.of('table-csv-syntax', { detail: err.message.replace(/^Invalid [^:]*: /, '') }, { file, ...(err.lines ? { line: err.lines } : {}) });
  }
  return rows;
}

function guessDelimiter(header: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}
