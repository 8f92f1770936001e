// Which item of a list in the file each item of the form's list continues, so that an item's YAML
// comments go where the item goes when the clerk removes, moves, edits or adds rows. Compared by
// place, removing the second of three people would give the second's comment to the third.
import { isRecord } from '../data/shape.js';

/** A value's text with object keys sorted: equal data, whatever the order of its keys. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Above this many (unmatched before × unmatched after) pairs, edited rows are found by place only. */
const LIKENESS_PAIRS = 100_000;

/**
 * For each item of `after`, the index of the item of `before` it continues, or undefined for a new
 * item. An unchanged item continues an equal one (the first not yet taken, so equal items keep their
 * order); an edited one the remaining item most like it (a row: at least half its fields the same;
 * a text: any of its start or end), or else, for a text or number, the remaining one in the same
 * place, between the same unchanged neighbours.
 */
export function matchItems(before: readonly unknown[], after: readonly unknown[]): (number | undefined)[] {
  const free = new Map<string, number[]>();
  before.forEach((value, i) => {
    const key = canonical(value);
    const same = free.get(key);
    if (same) same.push(i);
    else free.set(key, [i]);
  });
  const match = after.map((value) => free.get(canonical(value))?.shift());
  const taken = new Set(match.filter((i) => i !== undefined));
  const left = () => before.flatMap((_, i) => (taken.has(i) ? [] : [i]));
  const take = (j: number, i: number) => {
    match[j] = i;
    taken.add(i);
  };

  const waiting = after.flatMap((_, j) => (match[j] === undefined ? [j] : []));
  if (waiting.length * left().length <= LIKENESS_PAIRS) {
    for (const j of waiting) {
      let best: { i: number; score: number } | undefined;
      for (const i of left()) {
        const score = likeness(before[i], after[j]);
        if (score >= (isCollection(after[j]) ? 0.5 : Number.MIN_VALUE) && (!best || score > best.score || (score === best.score && Math.abs(i - j) < Math.abs(best.i - j)))) best = { i, score };
      }
      if (best) take(j, best.i);
    }
  }

  // Remaining texts and numbers by place: the k-th remaining one after an unchanged neighbour
  // continues the k-th remaining one after the same neighbour in the file. A row (a record or list)
  // with nothing in common with any left is a new row, not an old one retyped.
  const slotOfBefore = new Map<number, number[]>();
  let previous = -1;
  before.forEach((_, i) => {
    if (taken.has(i)) previous = i;
    else if (isCollection(before[i])) return;
    else if (slotOfBefore.has(previous)) slotOfBefore.get(previous)!.push(i);
    else slotOfBefore.set(previous, [i]);
  });
  previous = -1;
  after.forEach((_, j) => {
    const i = match[j];
    if (i !== undefined) previous = i;
    else if (!isCollection(after[j])) {
      const same = slotOfBefore.get(previous)?.shift();
      if (same !== undefined) take(j, same);
    }
  });
  return match;
}

/** The share of fields (of a record), places (of a list) or letters (of a text, kept at its start
 *  and end) two values have the same; 0 otherwise. */
function likeness(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') {
    const size = Math.max(a.length, b.length);
    let start = 0;
    while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
    let end = 0;
    while (end < Math.min(a.length, b.length) - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
    return size === 0 ? 1 : (start + end) / size;
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    let same = 0;
    for (const k of keys) if (k in a && k in b && canonical(a[k]) === canonical(b[k])) same++;
    return keys.size === 0 ? 1 : same / keys.size;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const size = Math.max(a.length, b.length);
    let same = 0;
    for (let k = 0; k < Math.min(a.length, b.length); k++) if (canonical(a[k]) === canonical(b[k])) same++;
    return size === 0 ? 1 : same / size;
  }
  return 0;
}

const isCollection = (v: unknown): boolean => v !== null && typeof v === 'object';
