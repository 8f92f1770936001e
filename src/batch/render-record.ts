// Rendering one record, the same in a worker thread and in the main thread: the shared data plus
// the record's `item` and `batch` → the Document → each format's bytes → files written atomically.
// Every file's bytes are made before any is written, so a record that fails writes nothing.
import { buildDocument, type PreparedTemplate } from '../pipeline/documents.js';
import type { SarabanData } from '../data/schema.js';
import type { TemplateRef } from '../template/render.js';
import { SarabanError } from '../messages/errors.js';
import { writeFilesAtomic } from '../io/output.js';
import { writers, type Format } from '../writers/index.js';
import { verifyImages } from '../writers/images.js';
import type { BatchPosition } from './records.js';
import type { Lang } from '../messages/i18n.js';
import { texts } from '../cli/texts.js';
import { contentHash, type WrittenFile } from './skip-cache.js';

/** What every record of a batch shares (sent to each worker once). */
export interface BatchContext {
  /** The template (resolved): each worker compiles it once. */
  template: TemplateRef;
  shared: SarabanData;
  /** Folder that relative paths in the data (a logo) resolve against. */
  baseDir: string;
  /** Keep the stack of an internal error (--debug). */
  debug?: boolean;
  /** Language of the messages. */
  lang?: Lang;
}

export interface RenderTask {
  /** The record's number in this batch, to match the answer to its record. */
  id: number;
  item: unknown;
  batch: BatchPosition;
  outputs: { format: Format; file: string }[];
}

export type RenderOutcome =
  | { id: number; ok: true; bytes: number; written: WrittenFile[] }
  | { id: number; ok: false; message: string; internal: boolean };

const recordDocument = (template: PreparedTemplate, context: BatchContext, task: RenderTask) =>
  buildDocument({ ...context.shared, item: task.item, batch: task.batch } as SarabanData, template, context.baseDir);

/** A dry run's check of one record: its document built in memory; the problem, or undefined. */
export function checkRecord(template: PreparedTemplate, context: BatchContext, task: RenderTask): string | undefined {
  try {
    recordDocument(template, context, task);
    return undefined;
  } catch (e) {
    return failure(e, context).message;
  }
}

function failure(e: unknown, context: BatchContext): { message: string; internal: boolean } {
  if (e instanceof SarabanError) return { message: e.format(context.lang), internal: false };
  const err = e instanceof Error ? e : new Error(String(e));
  const detail = context.debug ? `\n${err.stack ?? ''}` : ` ${texts(context.lang ?? 'en')('internalHint')}`;
  return { message: `${texts(context.lang ?? 'en')('internalError')}: ${err.message}${detail}`, internal: true };
}

export async function renderRecord(template: PreparedTemplate, context: BatchContext, task: RenderTask): Promise<RenderOutcome> {
  try {
    const doc = recordDocument(template, context, task);
    await verifyImages(doc, template.ref.file);
    const files: { file: string; bytes: Uint8Array }[] = [];
    for (const { format, file } of task.outputs) files.push({ file, bytes: await writers[format](doc) });
    writeFilesAtomic(files.map((f) => ({ file: f.file, data: f.bytes })));
    // Hashed here, in the thread that made the bytes, not read back by the main thread.
    const written = files.map((f) => ({ sha256: contentHash(f.bytes), size: f.bytes.byteLength }));
    return { id: task.id, ok: true, bytes: files.reduce((n, f) => n + f.bytes.byteLength, 0), written };
  } catch (e) {
    return { id: task.id, ok: false, ...failure(e, context) };
  }
}
