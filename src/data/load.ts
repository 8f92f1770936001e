// Reads a data file (YAML or JSON) into plain data, keeping the parsed YAML document so that
// later stages can point at the line and column of a bad value.
import path from 'node:path';
import type { Document as YamlDocument, Node } from 'yaml';
import { SarabanError, type SourceLocation } from '../messages/errors.js';
import { textCutByHash, yamlProblem } from './yaml-errors.js';
import { yamlBounds } from './yaml-bounds.js';
import { controlCharacter, decodeText, readInput } from '../io/input.js';
import { fieldName } from './fields.js';
import { requireCjs } from '../runtime/cjs.js';

const { parseDocument, LineCounter, isMap, isSeq, isScalar } = requireCjs('yaml') as typeof import('yaml');

export interface LoadedData {
  /** Absolute path of the data file. */
  file: string;
  /** The data as plain JSON-like values. */
  data: unknown;
  /** Where a value sits in the file: path like ["meeting", "chair", "name"]. */
  locate(at: readonly (string | number)[]): SourceLocation;
  /** Where a key itself is written (for an unknown key); else as locate. */
  locateKey?(at: readonly (string | number)[]): SourceLocation;
  /** A scalar exactly as written in the file ("13.30", which YAML reads as the number 13.3). */
  sourceText?(at: readonly (string | number)[]): string | undefined;
  /** The file's text as parsed (what a PDF/A document embeds). */
  text?: string;
}

/** Reads a data file through the input gate (a regular file under the size cap), in any encoding decodeText knows. */
export async function loadDataFile(file: string): Promise<LoadedData> {
  const abs = path.resolve(file);
  const { bytes } = readInput(abs, { kind: 'data', shown: file });
  // A saraban PDF/A carries the data it was made from (archive/source.ts).
  if (isPdf(bytes)) return parseData((await import('../archive/source.js')).embeddedData(bytes, abs), abs);
  return parseData(decodeText(bytes, abs), abs);
}

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

/** Parses YAML (JSON is YAML too) with source positions. */
export function parseData(text: string, file: string): LoadedData {
  const lineCounter = new LineCounter();
  const source = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    const { key, params, line } = yamlProblem(first, source.split('\n'), pos.line);
    throw SarabanError.of(key, params, { file, line, ...(line === pos.line ? { column: pos.col } : {}) });
  }
  const cut = textCutByHash(doc);
  if (cut !== undefined) {
    const pos = lineCounter.linePos(cut);
    throw SarabanError.of('yaml-hash', {}, { file, line: pos.line, column: pos.col });
  }
  const trap = yamlBounds(doc);
  if (trap) {
    const pos = trap.offset === undefined ? undefined : lineCounter.linePos(trap.offset);
    throw SarabanError.of(trap.key, trap.params, { file, ...(pos ? { line: pos.line, column: pos.col } : {}) });
  }
  let data: unknown;
  try {
    // No alias is left (yamlBounds replaced each by what it names, bounding what they add).
    data = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    // Not expected once yamlBounds has passed the document; kept as a message, not a crash.
    throw SarabanError.of('yaml-syntax', { detail: e instanceof Error ? e.message : String(e) }, { file });
  }
  const position = (node: Node | undefined): SourceLocation => {
    const offset = node?.range?.[0];
    if (offset === undefined) return { file };
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const loaded: LoadedData = {
    file,
    data,
    text: source,
    locate: (at) => position(nodeAt(doc, at)),
    locateKey(at) {
      const parent = nodeAt(doc, at.slice(0, -1));
      const pair = isMap(parent) ? parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === at.at(-1)) : undefined;
      return position((pair?.key as Node | undefined) ?? nodeAt(doc, at));
    },
    sourceText(at) {
      const node = nodeAt(doc, at);
      return isScalar(node) ? node.source : undefined;
    },
  };
  const controls = controlProblems(loaded);
  if (controls.length) throw SarabanError.many(controls, 20, { file });
  return loaded;
}

/** A control character in a value is refused here, at its line of the data file — not later, at
 *  the template line that happened to print it. */
function controlProblems(loaded: LoadedData): SarabanError[] {
  const out: SarabanError[] = [];
  const visit = (v: unknown, at: (string | number)[]) => {
    if (out.length >= 20) return;
    if (typeof v === 'string') {
      const char = controlCharacter(v);
      if (char) out.push(SarabanError.of('control-character', { char }, loaded.locate(at), fieldName(at)));
    } else if (Array.isArray(v)) v.forEach((x, k) => visit(x, [...at, k]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, [...at, k]);
  };
  visit(loaded.data, []);
  return out;
}

/** The deepest node on the path that exists (so a missing key points at its parent). */
function nodeAt(doc: YamlDocument, at: readonly (string | number)[]): Node | undefined {
  let node: Node | undefined = doc.contents ?? undefined;
  for (const key of at) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) return node;
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}
