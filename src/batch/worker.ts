// A worker thread of the batch pool (piscina). The template is compiled once, on the first task,
// and reused for every record this worker renders.
import { workerData } from 'node:worker_threads';
import { prepareTemplate, type PreparedTemplate } from '../build.js';
import { renderRecord, type BatchContext, type RenderOutcome, type RenderTask } from './render-record.js';

const context = workerData as BatchContext;
let template: Promise<PreparedTemplate> | undefined;

function prepared(): Promise<PreparedTemplate> {
  template ??= prepareTemplate(context.template);
  return template;
}

export default async function render(task: RenderTask): Promise<RenderOutcome> {
  return renderRecord(await prepared(), context, task);
}
