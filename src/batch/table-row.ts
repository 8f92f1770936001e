// A row of a table of records as the CSV and XLSX readers give it (tables.ts, xlsx.ts): its own
// module, so that the readers and the table's door share it without importing each other.

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
