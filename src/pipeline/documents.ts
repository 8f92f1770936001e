// From data to the Document model: load + validate → Handlebars template → markup → model.
// No writer is involved; the pipeline (pipeline/render.ts) adds the writers and the files.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { loadDataFile, type LoadedData } from '../data/load.js';
import { atDocument, documentNames, MAX_PROBLEMS, validateData } from '../data/validate.js';
import { plainData } from '../data/plain.js';
import { SarabanError } from '../messages/errors.js';
import { sarabanData, type SarabanData, type SarabanInput } from '../data/schema.js';
import { knownKeys } from '../data/keys.js';
import { compileTemplate, resolveTemplate, templateSources, type CompiledTemplate, type TemplateRef, type TemplateSource } from '../template/render.js';
import { neededSections, sectionsRead } from '../template/sections.js';
import { parseMarkup, type LineMeasure } from '../markup/parse.js';
import { localizeDigits } from '../model/localize.js';
import { markDraft } from '../model/draft.js';
import type { Document } from '../model/document.js';
import { verifyImages } from '../writers/images.js';

export interface PreparedTemplate {
  ref: TemplateRef;
  render: CompiledTemplate;
  /** Hash of the template and every partial it can use: a change to any of them changes it. */
  digest: string;
  /** The top-level names the template itself reads (sectionsRead). */
  readonly reads: string[];
  /** The line measure for table columns sized to their text (widths="… auto"): loaded only for a
   *  template that may ask for one, as it loads the PDF's fonts (a DOCX or validate needs none). */
  measure?: LineMeasure;
}

/** A template by name or path (resolved), or an already resolved one, read once and compiled. */
export async function prepareTemplate(template: string | TemplateRef, within?: string[]): Promise<PreparedTemplate> {
  const ref = typeof template === 'string' ? await resolveTemplate(template, undefined, within) : template;
  const sources = await templateSources(ref);
  let reads: string[] | undefined;
  const measure = sources.some((s) => s.source.includes('auto')) ? (await import('../writers/pdf/measure.js')).lineWidth : undefined;
  return {
    ref,
    ...(measure ? { measure } : {}),
    render: await compileTemplate(ref, sources),
    digest: sourcesDigest(sources),
    // Wanted only when a document fails: parsing for it loads Handlebars' compiler.
    get reads() {
      return (reads ??= sectionsRead(sources[0]!.source));
    },
  };
}

function sourcesDigest(sources: readonly TemplateSource[]): string {
  const hash = createHash('sha256');
  for (const s of sources) hash.update(s.name).update('\0').update(s.source).update('\0');
  return hash.digest('hex');
}

/**
 * Data + template → the Document model (no files written). Data that was never checked (a library
 * caller's object as written) is read once into plain values and checked first, so it fails with
 * named fields (a throwing getter, a loop, a BigInt among them: data/plain.ts), never a TypeError.
 */
export function buildDocument(data: SarabanData | SarabanInput, template: PreparedTemplate, baseDir: string): Document {
  return buildChecked(isChecked(data) ? data : validateData({ file: '', data: plainData(data), locate: () => ({ file: '' }) }), template, baseDir);
}

/** Checked data always has a status (the schema's default); data as written may not. */
const isChecked = (data: unknown): data is SarabanData =>
  typeof data === 'object' && data !== null && typeof (data as { status?: unknown }).status === 'string' && typeof (data as { options?: unknown }).options === 'object' &&
  Array.isArray((data as { dictionary?: unknown }).dictionary) &&
  Array.isArray((data as { documents?: unknown }).documents);

function buildChecked(data: SarabanData, template: PreparedTemplate, baseDir: string): Document {
  const markup = template.render(data);
  const doc = parseMarkup(markup, { source: template.ref.file, baseDir, ...(template.measure ? { measure: template.measure } : {}) });
  return localizeDigits(markDraft(applyOptions(doc, data)));
}

/** Settings in the data override the template's defaults. */
function applyOptions(doc: Document, data: SarabanData): Document {
  const o = data.options;
  return {
    ...doc,
    meta: {
      ...doc.meta,
      ...(o.thai_digits !== undefined ? { thaiDigits: o.thai_digits } : {}),
      ...(o.font_size !== undefined ? { fontSize: o.font_size } : {}),
      ...(o.font !== undefined ? { font: o.font } : {}),
      dictionary: [...doc.meta.dictionary, ...data.dictionary],
      ...(data.status === 'draft' || doc.meta.draft ? { draft: true } : {}),
    },
  };
}

export interface CheckOptions {
  /** Check and render as a draft whatever the data's `status:` says (--draft). */
  draft?: boolean;
}

/** Loads and checks a data file; `templates` (else its `documents:`) say which sections it must have. */
export async function loadAndValidate(file: string, templates?: readonly string[], options: CheckOptions = {}): Promise<{ loaded: LoadedData; data: SarabanData }> {
  const loaded = await loadDataFile(file);
  const needs = neededSections(templates?.length ? templates : declaredDocuments(loaded.data));
  return { loaded, data: validateData(loaded, { needs, draft: options.draft }) };
}

/** The `documents:` list as written, before validation (so a missing section is named first). */
function declaredDocuments(data: unknown): string[] {
  const list = (data as { documents?: unknown } | null)?.documents;
  return Array.isArray(list) ? list.filter((d): d is string => typeof d === 'string') : [];
}

/** The data sections a template reads that the data file does not have. */
function absentSections(data: unknown, template: PreparedTemplate): string[] {
  const sections = new Set(knownKeys(sarabanData, []));
  const present = data !== null && typeof data === 'object' ? Object.keys(data) : [];
  return template.reads.filter((name) => sections.has(name) && !present.includes(name));
}

export interface BuiltDocuments {
  loaded: LoadedData;
  data: SarabanData;
  documents: { template: PreparedTemplate; doc: Document }[];
}

/**
 * A data file's documents, built in memory: those of `templates` (names or paths), or else those
 * its `documents:` list names. Every document is tried; their problems are thrown together, each
 * one met for an entry of `documents:` pointed at that line of the data file.
 */
export async function buildDocuments(file: string, templates?: readonly string[], options: CheckOptions = {}): Promise<BuiltDocuments> {
  const { loaded, data } = await loadAndValidate(file, templates, options);
  const fromData = !templates?.length;
  const names = fromData ? documentNames(loaded, data) : templates;
  if (!names.length) throw SarabanError.of('no-template', {}, { file: loaded.file });
  const documents: BuiltDocuments['documents'] = [];
  const problems: SarabanError[] = [];
  for (const [k, name] of names.entries()) {
    let template: PreparedTemplate | undefined;
    try {
      // A template the data file names must really lie in its folder (links followed).
      template = await prepareTemplate(name, fromData ? [path.dirname(loaded.file)] : undefined);
      const doc = buildDocument(data, template, path.dirname(loaded.file));
      await verifyImages(doc, template.ref.file);
      documents.push({ template, doc });
    } catch (e) {
      // A template that fails on data lacking a section it reads: the section is the problem.
      const absent = e instanceof SarabanError && (e.key === 'template-runtime' || e.key === 'template-value') && template ? absentSections(loaded.data, template) : [];
      if (absent.length) {
        problems.push(...absent.map((section) => SarabanError.of('missing-section', { section, template: template!.ref.name }, { file: loaded.file }, section)));
        continue;
      }
      const located = fromData ? atDocument(loaded, k, e) : e;
      if (!(located instanceof SarabanError)) throw located;
      problems.push(located);
    }
  }
  if (problems.length) throw SarabanError.many(problems, MAX_PROBLEMS, { file: loaded.file });
  return { loaded, data, documents };
}
