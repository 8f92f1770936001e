// The pipeline, stage by stage: data file → load + validate → Handlebars template → document
// markup → Document model → writers. Each stage lives in its own folder; this file only joins them.
import path from 'node:path';
import { buildDocuments } from './documents.js';
import { writers, type Format, FORMATS } from '../writers/index.js';
import { writeFilesAtomic } from '../io/output.js';
import { archiveOf, wantsArchive } from '../archive/options.js';

export * from './documents.js';

export interface RenderOptions {
  /** Template names or paths; default: the data's `documents:` list. */
  templates?: string[];
  /** Default: every format. */
  formats?: Format[];
  outDir: string;
  /** Render as a draft whatever the data's `status:` says. */
  draft?: boolean;
  /** PDF/A-3u with the data inside; default: the data's options.pdf_a, else off. */
  pdfA?: boolean;
}

export interface RenderedFile {
  template: string;
  format: Format;
  file: string;
  bytes: number;
}

/**
 * Renders a data file to files named <out>/<data-stem>.<template>.<ext>. Every document is built
 * in memory first; files are written only when all of them succeeded, and then as one set (all
 * or nothing, output.ts), so a failed run leaves the output folder as it was.
 */
export async function renderDataFile(dataFile: string, options: RenderOptions): Promise<RenderedFile[]> {
  const { loaded, data, documents } = await buildDocuments(dataFile, options.templates, { draft: options.draft });
  const formats = options.formats?.length ? options.formats : [...FORMATS];
  const stem = path.basename(loaded.file).replace(/\.(ya?ml|json|pdf)$/i, '');
  if (wantsArchive(options.pdfA, data)) for (const d of documents) d.doc.meta.archive = archiveOf(loaded, data, d.template.ref.name);
  const pending: { file: string; bytes: Uint8Array; template: string; format: Format }[] = [];
  for (const { template, doc } of documents) {
    for (const format of formats) {
      const bytes = await writers[format](doc);
      pending.push({ file: path.join(options.outDir, `${stem}.${template.ref.name}.${format}`), bytes, template: template.ref.name, format });
    }
  }
  writeFilesAtomic(pending.map((p) => ({ file: p.file, data: p.bytes })));
  return pending.map((p) => ({ template: p.template, format: p.format, file: p.file, bytes: p.bytes.byteLength }));
}
