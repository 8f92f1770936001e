// Where records are rendered: a pool of worker threads (piscina), one per core by default, or the
// main thread itself (--jobs 0: for debugging, and for tests that run the TypeScript sources).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { PreparedTemplate } from '../build.js';
import { SarabanError } from '../errors.js';
import { DEFAULT_WORKER_HEAP_MB } from './defaults.js';
import type { BatchContext, RenderOutcome, RenderTask } from './render-record.js';

export interface Renderer {
  /** How many records to keep in flight: enough to keep every worker busy, few enough to keep memory flat. */
  readonly window: number;
  render(task: RenderTask): Promise<RenderOutcome>;
  close(): Promise<void>;
}

/** Renders in this thread. The writers (pdfmake, docx) are loaded only here and in the workers,
 *  never in a main thread that only hands out work: each copy costs tens of MB. */
export async function inlineRenderer(template: PreparedTemplate, context: BatchContext): Promise<Renderer> {
  const { renderRecord } = await import('./render-record.js');
  return { window: 1, render: (task) => renderRecord(template, context, task), close: async () => {} };
}

/** The compiled worker module (dist/batch/worker.js), next to this file once built. */
const WORKER = new URL('./worker.js', import.meta.url);

export { DEFAULT_WORKER_HEAP_MB } from './defaults.js';

export function poolRenderer(context: BatchContext, threads: number, heapMb = DEFAULT_WORKER_HEAP_MB): Renderer {
  if (!existsSync(fileURLToPath(WORKER))) {
    throw new SarabanError('the batch worker is not built (dist/batch/worker.js)', undefined, 'run npm run build, or render in this thread with --jobs 0');
  }
  const pool = new Piscina<RenderTask, RenderOutcome>({
    filename: WORKER.href,
    workerData: context,
    minThreads: threads,
    maxThreads: threads,
    // Memory against speed, measured (docs/batch.md): a young generation of 24 MB instead of V8's
    // default saves ~20 MB a worker at no measurable cost. Any cap on the old generation (whatever
    // its size) makes V8 collect eagerly: a worker then peaks at ~85 MB instead of ~165 MB, for
    // 10-25 % more CPU a document. The cap is the default: memory stays flat and bounded on a shared
    // machine, and a runaway document fails alone instead of swallowing the machine's memory.
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
    close: () => pool.close(),
  };
}
