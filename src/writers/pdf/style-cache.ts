// pdfmake resolves about twenty style properties (font, size, colour, decoration…) for every
// piece it measures, each by walking the style stack — and it cuts Thai text into a piece per
// word, so this lookup cost more than measuring the words. Pieces cut from one text run carry
// the same style (TextBreaker copies the run's own properties onto each), so while pdfmake
// measures a paragraph (TextInlines.measure) a property is resolved once per run of pieces with
// the same own properties, and reused for the rest.
import { fromPdfmake, ownerOf } from './internals.js';

type Item = Record<string, unknown>;
type GetStyleProperty = (item: Item, stack: unknown, property: string, defaultValue: unknown) => unknown;

/** Properties TextBreaker and measuring set on one piece, not style. */
const PER_PIECE = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent', 'trailingCut', 'width', 'height']);

function sameStyle(a: Item, b: Item): boolean {
  let n = 0;
  for (const k in b) {
    if (PER_PIECE.has(k)) continue;
    if (a[k] !== b[k]) return false;
    n++;
  }
  for (const k in a) if (!PER_PIECE.has(k)) n--;
  return n === 0;
}

/** Where a piece being measured holds its run's resolved properties (a symbol: not copied as style). */
const RUN = Symbol('style run');

let installed = false;
/** Patches TextInlines.measure once. */
export function installStyleCache(): void {
  if (installed) return;
  const Stack = (fromPdfmake('./StyleContextStack.js') as { default: { getStyleProperty: GetStyleProperty } }).default;
  const TextInlines = (fromPdfmake('./TextInlines.js') as { default: { prototype: object } }).default;
  const proto = ownerOf(Object.create(TextInlines.prototype) as object, 'measure', 'style cache');
  const measure = proto.measure as (this: unknown, array: Item[], stack: unknown) => Item[];
  const lookup = Stack.getStyleProperty;
  proto.measure = function measureByRun(this: unknown, array: Item[], stack: unknown): Item[] {
    if (array.length < 2) return measure.call(this, array, stack);
    // The resolved properties of each run of same-style pieces, judged before measuring adds to them.
    let current: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    array.forEach((item, k) => {
      if (k > 0 && !sameStyle(array[k - 1]!, item)) current = Object.create(null) as Record<string, unknown>;
      (item as { [RUN]?: Record<string, unknown> })[RUN] = current;
    });
    Stack.getStyleProperty = (item, s, property, defaultValue) => {
      const resolved = (item as { [RUN]?: Record<string, unknown> })[RUN];
      if (resolved === undefined || s !== stack) return lookup(item, s, property, defaultValue);
      if (property in resolved) return resolved[property];
      return (resolved[property] = lookup(item, s, property, defaultValue));
    };
    try {
      return measure.call(this, array, stack);
    } finally {
      Stack.getStyleProperty = lookup;
      for (const item of array) (item as { [RUN]?: unknown })[RUN] = undefined;
    }
  };
  installed = true;
}
