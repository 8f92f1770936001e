// The records of a batch: one document each. A record is an element of a list inside the data
// (--each meeting.schedule) or a row of a table (CSV, XLSX); either way the template sees it as
// `item`, next to the shared data and `batch` (its place in the list).
import { SarabanError } from '../messages/errors.js';
import { controlCharacter } from '../io/input.js';
import type { LoadedData } from '../data/load.js';
import { valueAt } from '../data/validate.js';
import type { CellProblem } from './table-row.js';
import { isRecord } from '../data/shape.js';

/** What the template sees as `batch`: a record's place in its list. */
export interface BatchPosition {
  /** 0-based index in the source list (before --where). */
  index: number;
  /** 1-based: index + 1 — the slot number for a schedule, the data row for a table. */
  number: number;
  /** `number` zero-padded to 3 digits or more (for file names that sort). */
  seq: string;
}

export interface BatchRecord {
  /** Where the record comes from, for messages: "meeting.schedule[4]", "row 18". */
  label: string;
  /** For tables: the row number a spreadsheet shows (header = row 1). */
  row?: number;
  position: BatchPosition;
  item: unknown;
  /** Set when the record is broken before rendering (a short row, …). */
  problem?: SarabanError;
}

export function position(index: number, total: number): BatchPosition {
  const number = index + 1;
  return { index, number, seq: String(number).padStart(Math.max(3, String(total).length), '0') };
}

/** The elements of the list at `at` (dotted path: "meeting.schedule") in the data, filtered by `where`. */
export function recordsFromData(data: unknown, loaded: LoadedData, at: string, where?: string): BatchRecord[] {
  const keys = parsePath(at);
  const list = valueAt(data, keys);
  if (!Array.isArray(list)) {
    throw SarabanError.of(list === undefined ? 'batch-each-missing' : 'batch-each-not-list', { path: at }, loaded.locate(keys));
  }
  const keep = where ? parseWhere(where) : () => true;
  return list.flatMap((item, index) =>
    keep(item) ? [{ label: `${at}[${index}]`, position: position(index, list.length), item }] : [],
  );
}

const parsePath = (at: string): (string | number)[] =>
  at.split('.').filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));


/**
 * A record filter: "agency" (the field is set and not empty), "!agency" (it is not),
 * "agency=สำนักงานเกษตรจังหวัดตราด" or "agency!=…" (compared as text). Fields may be dotted.
 */
export function parseWhere(expr: string): (item: unknown) => boolean {
  const m = /^\s*(!?)\s*([\p{L}\p{N}_.$-]+)\s*(?:(!?=)\s*(.*?))?\s*$/u.exec(expr);
  if (!m) throw SarabanError.of('batch-where', { expr });
  const [, not, field, op, value] = m;
  const path = parsePath(field!);
  const get = (item: unknown) => valueAt(item, path);
  const isSet = (v: unknown) => v !== undefined && v !== null && v !== false && String(v).trim() !== '';
  if (op === '=') return (item) => String(get(item) ?? '') === value;
  if (op === '!=') return (item) => String(get(item) ?? '') !== value;
  return not ? (item) => !isSet(get(item)) : (item) => isSet(get(item));
}

/**
 * Table rows → records: the header row names the fields (dotted names nest: "signer.name");
 * empty cells are left out, so optional fields stay optional; empty rows are no records.
 */
export function recordsFromRows(rows: { cells: string[]; row: number; problems?: CellProblem[] }[], source: string): BatchRecord[] {
  const [header, ...body] = rows;
  if (!header) throw SarabanError.of('table-empty', {}, { file: source });
  const names = header.cells.map((c) => c.trim());
  const seen = new Set<string>();
  for (const n of names) {
    if (n && seen.has(n)) throw SarabanError.of('table-header-twice', { name: n }, { file: source, line: header.row });
    if (n.split('.').some((k) => UNSAFE_KEYS.has(k))) throw SarabanError.of('table-header-unsafe', { name: n }, { file: source, line: header.row });
    seen.add(n);
  }
  if (header.problems?.length) throw cellProblem(header.problems[0]!, columnLetters(header.problems[0]!.column), { file: source, line: header.row });
  const width = names.reduce((w, n, k) => (n ? k + 1 : w), 0);
  // A row whose only cell is an uncalculated formula is not empty: it fails, naming the cell.
  const filled = body.filter((r) => r.problems?.length || r.cells.some((c) => c.trim() !== ''));
  return filled.map((r, k) => {
    const record: BatchRecord = { label: `row ${r.row}`, row: r.row, position: position(k, filled.length), item: rowObject(names, r.cells) };
    // A cell with no usable value fails the row before anything else: read as empty, a formula's
    // missing result would shift the memo into another row's slot.
    const unusable = r.problems?.find((p) => p.column < width);
    if (unusable) record.problem = cellProblem(unusable, columnName(unusable.column, names));
    const extra = r.cells.slice(width).some((c) => c.trim() !== '');
    if (r.cells.length < width || extra) {
      record.problem ??= SarabanError.of('row-cells', { cells: r.cells.length, width });
    }
    const bad = r.cells.findIndex((c) => controlCharacter(c));
    if (bad >= 0) record.problem ??= SarabanError.of('control-character', { char: controlCharacter(r.cells[bad]!)! }, undefined, names[bad] || `#${bad + 1}`);
    return record;
  });
}

/** "C", "AA": a spreadsheet's name for a 0-based column. */
export function columnLetters(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const cellProblem = (p: CellProblem, column: string, location?: { file: string; line: number }) =>
  SarabanError.of(p.kind === 'error' ? 'cell-error' : 'cell-uncalculated', { column, code: p.code ?? '' }, location);

/** "C (order)": the column's letter and its header. */
const columnName = (column: number, names: string[]) => (names[column] ? `${columnLetters(column)} (${names[column]})` : columnLetters(column));

const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

function rowObject(names: string[], cells: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  names.forEach((name, k) => {
    const value = cells[k]?.trim();
    if (!name || value === undefined || value === '') return;
    const keys = name.split('.').filter(Boolean);
    let at = out;
    for (const key of keys.slice(0, -1)) at = (isRecord(at[key]) ? at[key] : (at[key] = {})) as Record<string, unknown>;
    at[keys.at(-1)!] = value;
  });
  return out;
}
