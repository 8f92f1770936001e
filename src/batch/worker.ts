// A worker thread of the batch pool (piscina). The template is compiled once, on the first task,
// and reused for every record this worker renders.
import { workerData } from 'node:worker_threads';
import type { PreparedTemplate } from '../pipeline/documents.js';
import type { BatchContext, RenderOutcome, RenderTask } from './render-record.js';
import { startCodeCache } from '../runtime/code-cache.js';

// Before the libraries load: each worker thread has a module system of its own (runtime/code-cache.ts).
startCodeCache();
const { prepareTemplate } = await import('../pipeline/documents.js');
const { renderRecord } = await import('./render-record.js');

const context = workerData as BatchContext;
let template: Promise<PreparedTemplate> | undefined;

function prepared(): Promise<PreparedTemplate> {
  template ??= prepareTemplate(context.template);
  return template;
}

export default async function render(task: RenderTask): Promise<RenderOutcome> {
  return renderRecord(await prepared(), context, task);
}
