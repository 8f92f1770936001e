// The keys a place in the data may hold, read from the zod schema itself (so every field added to
// the schema is known here without a list to keep), and the "did you mean …?" for a misspelt one.
import type { z } from 'zod';

/** What a zod schema says of itself (its `_zod.def`): the parts the schema walkers read (here and serve/form.ts). */
export interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  left?: z.core.$ZodType;
  right?: z.core.$ZodType;
  entries?: Record<string, string>;
  getter?: () => z.core.$ZodType;
  defaultValue?: unknown;
}

export const defOf = (s: z.core.$ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas a value may take, wrappers (optional, default, transform, lazy) and unions opened. */
function forms(schema: z.core.$ZodType, depth = 0, stop?: z.core.$ZodType): z.core.$ZodType[] {
  if (depth > 20) return [];
  if (schema === stop) return [schema];
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return forms(def.innerType!, depth + 1, stop);
    case 'pipe':
      return forms(def.in!, depth + 1, stop);
    case 'lazy':
      return forms(def.getter!(), depth + 1, stop);
    case 'union':
      return def.options!.flatMap((o) => forms(o, depth + 1, stop));
    case 'intersection':
      return [...forms(def.left!, depth + 1, stop), ...forms(def.right!, depth + 1, stop)];
    default:
      return [schema];
  }
}

/** The schemas at a path of the data (every form a union allows there). */
export function schemasAt(schema: z.core.$ZodType, at: readonly (string | number)[], stop?: z.core.$ZodType): z.core.$ZodType[] {
  let here = forms(schema, 0, stop);
  for (const key of at) {
    here = here.flatMap((s) => {
      const def = defOf(s);
      if (def.type === 'object' && typeof key === 'string' && def.shape && key in def.shape) return forms(def.shape[key]!, 0, stop);
      if (def.type === 'array' && typeof key === 'number') return forms(def.element!, 0, stop);
      if (def.type === 'record') return forms(def.valueType!, 0, stop);
      return [];
    });
  }
  return here;
}

/** Whether the value at `at` may be of the schema `target` (e.g. a time), wherever it is used. */
export function expects(schema: z.core.$ZodType, at: readonly (string | number)[], target: z.core.$ZodType): boolean {
  return schemasAt(schema, at, target).includes(target);
}

/** The keys an object at `at` may hold, in the schema's order. */
export function knownKeys(schema: z.core.$ZodType, at: readonly (string | number)[]): string[] {
  const keys = schemasAt(schema, at).flatMap((s) => {
    const def = defOf(s);
    return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  });
  return [...new Set(keys)];
}

/**
 * Optimal string alignment distance: Levenshtein with a swap of two neighbours counted as one
 * edit, the commonest typo ("resolutoin", "detial", "cohots"). The npm edit-distance packages
 * (fastest-levenshtein, leven) count a swap as two, which misses these at a sensible threshold.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate closest to `word`, if it is close enough to be a typo of it (case ignored). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: { key: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d <= limit && (!best || d < best.d)) best = { key: c, d };
  }
  return best?.key;
}
