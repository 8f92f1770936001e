// From data to the Document model: load + validate → Handlebars template → markup → model.
// No writer is involved; the pipeline (pipeline.ts) adds the writers and the files.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { loadDataFile, type LoadedData } from './data/load.js';
import { atDocument, documentNames, MAX_PROBLEMS, validateData } from './data/validate.js';
import { SarabanError } from './errors.js';
import type { SarabanData } from './data/schema.js';
import { compileTemplate, resolveTemplate, templateSources, type CompiledTemplate, type TemplateRef, type TemplateSource } from './template/render.js';
import { parseMarkup } from './markup/parse.js';
import { localizeDigits } from './model/localize.js';
import type { Document } from './model/document.js';
import { verifyImages } from './writers/images.js';

export interface PreparedTemplate {
  ref: TemplateRef;
  render: CompiledTemplate;
  /** Hash of the template and every partial it can use: a change to any of them changes it. */
  digest: string;
}

/** A template by name or path (resolved), or an already resolved one, read once and compiled. */
export async function prepareTemplate(template: string | TemplateRef, within?: string[]): Promise<PreparedTemplate> {
  const ref = typeof template === 'string' ? await resolveTemplate(template, undefined, within) : template;
  const sources = await templateSources(ref);
  return { ref, render: await compileTemplate(ref, sources), digest: sourcesDigest(sources) };
}

function sourcesDigest(sources: readonly TemplateSource[]): string {
  const hash = createHash('sha256');
  for (const s of sources) hash.update(s.name).update('\0').update(s.source).update('\0');
  return hash.digest('hex');
}

/** Data + template → the Document model (no files written). */
export function buildDocument(data: SarabanData, template: PreparedTemplate, baseDir: string): Document {
  const markup = template.render(data);
  const doc = parseMarkup(markup, { source: template.ref.file, baseDir });
  return localizeDigits(applyOptions(doc, data));
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
    },
  };
}

export async function loadAndValidate(file: string): Promise<{ loaded: LoadedData; data: SarabanData }> {
  const loaded = await loadDataFile(file);
  return { loaded, data: validateData(loaded) };
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
export async function buildDocuments(file: string, templates?: readonly string[]): Promise<BuiltDocuments> {
  const { loaded, data } = await loadAndValidate(file);
  const fromData = !templates?.length;
  const names = fromData ? documentNames(loaded, data) : templates;
  if (!names.length) throw SarabanError.of('no-template', {}, { file: loaded.file });
  const documents: BuiltDocuments['documents'] = [];
  const problems: SarabanError[] = [];
  for (const [k, name] of names.entries()) {
    try {
      // A template the data file names must really lie in its folder (links followed).
      const template = await prepareTemplate(name, fromData ? [path.dirname(loaded.file)] : undefined);
      const doc = buildDocument(data, template, path.dirname(loaded.file));
      await verifyImages(doc, template.ref.file);
      documents.push({ template, doc });
    } catch (e) {
      const located = fromData ? atDocument(loaded, k, e) : e;
      if (!(located instanceof SarabanError)) throw located;
      problems.push(located);
    }
  }
  if (problems.length) throw SarabanError.many(problems, MAX_PROBLEMS, { file: loaded.file });
  return { loaded, data, documents };
}
