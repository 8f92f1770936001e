// A table of records as the CSV and XLSX readers give it (tables.ts, xlsx.ts): which files are
// tables, and a row. Its own module, so that the readers and the table's door share it without
// importing each other, and `validate` asks whether a file is a table without loading a reader.
import path from 'node:path';

/** A cell that cannot become text: the row fails with the reason, naming the cell. */
export interface CellProblem {
  /** 0-based column. */
  column: number;
  kind: 'uncalculated' | 'error';
  /** The error as Excel shows it: #REF!, #DIV/0! … */
  code?: string;
}

export interface TableRow {
  cells: string[];
  /** The row number a spreadsheet shows; the header is row 1. */
  row: number;
  /** Cells that hold no usable value (an error such as #REF!, a formula never calculated): the row fails naming them. */
  problems?: CellProblem[];
}

export const TABLE_EXTENSIONS = ['.csv', '.tsv', '.xlsx'] as const;

export function isTableFile(file: string): boolean {
  return (TABLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}
