// What the editor's page (web/) and its server (server.ts) say to each other: the answers of the
// /api routes, as types both sides compile against, so the browser code cannot drift from the
// server's. Types only: the page imports this with `import type`, which leaves nothing in its
// JavaScript. The form description (FieldSpec) is derived from the schema by form.ts.
import type { FieldPath } from '../data/fields.js';
import type { Problem } from '../messages/errors.js';
import type { Lang } from '../messages/i18n.js';
import type { Format } from '../writers/formats.js';
import type { ServeTextKey } from './texts.js';

export type FieldSpec =
  | (SpecBase & { kind: 'object'; fields: FieldOf[] })
  | (SpecBase & { kind: 'array'; item: FieldSpec; grid: boolean })
  /** Rows of cells (a table's rows): edited as a grid of text. */
  | (SpecBase & { kind: 'matrix' })
  | (SpecBase & { kind: 'choice'; variants: FieldSpec[] })
  /** `words`: each option as the clerk reads it (the value written stays the option). */
  | (SpecBase & { kind: 'enum'; options: string[]; words?: string[] })
  | (SpecBase & { kind: ScalarKind })
  | (SpecBase & { kind: 'ref'; ref: number });

export type ScalarKind = 'text' | 'long' | 'date' | 'time' | 'number' | 'boolean' | 'other';

/** A field of an object: its key, whether the schema requires it, and its form. */
export interface FieldOf {
  key: string;
  required: boolean;
  field: FieldSpec;
}

export interface SpecBase {
  label?: string;
  help?: string;
  /** Set on an object another field refers back to (a nested list holds lists). */
  id?: number;
  default?: unknown;
}

/** The spec of one kind: SpecOf<'object'> has its fields. */
export type SpecOf<K extends FieldSpec['kind']> = Extract<FieldSpec, { kind: K }>;

/** A problem as the editor says it (clerk-words.ts): what to do in the form, and where. */
export type EditorProblem = Problem & {
  /** What to do, in the form's words: "กรอกชื่อ ของประธานในที่ประชุม". */
  todo?: string;
  /** The field by the form's labels: "ผู้มาประชุม แถวที่ 2 › ชื่อ". */
  where?: string;
  /** The form's field to go to (a missing section's too, which `path` does not locate). */
  at?: FieldPath;
};

/** GET /api/form: the form, the page's texts in the editor's language, and the folder's files. */
export interface FormAnswer {
  spec: FieldSpec;
  texts: Record<ServeTextKey, string>;
  months: readonly string[];
  lang: Lang;
  formats: readonly Format[];
  templates: readonly string[];
  files: string[];
  tables: string[];
  file: string;
  /** The starting points of a new file (new-meeting.ts). */
  starts: readonly string[];
  /** The customary titles of ระเบียบวาระที่ 1–5, written into an item when it is added. */
  agendaTitles: Readonly<Record<number, string>>;
  /** The sections each document needs, opened in the form when it is chosen. */
  sections: Readonly<Record<string, readonly string[]>>;
}

/** POST /api/new: the file made. */
export interface NewAnswer {
  file: string;
}

/** GET /api/data: a data file as written (comments kept on save), and its version. */
export interface DataAnswer {
  file: string | null;
  data: unknown;
  version: string;
}

/** GET /api/table: a CSV/XLSX sheet's rows of cells. */
export interface TableAnswer {
  rows: string[][];
}

/** POST /api/preview: the problems, and the document's HTML (the draft of what is there while
 *  there are problems; null only when not even a draft can be built). */
export interface PreviewAnswer {
  problems: EditorProblem[];
  html: string | null;
  draft?: boolean;
  ms?: number;
  /** How each date and time field was read ("อ่านว่า …"), by the field's path (JSON). */
  readings?: Record<string, string>;
}

/** POST /api/save. */
export interface SaveAnswer {
  saved: string;
  problems: EditorProblem[];
  version: string;
}

/** POST /api/news-draft: the form's data with the release drafted into it, and the facts its
 *  text states (recorded under news.draft.facts). */
export interface NewsDraftAnswer {
  data: Record<string, unknown>;
  facts: Record<string, unknown>;
}

/** Any refusal: the message, with the problems when there are some (a 409 says `conflict` when the
 *  file changed on disk, `exists` when the release has text a draft would replace). */
export interface ErrorAnswer {
  error: string;
  problems?: EditorProblem[];
  conflict?: boolean;
  exists?: boolean;
}
