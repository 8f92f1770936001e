// What a template needs from each record (`item`), checked before rendering so that a broken row
// is reported with its field instead of producing a memo to nobody. Templates not listed here
// take any record.
import type { z } from 'zod';
import { memoRecipient } from '../data/schema.js';
import { dataProblems } from '../data/validate.js';
import { closest, knownKeys } from '../data/keys.js';
import { SarabanError, type SourceLocation } from '../messages/errors.js';
import type { Lang } from '../messages/i18n.js';

export const ITEM_SCHEMAS: Record<string, z.ZodType> = {
  memo: memoRecipient,
};

/** The problems with a record's item, each "field: message" from the message catalogue, or none. */
export function itemProblem(template: string, item: unknown, lang: Lang = 'en'): { problem?: string; item: unknown } {
  const schema = ITEM_SCHEMAS[template];
  if (!schema) return { item };
  const result = schema.safeParse(item ?? {});
  if (result.success) return { item: result.data };
  const record = { file: '', data: item ?? {}, locate: () => ({ file: '' }) };
  const problems = dataProblems(record, result.error.issues, [], schema);
  // One line per problem: the hints speak of YAML lines, and a record may be a spreadsheet row.
  return { item, problem: problems.map((p) => p.format(lang).split('\n')[0]!).join('\n') };
}

/**
 * Columns of a table the template's records cannot hold: reported once, at the header, with the
 * closest known field ("agncy" → did you mean `agency`?), instead of failing every row alike.
 */
export function unknownColumns(template: string, names: readonly string[], at: SourceLocation): SarabanError[] {
  const schema = ITEM_SCHEMAS[template];
  if (!schema) return [];
  const known = knownKeys(schema, []);
  const shown = known.map((k) => `${k}:`).join(' ');
  return names
    .map((n) => n.trim().split('.')[0]!)
    .filter((n) => n !== '' && !known.includes(n))
    .map((key) => {
      const suggestion = closest(key, known);
      return SarabanError.of(suggestion ? 'unknown-key-suggest' : 'unknown-key', suggestion ? { key, suggestion, known: shown } : { key, known: shown }, at, key);
    });
}
