// Checks loaded data against the schema and turns the first problems into located errors.
import type { z } from 'zod';
import { SarabanError } from '../errors.js';
import type { LoadedData } from './load.js';
import { sarabanData, type SarabanData } from './schema.js';

export function validateData(loaded: LoadedData): SarabanData {
  const result = sarabanData.safeParse(loaded.data ?? {});
  if (result.success) return result.data;
  throw issueError(loaded, result.error.issues);
}

function issueError(loaded: LoadedData, issues: z.core.$ZodIssue[]): SarabanError {
  const first = issues[0]!;
  const at = first.path.filter((k): k is string | number => typeof k !== 'symbol');
  const field = at.length ? at.join('.') : '(top level)';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new SarabanError(`${field}: ${first.message}${more}`, loaded.locate(at));
}
