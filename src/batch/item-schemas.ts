// What a template needs from each record (`item`), checked before rendering so that a broken row
// is reported with its field instead of producing a memo to nobody. Templates not listed here
// take any record.
import type { z } from 'zod';
import { memoRecipient } from '../data/schema.js';

export const ITEM_SCHEMAS: Record<string, z.ZodType> = {
  memo: memoRecipient,
};

/** The problem with a record's item, as "field: message", or undefined when it is fine. */
export function itemProblem(template: string, item: unknown): { problem?: string; item: unknown } {
  const schema = ITEM_SCHEMAS[template];
  if (!schema) return { item };
  const result = schema.safeParse(item ?? {});
  if (result.success) return { item: result.data };
  const first = result.error.issues[0]!;
  const field = first.path.map(String).join('.') || '(the record)';
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
  return { item, problem: `${field}: ${first.message}${more}` };
}
