// The batch's defaults, in a module of their own: `saraban batch --help` shows them without
// loading the batch runner, the worker pool or any writer.
import type { Format } from '../writers/formats.js';

export const DEFAULT_NAME = '{{template}}-{{batch.seq}}';
export const DEFAULT_BATCH_FORMATS: Format[] = ['pdf', 'docx'];
/** Default cap of each worker's old generation, in MB (0: V8's own limit). None: a cap makes V8
 *  collect eagerly, 10–25 % more CPU a document (docs/batch.md). */
export const DEFAULT_WORKER_HEAP_MB = 0;
