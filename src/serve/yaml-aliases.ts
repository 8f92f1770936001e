// YAML aliases in an edited file. `present: [*chair, …]` stands for the anchored `chair: &chair {…}`
// wherever it is used, while the form shows and edits each place on its own. So, for an edit, every
// alias is first replaced by a copy of what it stands for; after the edit, a copy still equal to its
// anchor's node (and after it in the file) becomes the alias again. An edit made in one place stays
// in that place; one made alike in every place keeps the link.
import type { Alias, Document, Node } from 'yaml';
import { requireCjs } from '../runtime/cjs.js';

const { isAlias, isCollection, isMap, isNode, isScalar, isSeq, visit, Alias: AliasNode } = requireCjs('yaml') as typeof import('yaml');

/** Each copy put in place of an alias, with the anchored node it copies. */
export type Copies = Map<Node, Node>;

/** Past this many copies (a file of aliases of aliases), the rest stay aliases; the edit then
 *  replaces what it changes under them, and the saved file is still checked by reading it back. */
const MAX_COPIES = 10_000;

/** Replaces every alias in `doc` by a copy of its anchor's node (anchors and comments inside the
 *  copy left out; the alias's own comments kept). */
export function unalias(doc: Document): Copies {
  const copies: Copies = new Map();
  visit(doc, {
    Alias(_key, alias, path) {
      if (copies.size >= MAX_COPIES) return undefined;
      const source = alias.resolve(doc);
      // An alias inside what it stands for (a: &a [*a]) has no finite copy.
      if (!isNode(source) || path.some((p) => p === source || (isNode(p) && copies.get(p) === source))) return undefined;
      const copy = source.clone() as Node;
      visit(copy, {
        Node(_k, inner) {
          delete inner.anchor;
          inner.commentBefore = undefined;
          inner.comment = undefined;
        },
      });
      copy.commentBefore = alias.commentBefore;
      copy.comment = alias.comment;
      copy.spaceBefore = alias.spaceBefore;
      copies.set(copy, source);
      return copy; // visited next, so aliases inside it are copied too
    },
  });
  return copies;
}

/** Turns back into its alias each copy that still equals its anchor's node, which comes earlier in
 *  the file (an alias must follow its anchor). */
export function relink(doc: Document, copies: Copies): void {
  if (copies.size === 0) return;
  const seen = new Set<Node>();
  visit(doc, {
    Node(_key, node) {
      const source = copies.get(node);
      if (source?.anchor && seen.has(source) && sameNode(node, source)) {
        const alias: Alias = new AliasNode(source.anchor);
        alias.commentBefore = node.commentBefore;
        alias.comment = node.comment;
        alias.spaceBefore = node.spaceBefore;
        return alias;
      }
      seen.add(node);
      return undefined;
    },
  });
}

/** The same data, written the same way (13.30 and 13.3 are different times). */
function sameNode(a: unknown, b: unknown): boolean {
  if (isScalar(a) && isScalar(b)) return Object.is(a.value, b.value) && a.tag === b.tag && (typeof a.value !== 'number' || a.source === b.source);
  if (isAlias(a) && isAlias(b)) return a.source === b.source;
  if (isSeq(a) && isSeq(b)) return a.items.length === b.items.length && a.items.every((x, k) => sameNode(x, b.items[k]));
  if (isMap(a) && isMap(b)) {
    return a.items.length === b.items.length && a.items.every((p, k) => sameNode(p.key, b.items[k]!.key) && sameNode(p.value, b.items[k]!.value));
  }
  return !isCollection(a) && !isCollection(b) && !isNode(a) && !isNode(b) && a === b;
}
