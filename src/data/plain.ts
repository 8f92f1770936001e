// Data a program hands the library (validate, render), copied once into plain values before
// anything checks it. An object from a program may hold what no data file can: a getter (run here
// once, and if it throws, that is a problem of its field), a list that contains itself, a BigInt,
// a symbol, a function, a Date or a Map, a Proxy whose traps throw. Each is reported as a problem
// with its field path, never thrown; every later stage reads the copy, so no getter runs twice.
import { SarabanError } from '../messages/errors.js';
import { fieldName } from './fields.js';
import { MAX_DEPTH, MAX_VALUES } from './shape.js';

export interface PlainCopy {
  /** The data as plain JSON-like values (undefined where a value could not be taken). */
  data: unknown;
  problems: SarabanError[];
}

/** Why a value cannot be data, in the clerk's (or programmer's) words. */
const KINDS = {
  bigint: { th: 'BigInt', en: 'BigInt' },
  symbol: { th: 'Symbol', en: 'symbol' },
  function: { th: 'ฟังก์ชัน', en: 'function' },
} as const;

class TooLarge {}
/** A property whose read threw (already reported). */
const UNREADABLE = Symbol('unreadable');

export function plainCopy(value: unknown): PlainCopy {
  const problems: SarabanError[] = [];
  /** The path to the current value, one key a level (copied only into a problem). */
  const at: (string | number)[] = [];
  /** The objects on the way down to the current value, with their depth: a cycle meets one again,
   *  and the path to it is the first `depth` keys of the current one. */
  const open = new Map<object, number>();
  let count = 0;
  const problem = (key: Parameters<typeof SarabanError.of>[0], params: Parameters<typeof SarabanError.of>[1]): undefined => {
    problems.push(SarabanError.of(key, params, undefined, [...at]));
    return undefined;
  };

  const copy = (v: unknown): unknown => {
    if (++count > MAX_VALUES) throw new TooLarge();
    switch (typeof v) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'undefined':
        return v;
      case 'bigint':
        return problem('data-unsupported', { kind: KINDS.bigint, value: `${v}n` });
      case 'symbol':
        return problem('data-unsupported', { kind: KINDS.symbol, value: v.toString() });
      case 'function':
        return problem('data-unsupported', { kind: KINDS.function, value: `${v.name || 'function'}()` });
    }
    if (v === null) return null;
    const object = v as object;
    const depth = open.get(object);
    if (depth !== undefined) return problem('data-cycle', { to: fieldName(at.slice(0, depth)) });
    if (at.length >= MAX_DEPTH) return problem('data-too-deep', { cap: MAX_DEPTH });
    open.set(object, at.length);
    try {
      return Array.isArray(object) ? copyList(object) : copyObject(object);
    } catch (e) {
      if (e instanceof TooLarge) throw e;
      // A Proxy whose trap throws, or an exotic object that refuses to be read.
      return problem('data-unreadable', { detail: reason(e) });
    } finally {
      open.delete(object);
    }
  };

  /** The value at `key` of `parent`, copied, with `key` on the path meanwhile. */
  const child = (parent: object, key: string | number): unknown => {
    at.push(key);
    try {
      const v = read(parent, String(key));
      return v === UNREADABLE ? undefined : copy(v);
    } finally {
      at.pop();
    }
  };

  const copyList = (list: readonly unknown[]): unknown[] => {
    const out: unknown[] = [];
    const length = list.length;
    for (let k = 0; k < length; k++) out.push(child(list, k));
    return out;
  };

  const copyObject = (object: object): unknown => {
    const proto = Object.getPrototypeOf(object) as object | null;
    if (proto !== Object.prototype && proto !== null) {
      const name = (proto.constructor as { name?: string } | undefined)?.name || 'Object';
      return problem('data-unsupported', { kind: { th: `ออบเจกต์ ${name}`, en: `${name} object` }, value: object instanceof Date ? dateText(object) : name });
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object)) out[key] = child(object, key);
    return out;
  };

  /** One property, read once: a getter runs here and only here; if it throws, its field says so. */
  const read = (object: object, key: string): unknown => {
    try {
      const d = Object.getOwnPropertyDescriptor(object, key);
      if (!d) return undefined;
      return 'value' in d ? d.value : d.get?.call(object);
    } catch (e) {
      problem('data-unreadable', { detail: reason(e) });
      return UNREADABLE;
    }
  };

  try {
    return { data: copy(value), problems };
  } catch (e) {
    if (!(e instanceof TooLarge)) throw e;
    return { data: undefined, problems: [SarabanError.of('data-too-large', { cap: MAX_VALUES.toLocaleString('en') })] };
  }
}

function reason(e: unknown): string {
  try {
    return (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);
  } catch {
    return '?';
  }
}

/** A Date as the text it should have been: "2021-07-29". */
function dateText(d: Date): string {
  try {
    return Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString().slice(0, 10);
  } catch {
    return 'Date';
  }
}

/** The data as plain values, or its problems thrown as one error (for callers that throw). */
export function plainData(value: unknown): unknown {
  const { data, problems } = plainCopy(value);
  if (problems.length) throw SarabanError.many(problems);
  return data;
}
