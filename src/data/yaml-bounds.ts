// A parsed YAML document checked for the shapes that would make it a trap rather than data, before
// anything turns it into values: an alias that names no anchor above it, an alias inside the part
// it names (`a: &a [*a]`, a loop without end), aliases that multiply into millions of values (the
// "billion laughs"), and nesting deeper than any document needs (shape.ts). Each is pointed at the
// alias or value where it happens.
import type { Document, Node } from 'yaml';
import { requireCjs } from '../cjs.js';
import type { MessageKey, MessageParams } from './messages.js';
import { MAX_ALIAS_GROWTH, MAX_DEPTH } from './shape.js';

const { isAlias, isCollection, isPair } = requireCjs('yaml') as typeof import('yaml');

export interface BoundsProblem {
  key: MessageKey;
  params: MessageParams;
  /** Offset in the source of the alias or value at fault. */
  offset: number | undefined;
}

/** How far a value reaches once its aliases are replaced: values in all, levels below it. */
interface Reach {
  size: number;
  height: number;
}

class Stop {
  constructor(readonly problem: BoundsProblem) {}
}

/** The first trap in the document, in reading order; undefined when it is plain data. */
export function yamlBounds(doc: Document): BoundsProblem | undefined {
  // An alias names the last anchor of its name above it: anchors are met in reading order.
  const anchors = new Map<string, Node>();
  const reached = new Map<Node, Reach>();
  const open = new Set<Node>();
  let added = 0;
  const stop = (key: MessageKey, params: MessageParams, node: Node): never => {
    throw new Stop({ key, params, offset: node.range?.[0] });
  };

  const walk = (node: Node, depth: number): Reach => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return stop('yaml-alias-unknown', { name: node.source }, node);
      if (open.has(target)) stop('yaml-alias-loop', { name: node.source }, node);
      const reach = reached.get(target)!;
      if (depth + reach.height > MAX_DEPTH) stop('yaml-too-deep', { cap: MAX_DEPTH }, node);
      added += reach.size - 1;
      if (added > MAX_ALIAS_GROWTH) stop('yaml-alias-count', { name: node.source, cap: MAX_ALIAS_GROWTH.toLocaleString('en') }, node);
      return reach;
    }
    if (depth > MAX_DEPTH) stop('yaml-too-deep', { cap: MAX_DEPTH }, node);
    if (node.anchor) anchors.set(node.anchor, node);
    const reach: Reach = { size: 1, height: 0 };
    if (isCollection(node)) {
      open.add(node);
      for (const item of node.items as unknown[]) {
        for (const part of isPair(item) ? [item.key, item.value] : [item]) {
          if (part === null || typeof part !== 'object') continue;
          const inner = walk(part as Node, depth + 1);
          reach.size += inner.size;
          reach.height = Math.max(reach.height, inner.height + 1);
        }
      }
      open.delete(node);
    }
    if (node.anchor) reached.set(node, reach);
    return reach;
  };

  try {
    if (doc.contents) walk(doc.contents as Node, 1);
  } catch (e) {
    if (e instanceof Stop) return e.problem;
    throw e;
  }
  return undefined;
}
