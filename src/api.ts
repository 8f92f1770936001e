// saraban for programs: the data as written (a YAML file parsed, or an object literal typed
// SarabanInput), checked and rendered in memory. Problems come back as values, each naming the
// field path ("minutes.present[4].name") — in-memory data has no file or line to point at — even
// for what only a program can pass: a throwing getter, a loop, a BigInt (data/plain.ts).
import { buildDocument, prepareTemplate } from './pipeline/documents.js';
import { MESSAGES, fill, type MessageEntry } from './messages/catalogue.js';
import { displayField } from './data/fields.js';
import type { LoadedData } from './data/load.js';
import type { SarabanData, SarabanInput } from './data/schema.js';
import { MAX_PROBLEMS, validateData } from './data/validate.js';
import { plainCopy } from './data/plain.js';
import { SarabanError, type Problem } from './messages/errors.js';
import type { Lang } from './messages/i18n.js';
import { neededSections } from './template/sections.js';
import { FORMATS, writers, type Format } from './writers/index.js';
import { archiveOf, wantsArchive } from './archive/options.js';
import { requireCjs } from './runtime/cjs.js';

/** The data as written, as YAML (what an in-memory document's PDF/A carries). */
const stringifyYaml = (data: unknown): string => (requireCjs('yaml') as typeof import('yaml')).stringify(data);

export type { Problem };

export interface CheckOptions {
  /** Templates the data is for: a section they need and the data lacks is a problem. */
  templates?: readonly string[];
  /** Check as a draft whatever `status:` says. */
  draft?: boolean;
  /** Language of the messages; default English. */
  lang?: Lang;
}

export type ValidateResult = { ok: true; data: SarabanData; problems: [] } | { ok: false; problems: Problem[] };

/** Checks data as written (before defaults): every problem, each with its field path. */
export function validate(data: SarabanInput | unknown, options: CheckOptions = {}): ValidateResult {
  try {
    // Read once into plain values: a getter, a loop, a BigInt is a problem here, not a throw later.
    const plain = plainCopy(data);
    if (plain.problems.length) throw SarabanError.many(plain.problems, MAX_PROBLEMS);
    const checked = validateData(inMemory(plain.data), { needs: neededSections(options.templates ?? []), draft: options.draft });
    return { ok: true, data: checked, problems: [] };
  } catch (e) {
    return { ok: false, problems: problemsOf(e, options.lang ?? 'en') };
  }
}

export interface RenderInMemoryOptions extends Omit<CheckOptions, 'templates'> {
  /** Template names (news, minutes, memo) or .hbs paths. */
  template: string | readonly string[];
  /** Default: every format. */
  formats?: readonly Format[];
  /** Folder that image paths in the data (a memo's logo) resolve against; default the working folder. */
  baseDir?: string;
  /** PDF/A-3u carrying the data (as YAML, data.yaml); default: the data's options.pdf_a, else off. */
  pdfA?: boolean;
}

export interface RenderedDocument {
  template: string;
  format: Format;
  bytes: Uint8Array;
}

export type RenderResult = { ok: true; documents: RenderedDocument[]; problems: [] } | { ok: false; problems: Problem[] };

/** Data as written → the bytes of each template in each format, or the problems; no file is written. */
export async function render(data: SarabanInput | unknown, options: RenderInMemoryOptions): Promise<RenderResult> {
  const lang = options.lang ?? 'en';
  const templates = typeof options.template === 'string' ? [options.template] : [...options.template];
  const checked = validate(data, { templates, draft: options.draft, lang });
  if (!checked.ok) return checked;
  try {
    const documents: RenderedDocument[] = [];
    for (const name of templates) {
      const template = await prepareTemplate(name);
      const doc = buildDocument(checked.data, template, options.baseDir ?? process.cwd());
      if (wantsArchive(options.pdfA, checked.data)) doc.meta.archive = archiveOf({ file: 'data.yaml', text: stringifyYaml(data) }, checked.data, template.ref.name);
      for (const format of options.formats?.length ? options.formats : FORMATS) {
        documents.push({ template: template.ref.name, format, bytes: await writers[format](doc) });
      }
    }
    return { ok: true, documents, problems: [] };
  } catch (e) {
    return { ok: false, problems: problemsOf(e, lang) };
  }
}

/** Data held in memory: no file, so problems are located by their field path alone. */
function inMemory(data: unknown): LoadedData {
  return { file: '', data, locate: () => ({ file: '' }) };
}

function problemsOf(e: unknown, lang: Lang): Problem[] {
  if (!(e instanceof SarabanError)) throw e;
  return (e.problems.length ? e.problems : [e]).map((p) => {
    const entry: MessageEntry | undefined = p.key ? MESSAGES[p.key] : undefined;
    const text = (b: { th: string; en: string } | undefined) => (b ? fill(b[lang], p.params, lang) : undefined);
    const problem: Problem = { message: text(entry?.message) ?? p.message };
    if (p.key) problem.key = p.key;
    const field = p.fieldPath ? displayField(p.fieldPath, lang) : p.field;
    if (field) problem.field = field;
    if (p.fieldPath) problem.path = p.fieldPath;
    if (p.location?.file) {
      problem.file = p.location.file;
      if (p.location.line) problem.line = p.location.line;
      if (p.location.column) problem.column = p.location.column;
    }
    const expected = text(entry?.expected);
    if (expected) problem.expected = expected;
    const hint = entry ? text(entry.hint) : p.hint;
    if (hint) problem.hint = hint;
    return problem;
  });
}
