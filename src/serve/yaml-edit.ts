// Saving the editor's data into the user's YAML file as an edit, not a re-serialisation. When only
// values changed (the usual edit), each changed scalar is replaced in the file's text where it
// stands, so every other byte — comments, key order, quoting, flow lists — is as it was. When rows
// were added or removed, the parsed document is edited path by path (yaml's setIn/deleteIn) and
// written out, which keeps comments and key order though not every space. Either way the result is
// read back and must hold exactly the new data.
import type { Document, Node } from 'yaml';
import type { z } from 'zod';
import { expects } from '../data/keys.js';
import { sarabanData, time } from '../data/schema.js';
import { requireCjs } from '../cjs.js';

const { isAlias, isMap, isScalar, isSeq, parse, parseDocument, Scalar } = requireCjs('yaml') as typeof import('yaml');

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
  applyChanges(doc, before, after);
  return bom + doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

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
    return before.length === after.length && before.every((v, k) => scalarSplices(doc, [...at, k], v, after[k], out));
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
