// A parsed YAML document checked for the shapes that would make it a trap rather than data, before
// anything turns it into values: an alias that names no anchor above it, an alias inside the part
// it names (`a: &a [*a]`, a loop without end), aliases that multiply into millions of values (the
// "billion laughs"), and nesting deeper than any document needs (shape.ts). Each is pointed at the
// alias or value where it happens.
import type { Document, Node } from 'yaml';
import { requireCjs } from '../runtime/cjs.js';
import type { MessageKey, MessageParams } from '../messages/catalogue.js';
import { MAX_ALIAS_GROWTH, MAX_DEPTH } from './shape.js';

const { isAlias, isCollection, isNode, isPair } = requireCjs('yaml') as typeof import('yaml');

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

/**
 * The first trap in the document, in reading order; undefined when it is plain data. Plain data is
 * then made alias-free: each alias is replaced by the node it names (their expansion bounded
 * above), so that reading the values is linear — yaml's own alias lookup scans the document once
 * per alias, minutes for a few tens of thousands of them — and a value reached through an alias is
 * located at, and read as written from, the place it is written.
 */
export function yamlBounds(doc: Document): BoundsProblem | undefined {
  // An alias names the last anchor of its name above it: anchors are met in reading order.
  const anchors = new Map<string, Node>();
  const reached = new Map<Node, Reach>();
  const open = new Set<Node>();
  let added = 0;
  const stop = (key: MessageKey, params: MessageParams, node: Node): never => {
    throw new Stop({ key, params, offset: node.range?.[0] });
  };

  /** The node's reach, and the node to read in its place (an alias's target). */
  const walk = (node: Node, depth: number): [Reach, Node] => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return stop('yaml-alias-unknown', { name: node.source }, node);
      if (open.has(target)) stop('yaml-alias-loop', { name: node.source }, node);
      const reach = reached.get(target)!;
      if (depth + reach.height > MAX_DEPTH) stop('yaml-too-deep', { cap: MAX_DEPTH }, node);
      added += reach.size - 1;
      if (added > MAX_ALIAS_GROWTH) stop('yaml-alias-count', { name: node.source, cap: MAX_ALIAS_GROWTH.toLocaleString('en') }, node);
      return [reach, target];
    }
    if (depth > MAX_DEPTH) stop('yaml-too-deep', { cap: MAX_DEPTH }, node);
    if (node.anchor) anchors.set(node.anchor, node);
    const reach: Reach = { size: 1, height: 0 };
    const inner = (part: Node): Node => {
      const [r, read] = walk(part, depth + 1);
      reach.size += r.size;
      reach.height = Math.max(reach.height, r.height + 1);
      return read;
    };
    if (isCollection(node)) {
      open.add(node);
      const items = node.items as unknown[];
      items.forEach((item, k) => {
        if (isPair(item)) {
          if (isNode(item.key)) item.key = inner(item.key);
          if (isNode(item.value)) item.value = inner(item.value);
        } else if (isNode(item)) items[k] = inner(item);
      });
      open.delete(node);
    }
    if (node.anchor) reached.set(node, reach);
    return [reach, node];
  };

  try {
    if (isNode(doc.contents)) doc.contents = walk(doc.contents, 1)[1] as typeof doc.contents;
  } catch (e) {
    if (e instanceof Stop) return e.problem;
    throw e;
  }
  return undefined;
}
