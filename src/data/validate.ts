// Checks loaded data against the schema and turns every problem (up to a cap) into an error that
// names the file, line and column, the field, what was expected and a hint — from the message
// catalogue, so it can be shown in Thai or English. Refinements in schema.ts pick their message by
// `params: { key }`; the rest are classified here by zod's issue code and the value at fault.
import path from 'node:path';
import type { z } from 'zod';
import { SarabanError } from '../messages/errors.js';
import { isInside, isTemplatePath } from '../io/paths.js';
import { BE_OFFSET, MONTHS, readDate, TIME_SHAPE, toArabicDigits } from '../thai/index.js';
import { fieldName } from './fields.js';
import { invisibleIn } from './invisible.js';
import { closest, expects, knownKeys } from './keys.js';
import type { LoadedData } from './load.js';
import { MESSAGES, VALUE_KINDS, type Bilingual, type MessageKey, type MessageParams } from '../messages/catalogue.js';
import { sarabanData, time, type SarabanData } from './schema.js';
import { staleFacts, type StaleFact } from './news-facts.js';
import { isRecord } from './shape.js';

/** What the lists that must not be empty hold, for the message. */
const LIST_NAMES: Record<string, Bilingual> = {
  present: { th: 'ผู้มาประชุม (present:)', en: 'member present (present:)' },
  agenda: { th: 'ระเบียบวาระ (agenda:)', en: 'agenda item (agenda:)' },
  rows: { th: 'แถวของตาราง (rows:)', en: 'table row (rows:)' },
};

/** What each field a final document needs is, for the message. */
const FINAL_FIELDS: Record<string, Bilingual> = {
  'meeting.end': { th: 'เวลาเลิกประชุม เช่น end: "12.00"', en: 'the time the meeting ended, e.g. end: "12:00"' },
  'minutes.number': { th: 'ครั้งที่ของการประชุม เช่น number: 3', en: 'the meeting\'s number, e.g. number: 3' },
  'minutes.recorder': { th: 'ผู้จดรายงานการประชุม (title, name, surname, position)', en: 'who recorded the minutes (title, name, surname, position)' },
};

/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS = 20;

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/** A top-level section a template needs ("minutes" for the minutes). */
export interface NeededSection {
  section: string;
  template: string;
}

export interface ValidateOptions {
  /** Sections the chosen templates need: a missing one is named as such, not met inside a template. */
  needs?: readonly NeededSection[];
  /** Check as a draft whatever the data's `status:` says (--draft). */
  draft?: boolean;
}

export function validateData(loaded: LoadedData, options: ValidateOptions = {}): SarabanData {
  const written = asWritten(loaded);
  const result = sarabanData.safeParse(options.draft && isRecord(written) ? { ...written, status: 'draft' } : written);
  const missing = missingSections(loaded, options.needs ?? []);
  const unsafe = unsafeDocuments(loaded, isRecord(written) ? written.documents : undefined);
  // A drafted release's prose still stating a fact the data now gives otherwise (news-facts.ts):
  // asked of the checked data, so only when the schema found nothing else.
  const stale = result.success ? dataProblems(loaded, staleFacts(result.data).map(staleIssue)) : [];
  if (!result.success || missing.length || unsafe.length || stale.length) {
    // A missing or misspelt section is reported once, as the section the template needs.
    const renamed = new Set(missing.map((e) => e.params.suggestion).filter((k) => k !== undefined).map(String));
    const absent = new Set(missing.map((e) => e.field));
    const problems = result.success ? [] : dataProblems(loaded, result.error.issues).filter((e) => !(e.key?.startsWith('unknown-key') && renamed.has(e.field ?? '')) && !absent.has(e.field));
    throw SarabanError.many(inReadingOrder([...missing, ...problems, ...unsafe, ...stale]), MAX_PROBLEMS, { file: loaded.file });
  }
  return result.data;
}

/** A stale fact as the schema's own problems are reported: at the field the data changed. */
function staleIssue(s: StaleFact): Issue {
  return {
    code: 'custom',
    input: undefined,
    path: s.path,
    message: `${s.where} still says "${s.old}" where the data now says "${s.now}"`,
    params: { key: 'news-stale-fact', values: { old: s.old, now: s.now || '—', where: s.where } },
  };
}

/** Problems in the order of the file's lines (those of the file as a whole first), as a clerk
 *  works through them; in-memory data has no lines and keeps the schema's order. */
function inReadingOrder(problems: readonly SarabanError[]): SarabanError[] {
  const place = (e: SarabanError) => [e.location?.line ?? 0, e.location?.column ?? 0] as const;
  return problems
    .map((e, k) => ({ e, k, at: place(e) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.k - b.k)
    .map(({ e }) => e);
}

/** One located, localizable error per zod issue (unions reduced to their closest branch). */
export function dataProblems(loaded: LoadedData, issues: readonly Issue[], prefix: Path = [], schema: z.core.$ZodType = sarabanData): SarabanError[] {
  const out: SarabanError[] = [];
  // A value of the wrong type fails its other checks too ([] as text is also "too short"): say it once.
  const wrongType = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => JSON.stringify(i.path)));
  for (const issue of issues) {
    if (issue.code !== 'invalid_type' && wrongType.has(JSON.stringify(issue.path))) continue;
    const at = [...prefix, ...issue.path.filter((k): k is string | number => typeof k !== 'symbol')];
    if (issue.code === 'invalid_union' && issue.errors.length) {
      out.push(...dataProblems(loaded, closestBranch(loaded, issue.errors, at), at, schema));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      out.push(...unknownKeys(loaded, issue.keys, at, schema));
      continue;
    }
    const { key, params } = classify(issue, at, loaded);
    out.push(SarabanError.of(key, params, loaded.locate(at), at));
  }
  return out;
}

/**
 * The data with each time YAML read as a number (an unquoted 13.30 is the float 13.3, 12.00 is 12)
 * put back as the file wrote it, so that it means what the clerk typed.
 */
function asWritten(loaded: LoadedData): unknown {
  const source = loaded.sourceText?.bind(loaded);
  if (!source) return loaded.data ?? {};
  const visit = (v: unknown, at: Path): unknown => {
    if (typeof v === 'number') return expects(sarabanData, at, time) ? (source(at) ?? v) : v;
    if (Array.isArray(v)) return v.map((x, k) => visit(x, [...at, k]));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x, [...at, k])]));
    return v;
  };
  return visit(loaded.data ?? {}, []);
}

/** One problem per unknown key, with the closest known key at that place as a suggestion. */
function unknownKeys(loaded: LoadedData, keys: readonly string[], at: Path, schema: z.core.$ZodType): SarabanError[] {
  const known = knownKeys(schema, at);
  const shown = known.map((k) => `${k}:`).join(' ');
  return keys.map((key) => {
    const suggestion = closest(key, known.filter((k) => !keys.includes(k)));
    const params: MessageParams = suggestion ? { key, suggestion, known: shown } : { key, known: shown };
    return SarabanError.of(suggestion ? 'unknown-key-suggest' : 'unknown-key', params, (loaded.locateKey ?? loaded.locate)([...at, key]), [...at, key]);
  });
}

/** Sections the templates need that the data lacks, each with the misspelt key it may be. */
function missingSections(loaded: LoadedData, needs: readonly NeededSection[]): SarabanError[] {
  const data = loaded.data;
  const present = data !== null && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
  const known = new Set(knownKeys(sarabanData, []));
  const unknown = present.filter((k) => !known.has(k));
  const seen = new Set<string>();
  return needs.flatMap(({ section, template }) => {
    if (present.includes(section) || seen.has(section)) return [];
    seen.add(section);
    const suggestion = closest(section, unknown);
    return suggestion
      ? [SarabanError.of('missing-section-suggest', { section, template, suggestion }, (loaded.locateKey ?? loaded.locate)([suggestion]), section)]
      : [SarabanError.of('missing-section', { section, template }, { file: loaded.file }, section)];
  });
}

/**
 * Of the forms a union accepts, the one the writer most likely meant: the branch whose problems
 * concern values that are present (a wrong `standard:`), not keys that are absent (no `text:`).
 */
function closestBranch(loaded: LoadedData, branches: readonly (readonly Issue[])[], at: Path): readonly Issue[] {
  const score = (issues: readonly Issue[]) =>
    issues.reduce((n, i) => n + (valueAt(loaded.data, [...at, ...i.path.filter((k): k is string | number => typeof k !== 'symbol')]) === undefined ? 10 : 1), 0);
  return [...branches].sort((a, b) => score(a) - score(b))[0]!;
}

function classify(issue: Issue, at: Path, loaded: LoadedData): { key: MessageKey; params: MessageParams } {
  const data = loaded.data;
  const value = valueAt(data, at);
  /** A value as the file wrote it: an unquoted 13.30 is "13.30", not the number 13.3. */
  const written = (where: Path) => {
    const v = valueAt(data, where);
    return typeof v === 'number' ? (loaded.sourceText?.(where) ?? String(v)) : String(v ?? '');
  };
  const last = at.at(-1);
  const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value) ?? '';
  // A value that fails its format because of a character no one can see: that character is the cause.
  const hidden = typeof value === 'string' && isFormatIssue(issue) ? invisibleIn(value) : undefined;
  if (hidden) return { key: 'invisible-character', params: { value: hidden.shown, char: hidden.char, position: hidden.position, clean: hidden.clean } };
  switch (issue.code) {
    case 'custom': {
      const key = (issue.params as { key?: string } | undefined)?.key;
      if (key === 'date') return dateProblem(String(value));
      if (key === 'time') {
        const time = written(at);
        return { key: TIME_SHAPE.test(toArabicDigits(time).trim().replace(/\s*น\.?$/, '')) ? 'time-out-of-range' : 'time-format', params: { value: time } };
      }
      if (key === 'end-before-start') {
        const parent = at.slice(0, -1);
        return { key, params: { start: written([...parent, 'start']), end: written([...parent, 'end']) } };
      }
      if (key === 'agenda-title') return { key, params: { number: Number((issue.params as { number?: number }).number ?? 0) } };
      if (key === 'required-final') return { key, params: { key: String(last ?? ''), what: FINAL_FIELDS[fieldName(at)] ?? { th: '', en: '' } } };
      // A refinement may name more than the value: its own values for the message ({old}, {where}).
      const values = (issue.params as { values?: MessageParams } | undefined)?.values;
      if (key && key in MESSAGES) return { key: key as MessageKey, params: { value: shown, ...values } };
      return { key: 'invalid', params: { detail: issue.message } };
    }
    case 'invalid_type': {
      const expected = VALUE_KINDS[issue.expected] ?? { th: issue.expected, en: issue.expected };
      if (value === undefined) return { key: 'required', params: { key: String(last ?? ''), expected } };
      if (value === null && issue.expected === 'string') return { key: last === 'name' ? 'empty-name' : 'empty', params: {} };
      // .inf or .nan where a number goes, 1.5 where a whole number goes: say which, not "found a number".
      const received = typeof value === 'number' && !Number.isFinite(value) ? VALUE_KINDS[Number.isNaN(value) ? 'nan' : 'infinity']! : issue.expected === 'int' && typeof value === 'number' ? String(value) : VALUE_KINDS[kindOf(value)]!;
      return { key: 'wrong-type', params: { expected, received } };
    }
    case 'too_small':
      if (issue.origin === 'string') return { key: last === 'name' ? 'empty-name' : 'empty', params: {} };
      if (issue.origin === 'array') return { key: 'list-too-short', params: { minimum: String(issue.minimum), what: LIST_NAMES[String(last)] ?? { th: String(last ?? ''), en: String(last ?? '') } } };
      return { key: issue.inclusive === false ? 'too-small-exclusive' : 'too-small', params: { value: shown, minimum: String(issue.minimum) } };
    case 'too_big':
      return { key: 'too-big', params: { value: shown, maximum: String(issue.maximum) } };
    case 'invalid_value':
      return { key: 'not-one-of', params: { value: shown, options: issue.values.map(String).join(', ') } };
    default:
      return { key: 'invalid', params: { detail: issue.message } };
  }
}

/** An issue about the form of a text (a date, a time, one of a list, a pattern), which an
 *  invisible character can cause. */
function isFormatIssue(issue: Issue): boolean {
  if (issue.code === 'invalid_value' || issue.code === 'invalid_format') return true;
  const key = issue.code === 'custom' ? (issue.params as { key?: string } | undefined)?.key : undefined;
  return key === 'date' || key === 'time';
}

function dateProblem(value: string): { key: MessageKey; params: MessageParams } {
  const r = readDate(value);
  if (!('problem' in r) || r.problem.kind === 'format') return { key: 'date-format', params: { value } };
  if (r.problem.kind === 'year') return { key: 'date-year', params: { value: value.trim(), year: r.problem.year } };
  const { year, month, days } = r.problem;
  const monthName = { th: `${MONTHS[month - 1]} ${year + BE_OFFSET}`, en: `${new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${year}` };
  return { key: 'date-not-exist', params: { value: value.trim(), month: monthName, days } };
}

/**
 * `documents:` entries come from the data file, so they may only name built-in templates or .hbs
 * files inside the data file's folder: a data file must not make saraban read files elsewhere.
 */
function unsafeDocuments(loaded: LoadedData, documents: unknown): SarabanError[] {
  const base = path.dirname(loaded.file);
  // The list as written, so that this is reported with the file's other problems.
  return (Array.isArray(documents) ? documents : []).flatMap((entry: unknown, k) => {
    if (typeof entry !== 'string') return [];
    const name = entry.trim(); // as the schema reads it
    if (!isTemplatePath(name)) return [];
    if (!path.isAbsolute(name) && isInside(base, path.resolve(base, name))) return [];
    return [SarabanError.of('unsafe-template-path', { value: name }, loaded.locate(['documents', k]), ['documents', k])];
  });
}

export function valueAt(data: unknown, at: readonly (string | number)[]): unknown {
  let v = data;
  for (const k of at) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}


function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** The data's `documents:` entries, with template paths taken relative to the data file's folder. */
export function documentNames(loaded: LoadedData, data: SarabanData): string[] {
  const base = path.dirname(loaded.file);
  return data.documents.map((name) => (isTemplatePath(name) ? path.resolve(base, name) : name));
}

/** An error met while resolving `documents[k]`, pointed at that line of the data file. */
export function atDocument(loaded: LoadedData, k: number, e: unknown): unknown {
  if (!(e instanceof SarabanError) || !e.key || e.location?.line) return e;
  return SarabanError.of(e.key, e.params, loaded.locate(['documents', k]), ['documents', k]);
}
