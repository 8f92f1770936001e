// A batch: one document per record — per element of a list in the data (--each) or per row of a
// CSV/XLSX table — rendered by a pool of workers. A broken record is reported and the others go
// on; each file is written atomically; a rerun skips files already made from the same inputs.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { prepareTemplate } from '../pipeline/documents.js';
import { loadDataFile, type LoadedData } from '../data/load.js';
import { validateData } from '../data/validate.js';
import { SarabanError } from '../messages/errors.js';
import type { Lang } from '../messages/i18n.js';
import { sarabanVersion } from '../io/paths.js';
import type { Format } from '../writers/formats.js';
import { makeOutputDir } from '../io/output.js';
import { neededSections } from '../template/sections.js';
import { DEFAULT_BATCH_FORMATS, DEFAULT_NAME } from './defaults.js';
import { itemProblem, unknownColumns } from './item-schemas.js';
import { compileNamePattern, UniqueNames } from './naming.js';
import { adaptiveRenderer, inlineRenderer, type Renderer } from './pool.js';
import { parseWhere, recordsFromData, recordsFromRows, type BatchRecord } from './records.js';
import { checkRecord, type BatchContext, type RenderOutcome, type RenderTask } from './render-record.js';
import { removeStaleTempFiles, sha256, SkipCache } from './skip-cache.js';
import { isTableFile, readTable } from './tables.js';
import { turns } from './turns.js';

export { DEFAULT_BATCH_FORMATS, DEFAULT_NAME } from './defaults.js';

export interface BatchOptions {
  /** A data file (YAML/JSON, with `each`) or a table (CSV, TSV, XLSX: one record per row). */
  source: string;
  template: string;
  /** Dotted path of the list in the data file whose elements are the records. */
  each?: string;
  /** Keep only records that pass this filter (see parseWhere). */
  where?: string;
  /** For a table: the data every row shares (YAML/JSON). */
  shared?: string;
  /** For an XLSX table: the sheet; default the first. */
  sheet?: string;
  formats?: Format[];
  outDir: string;
  /** File name pattern (Handlebars), without extension. */
  name?: string;
  /** Render every record even when its files are up to date. */
  force?: boolean;
  /** Threads that render, this one counted (workers join only when the batch pays for them); 0 or 1: this thread only. Default: one per core. */
  jobs?: number;
  /** Cap of each worker's heap (old generation) in MB; 0 lifts it: faster, more memory. */
  workerHeapMb?: number;
  /** Check every record (template and markup included) and list the files, writing none. */
  dryRun?: boolean;
  /** Language of the per-record messages. */
  lang?: Lang;
  /** Check and render as a draft whatever the shared data's `status:` says. */
  draft?: boolean;
  /** Keep the stacks of internal errors in the failure messages. */
  debug?: boolean;
  /** Stop starting records (those in flight finish): the first Ctrl-C. */
  signal?: AbortSignal;
  /** Abandon the records in flight too (their workers stopped, their temporary files removed): a second Ctrl-C. */
  quit?: AbortSignal;
  onProgress?: (p: BatchProgress) => void;
}

export interface BatchProgress {
  total: number;
  done: number;
  rendered: number;
  skipped: number;
  failed: number;
}

export type DocumentStatus = 'rendered' | 'skipped' | 'failed' | 'not started';

export interface BatchDocument {
  /** Where the record comes from: "meeting.schedule[4]", "row 18". */
  record: string;
  /** 0-based index in the source list (table: among its data rows). */
  index: number;
  row?: number;
  status: DocumentStatus;
  files: string[];
  /** Why it failed. */
  error?: string;
}

export interface BatchSummary extends BatchProgress {
  /** Nothing was written: `rendered` counts the records that would be. */
  dryRun?: boolean;
  template: string;
  source: string;
  out: string;
  formats: Format[];
  interrupted: boolean;
  /** False when the skip journal could not be written (a full disk): a rerun renders every record. */
  journalSaved: boolean;
  seconds: number;
  /** Documents rendered (not skipped) per second of the whole run. */
  documentsPerSecond: number;
  failures: { record: string; index: number; row?: number; message: string }[];
  documents: BatchDocument[];
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const formats = options.formats?.length ? options.formats : DEFAULT_BATCH_FORMATS;
  // Reading a long table takes seconds: Ctrl-C stops it too (it rejects with the signal's reason, nothing written).
  const stopSignal = AbortSignal.any([options.signal, options.quit].filter((x): x is AbortSignal => x !== undefined));
  const { shared, baseDir, records } = await loadRecords(options, stopSignal);
  const template = await prepareTemplate(options.template); // template errors stop the batch here, once
  const nameOf = compileNamePattern(options.name ?? DEFAULT_NAME);

  const lang = options.lang ?? 'en';
  if (!options.dryRun) {
    makeOutputDir(options.outDir);
    removeStaleTempFiles(options.outDir);
  }
  const cache = options.dryRun ? undefined : SkipCache.open(options.outDir);
  const common = sha256(sarabanVersion(), template.digest, JSON.stringify(shared));

  const progress: BatchProgress = { total: records.length, done: 0, rendered: 0, skipped: 0, failed: 0 };
  const tasks: { task: RenderTask; keys: string[] }[] = [];
  const names = new UniqueNames();
  const finish = (doc: BatchDocument, status: DocumentStatus, error?: string) => {
    doc.status = status;
    if (error !== undefined) doc.error = error;
    progress.done++;
    if (status === 'rendered') progress.rendered++;
    else if (status === 'skipped') progress.skipped++;
    else if (status === 'failed') progress.failed++;
    options.onProgress?.({ ...progress });
  };

  const documents: BatchDocument[] = records.map((record) => ({
    record: record.label, index: record.position.index, ...(record.row ? { row: record.row } : {}), status: 'not started', files: [],
  }));
  const turn = turns();
  const stopped = () => Boolean(options.signal?.aborted || options.quit?.aborted);
  for (const [id, record] of records.entries()) {
    // Naming, checking and hashing a long list takes seconds: Ctrl-C is heard meanwhile too.
    await turn();
    if (stopped()) break;
    const doc = documents[id]!;
    let base: string;
    try {
      base = names.take(nameOf({ ...shared, item: record.item, batch: record.position, template: template.ref.name }));
    } catch (e) {
      finish(doc, 'failed', `--name: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      continue;
    }
    doc.files = formats.map((f) => path.join(options.outDir, `${base}.${f}`));
    const checked = record.problem ? { problem: record.problem.format(lang), item: record.item } : itemProblem(template.ref.name, record.item, lang);
    if (checked.problem) {
      finish(doc, 'failed', checked.problem);
      continue;
    }
    const itemJson = JSON.stringify(checked.item ?? null);
    const keys = formats.map((f) => sha256(common, itemJson, JSON.stringify(record.position), f));
    const outputs = formats
      .map((format, k) => ({ format, file: doc.files[k]!, key: keys[k]! }))
      .filter((o) => options.force || !cache?.isDone(o.file, o.key));
    if (!outputs.length) {
      finish(doc, 'skipped');
      continue;
    }
    tasks.push({
      task: { id, item: checked.item, batch: record.position, outputs: outputs.map(({ format, file }) => ({ format, file })) },
      keys: outputs.map((o) => o.key),
    });
  }

  const context: BatchContext = { template: template.ref, shared, baseDir, debug: options.debug ?? false, lang };
  let journalSaved = true;
  if (options.dryRun) {
    // The document of each record is built in memory, as a render would: every problem is met.
    for (const { task } of tasks) {
      await turn();
      if (stopped()) break;
      const outcome = checkRecord(template, context, task);
      finish(documents[task.id]!, outcome ? 'failed' : 'rendered', outcome);
    }
  } else if (tasks.length) {
    // Threads that render, the main thread counted: it renders the first records, and workers join
    // only when the rest of the batch is long enough to pay for their start-up (pool.ts).
    const threads = Math.max(1, Math.min(options.jobs ?? availableParallelism(), tasks.length));
    const renderer: Renderer =
      threads === 1 ? await inlineRenderer(template, context) : await adaptiveRenderer(template, context, { threads, total: tasks.length, heapMb: options.workerHeapMb });
    const settle = (outcome: RenderOutcome, keys: string[], task: RenderTask) => {
      const doc = documents[outcome.id]!;
      if (!outcome.ok) return finish(doc, 'failed', outcome.message);
      task.outputs.forEach((o, k) => cache?.record(o.file, keys[k]!, outcome.written[k]!));
      finish(doc, 'rendered');
    };
    try {
      await runWindowed(tasks, renderer, settle, options);
    } finally {
      await renderer.close({ now: options.quit?.aborted });
      // Abandoned records' workers are stopped: their half-written temporaries go now, not at the next run.
      if (options.quit?.aborted) removeStaleTempFiles(options.outDir);
      journalSaved = (await cache?.compact()) ?? true;
    }
  } else {
    journalSaved = (await cache?.compact()) ?? true;
  }

  const seconds = (performance.now() - started) / 1000;
  return {
    ...(options.dryRun ? { dryRun: true } : {}),
    template: template.ref.name,
    source: options.source,
    out: options.outDir,
    formats,
    ...progress,
    interrupted: stopped() && progress.done < progress.total,
    journalSaved,
    seconds: Math.round(seconds * 100) / 100,
    documentsPerSecond: seconds > 0 ? Math.round((progress.rendered / seconds) * 10) / 10 : 0,
    failures: documents
      .filter((d) => d.status === 'failed')
      .map((d) => ({ record: d.record, index: d.index, ...(d.row ? { row: d.row } : {}), message: d.error ?? '' })),
    documents,
  };
}

/**
 * Keeps at most renderer.window records in flight, so memory stays flat however long the list.
 * `signal` stops handing out records (those in flight finish); `quit` stops waiting for them.
 */
async function runWindowed(
  tasks: { task: RenderTask; keys: string[] }[],
  renderer: Renderer,
  settle: (o: RenderOutcome, keys: string[], task: RenderTask) => void,
  { signal, quit }: { signal?: AbortSignal; quit?: AbortSignal },
): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  const turn = turns();
  const quitting = new Promise<void>((resolve) => (quit?.aborted ? resolve() : quit?.addEventListener('abort', () => resolve(), { once: true })));
  let next = 0;
  while (next < tasks.length && !signal?.aborted && !quit?.aborted) {
    while (inFlight.size < renderer.window && next < tasks.length) {
      const { task, keys } = tasks[next++]!;
      const p: Promise<void> = renderer.render(task).then((o) => {
        inFlight.delete(p);
        // A record that ends after a quit is not counted: the summary is already made.
        if (!quit?.aborted) settle(o, keys, task);
      });
      inFlight.add(p);
    }
    await Promise.race([...inFlight, quitting]);
    await turn();
  }
  await Promise.race([Promise.all(inFlight), quitting]);
}

async function loadRecords(options: BatchOptions, signal: AbortSignal): Promise<{ shared: BatchContext['shared']; baseDir: string; records: BatchRecord[] }> {
  if (isTableFile(options.source)) {
    if (options.each) throw SarabanError.of('batch-each-with-table');
    const rows = await readTable(options.source, options.sheet, signal);
    let records = recordsFromRows(rows, options.source);
    const unknown = unknownColumns(options.template, rows[0]?.cells ?? [], { file: options.source, line: rows[0]?.row ?? 1 });
    if (unknown.length) throw SarabanError.many(unknown, 20, { file: options.source });
    if (options.where) {
      const keep = parseWhere(options.where);
      records = records.filter((r) => keep(r.item));
    }
    const loaded: LoadedData | undefined = options.shared ? await loadDataFile(options.shared) : undefined;
    const shared = loaded ? validateData(loaded, { needs: neededSections([options.template]), draft: options.draft }) : validateData({ file: options.source, data: {}, locate: () => ({ file: options.source }) }, { draft: options.draft });
    return { shared, baseDir: path.dirname(path.resolve(options.shared ?? options.source)), records };
  }
  if (options.shared) throw SarabanError.of('batch-with-without-table');
  if (!options.each) throw SarabanError.of('batch-each-needed', { file: path.basename(options.source) });
  const loaded = await loadDataFile(options.source);
  const shared = validateData(loaded, { needs: neededSections([options.template]), draft: options.draft });
  return { shared, baseDir: path.dirname(loaded.file), records: recordsFromData(shared, loaded, options.each, options.where) };
}

