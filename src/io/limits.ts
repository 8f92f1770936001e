// The caps that keep hostile or mistaken input from exhausting memory or time, as one table:
// each with its default and the environment variable that raises it. docs/errors.md lists them.

export interface Limit {
  /** Environment variable that overrides the default (a plain number in the unit). */
  env: string;
  /** Default, in the unit. */
  value: number;
  unit: 'MB' | 'megapixels';
}

export const LIMITS = {
  /** A data file (YAML/JSON) or the shared data of a batch (--with). */
  data: { env: 'SARABAN_MAX_DATA_MB', value: 10, unit: 'MB' },
  /** A template or partial (.hbs). */
  template: { env: 'SARABAN_MAX_TEMPLATE_MB', value: 2, unit: 'MB' },
  /** An image file (PNG/JPEG). */
  image: { env: 'SARABAN_MAX_IMAGE_MB', value: 20, unit: 'MB' },
  /** A table of batch records (CSV/TSV/XLSX), as stored. */
  table: { env: 'SARABAN_MAX_TABLE_MB', value: 50, unit: 'MB' },
  /** An XLSX workbook's parts once unzipped, together. */
  workbook: { env: 'SARABAN_MAX_WORKBOOK_MB', value: 50, unit: 'MB' },
  /** An image's width × height (half for a 16-bit PNG). At the cap a render to PDF peaks at
   *  0.77 GB (8-bit RGBA PNG) and 0.70 GB (16-bit): measured, docs/errors.md. */
  pixels: { env: 'SARABAN_MAX_MEGAPIXELS', value: 40, unit: 'megapixels' },
  /** The document markup one template renders from the data (text and tags). */
  markup: { env: 'SARABAN_MAX_MARKUP_MB', value: 5, unit: 'MB' },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;

/** The cap in its base unit (bytes or pixels), from the environment when it is set to a positive number. */
export function limit(name: LimitName): number {
  const l: Limit = LIMITS[name];
  const raw = process.env[l.env];
  const n = raw === undefined ? NaN : Number(raw);
  return Math.floor((Number.isFinite(n) && n > 0 ? n : l.value) * 1_000_000);
}

/** "2 MB", "40 megapixels": the cap as the user raises it. */
export function limitText(name: LimitName): string {
  return `${limit(name) / 1_000_000} ${LIMITS[name].unit}`;
}
