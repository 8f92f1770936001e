// Saving the editor's data into the user's YAML file as an edit of the parsed document, not a
// re-serialisation: only the paths whose value changed are set or deleted (yaml's setIn/deleteIn),
// so comments, key order, quoting and flow style of every untouched field are kept.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { expects } from '../data/keys.js';
import { sarabanData, time } from '../data/schema.js';

type Path = (string | number)[];

/** The data as the clerk wrote it: an unquoted 13.30 (a number to YAML) is the text "13.30". */
export function asWrittenData(doc: Document, schema: z.core.$ZodType = sarabanData): unknown {
  const visit = (node: unknown, at: Path): unknown => {
    if (isScalar(node)) {
      return typeof node.value === 'number' && expects(schema, at, time) && node.source !== undefined ? node.source : node.toJS(doc);
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        out[key] = visit(pair.value, [...at, key]);
      }
      return out;
    }
    if (isSeq(node)) return node.items.map((x, k) => visit(x, [...at, k]));
    return node === null || node === undefined ? null : (node as Node).toJSON?.() ?? node;
  };
  const contents = doc.contents;
  return contents === null ? {} : visit(contents, []);
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Applies to `doc` the changes from `before` to `after` (both as written), path by path. */
export function applyChanges(doc: Document, before: unknown, after: unknown): void {
  if (doc.contents === null || !isMap(doc.contents)) {
    // An empty file (or one that is not a mapping): the data is the whole document.
    doc.contents = doc.createNode(after) as typeof doc.contents;
    return;
  }
  diff(doc, [], before, after);
}

function diff(doc: Document, at: Path, before: unknown, after: unknown): void {
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(before)) if (!(key in after)) doc.deleteIn([...at, key]);
    for (const [key, value] of Object.entries(after)) {
      if (!(key in before)) doc.setIn([...at, key], doc.createNode(value));
      else diff(doc, [...at, key], before[key], value);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    // Items are compared by place: an edited row keeps its comments; removed rows go from the end.
    for (let k = before.length - 1; k >= after.length; k--) doc.deleteIn([...at, k]);
    after.forEach((value, k) => {
      if (k < before.length) diff(doc, [...at, k], before[k], value);
      else addItem(doc, at, value);
    });
    return;
  }
  if (!sameValue(before, after)) {
    const node = doc.getIn(at, true);
    // A scalar keeps its node (and the comment on it); only its value changes.
    if (isScalar(node) && (after === null || typeof after !== 'object')) {
      // yaml quotes a string that would read back as something else ("13.30", "yes").
      node.value = after;
    } else doc.setIn(at, doc.createNode(after));
  }
}

function addItem(doc: Document, at: Path, value: unknown): void {
  const seq = doc.getIn(at, true);
  if (isSeq(seq)) seq.items.push(doc.createNode(value));
  else doc.setIn(at, doc.createNode([value]));
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Parses the file's text for editing (an empty text is an empty document). */
export function editableDocument(text: string): Document {
  return parseDocument(text.replace(/^\uFEFF/, ''), { keepSourceTokens: false });
}
