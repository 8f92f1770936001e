// Where records are rendered: a pool of worker threads (piscina), one per core by default, or the
// main thread itself (--jobs 0: for debugging, and for tests that run the TypeScript sources).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { PreparedTemplate } from '../build.js';
import { SarabanError } from '../errors.js';
import { renderRecord, type BatchContext, type RenderOutcome, type RenderTask } from './render-record.js';

export interface Renderer {
  /** How many records to keep in flight: enough to keep every worker busy, few enough to keep memory flat. */
  readonly window: number;
  render(task: RenderTask): Promise<RenderOutcome>;
  close(): Promise<void>;
}

export function inlineRenderer(template: PreparedTemplate, context: BatchContext): Renderer {
  return { window: 1, render: (task) => renderRecord(template, context, task), close: async () => {} };
}

/** The compiled worker module (dist/batch/worker.js), next to this file once built. */
const WORKER = new URL('./worker.js', import.meta.url);

export function poolRenderer(context: BatchContext, threads: number): Renderer {
  if (!existsSync(fileURLToPath(WORKER))) {
    throw new SarabanError('the batch worker is not built (dist/batch/worker.js)', undefined, 'run npm run build, or render in this thread with --jobs 0');
  }
  const pool = new Piscina<RenderTask, RenderOutcome>({
    filename: WORKER.href,
    workerData: context,
    minThreads: threads,
    maxThreads: threads,
    // A document's PDF and DOCX are built in memory; a runaway one must not take the machine down.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
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
