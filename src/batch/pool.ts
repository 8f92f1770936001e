// Where records are rendered: the main thread, joined by worker threads (piscina) only when the
// batch is long enough to pay for them. A worker pays its own imports, template compilation and
// JIT warm-up before its first record (about what the main thread's first record costs); a short
// batch (the seed's ten memos) is done in the main thread before a worker would be ready. So every
// batch starts in the main thread, and after its first records the rest is estimated from them:
// workers start only when that estimate is well above a worker's start-up and a core is free for
// them, and then the main thread keeps rendering beside them (it counts as one of the --jobs threads).
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piscina as PiscinaClass } from 'piscina';
import { requireCjs } from '../runtime/cjs.js';
import type { PreparedTemplate } from '../pipeline/documents.js';
import { SarabanError } from '../messages/errors.js';
import type { BatchContext, RenderOutcome, RenderTask } from './render-record.js';
import { DEFAULT_WORKER_HEAP_MB } from './defaults.js';

export interface Renderer {
  /** How many records to keep in flight: enough to keep every thread busy, few enough to keep memory flat. Read before each hand-out. */
  readonly window: number;
  render(task: RenderTask): Promise<RenderOutcome>;
  /** Waits for the workers to end; `now`: stops them mid-record (a second Ctrl-C). */
  close(how?: { now?: boolean }): Promise<void>;
}

/** Renders in this thread only (--jobs 0 or 1). The writers (pdfmake, docx) are loaded on the first record. */
export async function inlineRenderer(template: PreparedTemplate, context: BatchContext): Promise<Renderer> {
  const { renderRecord } = await import('./render-record.js');
  // Two records in flight: one lays out while the other waits between its stages (pdfkit's
  // stream, a writer's first import); about 4 % faster than one on 200 memos. Files are written
  // synchronously (io/output.ts), so neither waits on the disk.
  return { window: MAIN_WINDOW, render: (task) => renderRecord(template, context, task), close: async () => {} };
}

/** Records the main thread has in flight (inlineRenderer). */
const MAIN_WINDOW = 2;
/** Records rendered in the main thread, one at a time, before the rest of the batch is estimated. */
const PROBE_RECORDS = 3;
/** Workers start only when the rest of the batch would take the main thread this many times a worker's start-up. */
const PAYBACK = 3;

/** Cores no other process is using, this one's main thread counted as busy: the last minute's
 *  load average says how many threads were runnable. A worker without a free core only takes
 *  turns with the main thread and pays its start-up for nothing. */
function freeCores(): number {
  const [load = 0] = loadavg();
  return Math.floor(availableParallelism() - Math.max(1, load) + 0.5);
}

/** How many workers pay for themselves: none unless the rest of the batch would take the main
 *  thread PAYBACK × a worker's start-up (its first record's time); at most one per free core. */
export function workersToStart(p: { threads: number; remaining: number; firstMs: number; warmMs: number; freeCores: number }): number {
  if (p.remaining * p.warmMs <= PAYBACK * p.firstMs) return 0;
  return Math.max(0, Math.min(p.threads - 1, p.freeCores));
}

export interface AdaptiveOptions {
  /** Threads that render, the main thread included (2 or more). */
  threads: number;
  /** Records in the batch. */
  total: number;
  heapMb?: number;
}

/**
 * The main thread renders the first records; then, if the rest of the batch would take it longer
 * than PAYBACK × a worker's start-up (estimated as the first record's time: imports, template,
 * JIT), threads − 1 workers start and share the rest with it.
 */
export async function adaptiveRenderer(template: PreparedTemplate, context: BatchContext, options: AdaptiveOptions): Promise<Renderer> {
  const main = await inlineRenderer(template, context);
  let pool: Renderer | undefined;
  let inMainNow = 0;
  let done = 0;
  let first = 0;
  let warm = Infinity;
  const inMain = async (task: RenderTask) => {
    inMainNow++;
    const started = performance.now();
    try {
      return await main.render(task);
    } finally {
      const ms = performance.now() - started;
      if (done++ === 0) first = ms;
      else warm = Math.min(warm, ms);
      inMainNow--;
      if (!pool && done === PROBE_RECORDS) {
        const workers = workersToStart({ threads: options.threads, remaining: options.total - done, firstMs: first, warmMs: warm, freeCores: freeCores() });
        // Without the built worker (tests run the TypeScript sources) the main thread does it all.
        if (workers > 0 && workerBuilt()) pool = poolRenderer(context, workers, options.heapMb);
      }
    }
  };
  return {
    // One record at a time while the first ones are timed (an overlapped record would blur the
    // estimate); then the main thread's window, and two per worker once they start.
    get window() {
      return done < PROBE_RECORDS ? 1 : main.window + (pool?.window ?? 0);
    },
    render: (task) => (pool && inMainNow >= main.window ? pool.render(task) : inMain(task)),
    close: async (how) => {
      await pool?.close(how);
    },
  };
}

/** The compiled worker module (dist/batch/worker.js), next to this file once built. */
const WORKER = new URL('./worker.js', import.meta.url);

export { DEFAULT_WORKER_HEAP_MB } from './defaults.js';

const workerBuilt = () => existsSync(fileURLToPath(WORKER));

export function poolRenderer(context: BatchContext, threads: number, heapMb = DEFAULT_WORKER_HEAP_MB): Renderer {
  if (!workerBuilt()) {
    throw new SarabanError('the batch worker is not built (dist/batch/worker.js)', undefined, 'run npm run build, or render in this thread with --jobs 0');
  }
  // Loaded here, when a worker starts (its CommonJS build, through the code cache): most batches never start one.
  const { Piscina } = requireCjs('piscina') as { Piscina: typeof PiscinaClass };
  const pool = new Piscina<RenderTask, RenderOutcome>({
    filename: WORKER.href,
    workerData: context,
    minThreads: threads,
    maxThreads: threads,
    // Two records queued in each worker: the main thread renders too, and while it does it cannot
    // hand a waiting worker its next record.
    concurrentTasksPerWorker: 2,
    // Memory against speed, measured (docs/batch.md): a young generation of 24 MB instead of V8's
    // default saves ~20 MB a worker at no measurable cost. Any cap on the old generation (whatever
    // its size) makes V8 collect eagerly: a worker then peaks at ~85 MB instead of ~165 MB, for
    // 10-25 % more CPU a document. So there is none unless asked for (--worker-heap): the main
    // thread, which renders too, has none either, and V8's own limit still bounds each heap.
    resourceLimits: { maxYoungGenerationSizeMb: 24, ...(heapMb > 0 ? { maxOldGenerationSizeMb: heapMb } : {}) },
  });
  return {
    window: threads * 2,
    render: async (task) => {
      try {
        return await pool.run(task);
      } catch (e) {
        // The worker died (out of memory, a crash in a native module): the record fails, the batch goes on.
        return { id: task.id, ok: false, message: `internal error: the worker stopped: ${e instanceof Error ? e.message : String(e)}`, internal: true };
      }
    },
    // destroy() terminates the threads at once; close() lets them finish what they hold.
    close: (how) => (how?.now ? pool.destroy() : pool.close()),
  };
}
