// The preview is always a document: with problems it is the draft of what is there (ร่าง, dotted
// blanks), never nothing. A row just added and still empty is not yet a problem: its problems wait
// until the clerk saves it empty. What cannot be shown as written is left out or shown as a dotted
// blank, on a copy; the clerk's data is not changed.
import { validate, type Problem } from '../api.js';
import type { FieldPath } from '../data/fields.js';
import type { SarabanData } from '../data/schema.js';
import type { Lang } from '../messages/i18n.js';
import type { FieldSpec } from './protocol.js';
import { stepsOf } from './spec-path.js';

/** How a draft prints a blank it must fill: the documents' own dotted blank. */
export const BLANK = '……………';
/** Each pass mends the problems the last one found (a row's missing name, then its position …). */
const PASSES = 6;

type Json = Record<string | number, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object';

/** Nothing typed: '', an empty list or object, false, or only such values inside. */
export function isBlank(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === false) return true;
  if (Array.isArray(v)) return v.every(isBlank);
  if (isObject(v)) return Object.values(v).every(isBlank);
  return false;
}

/** Whether the path passes through a row of a list that is still blank. */
export function inBlankRow(data: unknown, path: FieldPath): boolean {
  let v: unknown = data;
  for (const key of path) {
    if (!isObject(v)) return false;
    v = v[key];
    if (typeof key === 'number' && isObject(v) && isBlank(v)) return true;
  }
  return false;
}

/** The data without its blank rows (lists of objects only; a copy). */
function withoutBlankRows(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => !(isObject(x) && isBlank(x))).map(withoutBlankRows);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withoutBlankRows(x)]));
  return v;
}

export interface DraftPreview {
  /** The problems to show now (a blank row's wait until save). */
  problems: Problem[];
  /** The data to build the preview from: as written when it is final, else a draft; undefined when no draft could be made. */
  data?: SarabanData;
  /** The preview is a draft (not what a final render gives). */
  draft: boolean;
}

/** The problems to show now, and the data the preview shows (the draft of what is there). */
export function draftPreview(input: unknown, template: string, lang: Lang, spec: FieldSpec, refs: Map<number, FieldSpec>): DraftPreview {
  let final = validate(input, { templates: [template], lang });
  if (final.ok) return { problems: [], data: final.data, draft: false };
  // A section the document needs and the form has not reached yet: the problems of its fields,
  // which say what to fill in, rather than one that says the section is missing.
  const missing = final.problems.filter((p) => p.key === 'missing-section' && p.field && !p.path).map((p) => p.field!);
  if (missing.length && isObject(input)) {
    const opened = validate({ ...input, ...Object.fromEntries(missing.map((section) => [section, {}])) }, { templates: [template], lang });
    if (!opened.ok) final = opened;
  }
  const problems = final.problems.filter((p) => !p.path || !inBlankRow(input, p.path));
  const draft: unknown = withoutBlankRows(structuredClone(input));
  if (isObject(draft)) draft.status = 'draft';
  for (let pass = 0; pass < PASSES; pass++) {
    const checked = validate(draft, { templates: [template], lang, draft: true });
    if (checked.ok) return { problems, data: checked.data, draft: true };
    let mended = false;
    for (const p of checked.problems) {
      const path = p.path ?? (p.key === 'missing-section' && p.field ? [p.field] : undefined);
      if (path && mend(draft, path, p, spec, refs)) mended = true;
    }
    if (!mended) break;
  }
  return { problems, draft: true };
}

/** One problem of the draft mended: a value that is wrong is left out; a missing one is a blank. */
function mend(root: unknown, path: FieldPath, problem: Problem, spec: FieldSpec, refs: Map<number, FieldSpec>): boolean {
  if (!isObject(root) || path.length === 0) return false;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isObject(parent)) return false;
    if (parent[key] === undefined) parent[key] = typeof key === 'number' ? [] : {};
    parent = parent[key];
  }
  if (!isObject(parent)) return false;
  const key = path.at(-1)!;
  const value = parent[key];
  const kind = stepsOf(spec, refs, path, '').at(-1)?.spec;
  const needsRows = problem.key === 'list-too-short';
  if (needsRows) {
    // A list that needs a row: one blank row, whose fields the next pass fills.
    const item = kind?.kind === 'array' ? kind.item : undefined;
    const row = item && (item.kind === 'object' || item.kind === 'ref') ? {} : BLANK;
    parent[key] = [...(Array.isArray(value) ? value : []), row];
    return true;
  }
  if (value !== undefined && value !== '' && !(isObject(value) && isBlank(value))) {
    // Written, but not as the document can show it: left out of the draft.
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
    return true;
  }
  // Missing: what the form knows it to be, blank.
  if (kind?.kind === 'object') parent[key] = {};
  else if (kind?.kind === 'array') parent[key] = [];
  else if (kind?.kind === 'number') parent[key] = 1;
  else if (kind?.kind === 'date' || kind?.kind === 'time' || kind?.kind === 'enum' || kind?.kind === 'boolean') return value !== undefined ? (delete parent[key], true) : false;
  else parent[key] = BLANK;
  return true;
}
