// Saving the editor's data into the user's YAML file as an edit, not a re-serialisation. When only
// values changed (the usual edit), each changed scalar is replaced in the file's text where it
// stands, so every other byte — comments, key order, quoting, flow lists — is as it was. When rows
// were added, removed or moved, or an aliased value was edited in one place, the parsed document is
// edited node by node and written out, which keeps comments (each with its own node) and key order
// though not every space. Either way the result is read back and must hold exactly the new data.
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { z } from 'zod';
import { expects } from '../data/keys.js';
import { sarabanData, time } from '../data/schema.js';
import { requireCjs } from '../runtime/cjs.js';
import { canonical, matchItems } from './list-match.js';
import { relink, unalias } from './yaml-aliases.js';
import { isRecord } from '../data/shape.js';

const { isAlias, isMap, isNode, isScalar, isSeq, parse, parseDocument, Scalar } = requireCjs('yaml') as typeof import('yaml');

type Path = (string | number)[];

/** The data as the clerk wrote it: an unquoted 13.30 (a number to YAML) is the text "13.30". */
export function asWrittenData(doc: Document, schema: z.core.$ZodType = sarabanData): unknown {
  const visit = (node: unknown, at: Path, depth = 0): unknown => {
    // An alias (*name) stands for its anchor's value; a chain of them is bounded as in load.ts.
    if (isAlias(node)) return depth > 100 ? null : visit(node.resolve(doc), at, depth + 1);
    if (isScalar(node)) {
      return typeof node.value === 'number' && expects(schema, at, time) && node.source !== undefined ? node.source : node.toJS(doc);
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        out[key] = visit(pair.value, [...at, key], depth);
      }
      return out;
    }
    if (isSeq(node)) return node.items.map((x, k) => visit(x, [...at, k], depth));
    return node === null || node === undefined ? null : (node as Node).toJSON?.() ?? node;
  };
  const contents = doc.contents;
  return contents === null ? {} : visit(contents, []);
}


/** Edits `doc` from `before` to `after` (both as written), node by node: what is kept keeps its
 *  comments, and a removed or moved item takes its own along. Aliases are copied for the edit and
 *  linked again where the copy still means the same (yaml-aliases.ts). */
function applyChanges(doc: Document, before: unknown, after: unknown): void {
  const copies = unalias(doc);
  doc.contents = edited(doc, doc.contents, before, after) as typeof doc.contents;
  relink(doc, copies);
}

/** The node that holds `after` in place of `node` (which holds `before`): `node` itself, edited,
 *  when it can be. */
function edited(doc: Document, node: unknown, before: unknown, after: unknown): unknown {
  if (sameValue(before, after)) return node;
  if (isMap(node) && isRecord(before) && isRecord(after)) {
    editMap(doc, node, before, after);
    return node;
  }
  if (isSeq(node) && Array.isArray(before) && Array.isArray(after)) {
    editSeq(doc, node, before, after);
    return node;
  }
  // A scalar keeps its node (and the comments on it); only its value changes. yaml quotes a string
  // that would read back as something else ("13.30", "yes").
  if (isScalar(node) && (after === null || typeof after !== 'object')) {
    node.value = after;
    node.source = undefined;
    return node;
  }
  const made = doc.createNode(after);
  if (isNode(node)) Object.assign(made, { commentBefore: node.commentBefore, comment: node.comment, spaceBefore: node.spaceBefore });
  return made;
}

function editMap(doc: Document, map: YAMLMap, before: Record<string, unknown>, after: Record<string, unknown>): void {
  const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
  const first = map.items[0];
  map.items = map.items.filter((pair) => keyOf(pair) in after);
  if (first && map.items[0] !== first) leadingCommentGoesWith(map, first.key);
  for (const pair of map.items) {
    const key = keyOf(pair);
    pair.value = edited(doc, pair.value, before[key], after[key]) as typeof pair.value;
  }
  for (const [key, value] of Object.entries(after)) if (!(key in before)) map.items.push(doc.createPair(key, value));
}

/** Items follow the form's list: each continues the file's item it matches (list-match.ts), and
 *  the file's node moves with it, comments and all; removed items take theirs away. */
function editSeq(doc: Document, seq: YAMLSeq, before: unknown[], after: unknown[]): void {
  const match = matchItems(before, after);
  const first = seq.items[0];
  const items = after.map((value, j) => {
    const i = match[j];
    return i === undefined ? doc.createNode(value) : edited(doc, seq.items[i], before[i], value);
  });
  if (first !== undefined && items[0] !== first) leadingCommentGoesWith(seq, first);
  seq.items = items;
}

/** A comment between a block list's key and its first item (or a block map's key and its first
 *  key) is yaml's comment on the collection, but it reads as the first entry's: it goes with that
 *  entry when the entry is removed or moved. */
function leadingCommentGoesWith(collection: YAMLMap | YAMLSeq, entry: unknown): void {
  if (collection.flow || !collection.commentBefore || !isNode(entry) || entry.commentBefore) return;
  entry.commentBefore = collection.commentBefore;
  collection.commentBefore = undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The file's new text: `text` edited so that it holds `after` (the data as written). */
export function editedText(text: string, after: unknown): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const source = text.slice(bom.length);
  const doc = editableDocument(source);
  const before = asWrittenData(doc);
  if (sameValue(before, after)) return text;
  const splices: Splice[] | undefined = doc.contents !== null && isMap(doc.contents) ? [] : undefined;
  if (splices && scalarSplices(doc, [], before, after, splices)) {
    let out = source;
    for (const s of splices.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
    if (sameValue(asWrittenData(editableDocument(out)), after)) return bom + out;
  }
  if (doc.contents !== null && isMap(doc.contents)) {
    applyChanges(doc, before, after);
    const out = doc.toString(WRITE);
    if (sameValue(asWrittenData(editableDocument(out)), after)) return bom + out;
  }
  // An empty file, one that is not a mapping, or an edit that did not read back as the form's data
  // (a guard, not expected): the data is written whole, so the file means what the form showed.
  doc.contents = doc.createNode(after) as typeof doc.contents;
  return bom + doc.toString(WRITE);
}

const WRITE = { lineWidth: 0, flowCollectionPadding: false } as const;

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Collects the text replacements of changed scalars; false when the change is more than that. */
function scalarSplices(doc: Document, at: Path, before: unknown, after: unknown, out: Splice[]): boolean {
  if (isRecord(before) && isRecord(after)) {
    const keys = Object.keys(before);
    if (keys.length !== Object.keys(after).length || keys.some((k) => !(k in after))) return false;
    return keys.every((k) => scalarSplices(doc, [...at, k], before[k], after[k], out));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    // Rows moved are not values changed in place: their comments must move with them.
    if (before.length !== after.length || matchItems(before, after).some((i, j) => i !== j)) return false;
    return before.every((v, k) => scalarSplices(doc, [...at, k], v, after[k], out));
  }
  if (sameValue(before, after)) return true;
  const node = doc.getIn(at, true);
  if (!isScalar(node) || !node.range || !['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(String(node.type))) return false;
  if (!(typeof after === 'string' || typeof after === 'number' || typeof after === 'boolean')) return false;
  out.push({ start: node.range[0], end: node.range[1], text: scalarText(after, node.type === Scalar.QUOTE_DOUBLE) });
  return true;
}

/** A value as one YAML scalar that reads back as itself in block or flow context: plain when it
 *  is plain text, else double-quoted (JSON's quoting is YAML's; Thai stays as it is). */
function scalarText(value: string | number | boolean, quoted: boolean): string {
  if (typeof value !== 'string') return String(value);
  const plainSafe = !quoted && value !== '' && value.trim() === value && !/[\n,[\]{}#:"'&*!|>%@`]/.test(value) && !/^[-?]/.test(value) && !YAML11_WORDS.test(value) && safeParse(value) === value;
  return plainSafe ? value : JSON.stringify(value);
}

/** Words a YAML 1.1 reader (other tools) would take for a yes/no or nothing: quoted too. */
const YAML11_WORDS = /^(y|yes|n|no|on|off|true|false|null|~)$/i;

function safeParse(text: string): unknown {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}

/** Parses the file's text for editing (an empty text is an empty document). */
export function editableDocument(text: string): Document {
  return parseDocument(text.replace(/^\uFEFF/, ''), { keepSourceTokens: false });
}
