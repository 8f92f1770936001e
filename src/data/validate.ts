// Checks loaded data against the schema and turns every problem (up to a cap) into an error that
// names the file, line and column, the field, what was expected and a hint — from the message
// catalogue, so it can be shown in Thai or English. Refinements in schema.ts pick their message by
// `params: { key }`; the rest are classified here by zod's issue code and the value at fault.
import path from 'node:path';
import type { z } from 'zod';
import { SarabanError } from '../errors.js';
import { isInside, isTemplatePath } from '../paths.js';
import { DATE_SHAPE, parseIsoDate, TIME_SHAPE } from '../thai/index.js';
import type { LoadedData } from './load.js';
import { MESSAGES, VALUE_KINDS, type MessageKey, type MessageParams } from './messages.js';
import { sarabanData, type SarabanData } from './schema.js';

/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS = 20;

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

export function validateData(loaded: LoadedData): SarabanData {
  const result = sarabanData.safeParse(loaded.data ?? {});
  if (!result.success) throw SarabanError.many(dataProblems(loaded, result.error.issues), MAX_PROBLEMS, { file: loaded.file });
  const unsafe = unsafeDocuments(loaded, result.data);
  if (unsafe.length) throw SarabanError.many(unsafe, MAX_PROBLEMS, { file: loaded.file });
  return result.data;
}

/** One located, localizable error per zod issue (unions reduced to their closest branch). */
export function dataProblems(loaded: LoadedData, issues: readonly Issue[], prefix: Path = []): SarabanError[] {
  const out: SarabanError[] = [];
  // A value of the wrong type fails its other checks too ([] as text is also "too short"): say it once.
  const wrongType = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => JSON.stringify(i.path)));
  for (const issue of issues) {
    if (issue.code !== 'invalid_type' && wrongType.has(JSON.stringify(issue.path))) continue;
    const at = [...prefix, ...issue.path.filter((k): k is string | number => typeof k !== 'symbol')];
    if (issue.code === 'invalid_union' && issue.errors.length) {
      out.push(...dataProblems(loaded, closestBranch(loaded, issue.errors, at), at));
      continue;
    }
    const { key, params } = classify(issue, at, loaded.data);
    out.push(SarabanError.of(key, params, loaded.locate(at), fieldName(at)));
  }
  return out;
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

function classify(issue: Issue, at: Path, data: unknown): { key: MessageKey; params: MessageParams } {
  const value = valueAt(data, at);
  const last = at.at(-1);
  const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value) ?? '';
  switch (issue.code) {
    case 'custom': {
      const key = (issue.params as { key?: string } | undefined)?.key;
      if (key === 'date') return dateProblem(String(value));
      if (key === 'time') return { key: TIME_SHAPE.test(String(value).trim()) ? 'time-out-of-range' : 'time-format', params: { value: shown } };
      if (key === 'end-before-start') {
        const parent = valueAt(data, at.slice(0, -1)) as { start?: unknown; end?: unknown } | undefined;
        return { key, params: { start: String(parent?.start ?? ''), end: String(parent?.end ?? '') } };
      }
      if (key && key in MESSAGES) return { key: key as MessageKey, params: { value: shown } };
      return { key: 'invalid', params: { detail: issue.message } };
    }
    case 'invalid_type': {
      const expected = VALUE_KINDS[issue.expected] ?? { th: issue.expected, en: issue.expected };
      if (value === undefined) return { key: 'required', params: { key: String(last ?? ''), expected } };
      if (value === null && issue.expected === 'string') return { key: last === 'name' ? 'empty-name' : 'empty', params: {} };
      // 1.5 where a whole number goes: show the number, not "found a number".
      const received = issue.expected === 'int' && typeof value === 'number' ? String(value) : VALUE_KINDS[kindOf(value)]!;
      return { key: 'wrong-type', params: { expected, received } };
    }
    case 'too_small':
      if (issue.origin === 'string') return { key: last === 'name' ? 'empty-name' : 'empty', params: {} };
      return { key: issue.inclusive === false ? 'too-small-exclusive' : 'too-small', params: { value: shown, minimum: String(issue.minimum) } };
    case 'too_big':
      return { key: 'too-big', params: { value: shown, maximum: String(issue.maximum) } };
    case 'invalid_value':
      return { key: 'not-one-of', params: { value: shown, options: issue.values.map(String).join(', ') } };
    default:
      return { key: 'invalid', params: { detail: issue.message } };
  }
}

function dateProblem(value: string): { key: MessageKey; params: MessageParams } {
  const m = DATE_SHAPE.exec(value.trim());
  if (!m || parseIsoDate(value) !== undefined) return { key: 'date-format', params: { value } };
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return { key: 'date-format', params: { value } };
  // Date.UTC reads years 0–99 as 1900–1999: set the year itself to count the month's days.
  const days = new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate();
  if (Number(m[3]) >= 1 && Number(m[3]) <= days) return { key: 'date-year-too-early', params: { value: value.trim(), year } };
  return { key: 'date-not-exist', params: { value: value.trim(), year, month, days } };
}

/**
 * `documents:` entries come from the data file, so they may only name built-in templates or .hbs
 * files inside the data file's folder: a data file must not make saraban read files elsewhere.
 */
function unsafeDocuments(loaded: LoadedData, data: SarabanData): SarabanError[] {
  const base = path.dirname(loaded.file);
  return data.documents.flatMap((name, k) => {
    if (!isTemplatePath(name)) return [];
    if (!path.isAbsolute(name) && isInside(base, path.resolve(base, name))) return [];
    return [SarabanError.of('unsafe-template-path', { value: name }, loaded.locate(['documents', k]), fieldName(['documents', k]))];
  });
}

/** "news.points[2].text" */
export function fieldName(at: readonly (string | number)[]): string {
  return at.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '') || '(top level)';
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
  return SarabanError.of(e.key, e.params, loaded.locate(['documents', k]), fieldName(['documents', k]));
}
