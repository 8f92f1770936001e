// The pipeline, stage by stage: data file → load + validate → Handlebars template → document
// markup → Document model → writers. Each stage lives in its own folder; this file only joins them.
import path from 'node:path';
import { loadAndValidate, prepareTemplate, buildDocument } from './build.js';
import { writers, type Format, FORMATS } from './writers/index.js';
import { writeFileAtomic } from './output.js';
import { SarabanError } from './errors.js';
import { atDocument, documentNames } from './data/validate.js';

export * from './build.js';

export interface RenderOptions {
  /** Template names or paths; default: the data's `documents:` list. */
  templates?: string[];
  /** Default: every format. */
  formats?: Format[];
  outDir: string;
}

export interface RenderedFile {
  template: string;
  format: Format;
  file: string;
  bytes: number;
}

/**
 * Renders a data file to files named <out>/<data-stem>.<template>.<ext>. Every document is built
 * in memory first; files are written (atomically) only when all of them succeeded, so a failed
 * run leaves the output folder as it was.
 */
export async function renderDataFile(dataFile: string, options: RenderOptions): Promise<RenderedFile[]> {
  const { loaded, data } = await loadAndValidate(dataFile);
  const fromData = !options.templates?.length;
  const names = fromData ? documentNames(loaded, data) : options.templates!;
  if (!names.length) throw SarabanError.of('no-template', {}, { file: loaded.file });
  const formats = options.formats?.length ? options.formats : [...FORMATS];
  const stem = path.basename(loaded.file).replace(/\.(ya?ml|json)$/i, '');
  const pending: { file: string; bytes: Uint8Array; template: string; format: Format }[] = [];
  for (const [k, name] of names.entries()) {
    const template = await prepareTemplate(name).catch((e: unknown) => Promise.reject(fromData ? atDocument(loaded, k, e) : e));
    const doc = buildDocument(data, template, path.dirname(loaded.file));
    for (const format of formats) {
      const bytes = await writers[format](doc);
      pending.push({ file: path.join(options.outDir, `${stem}.${template.ref.name}.${format}`), bytes, template: template.ref.name, format });
    }
  }
  for (const p of pending) await writeFileAtomic(p.file, p.bytes);
  return pending.map((p) => ({ template: p.template, format: p.format, file: p.file, bytes: p.bytes.byteLength }));
}
