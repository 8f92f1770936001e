// A worker thread of the batch pool (piscina). The template is compiled once, on the first task,
// and reused for every record this worker renders.
import { workerData } from 'node:worker_threads';
import { compileTemplate, type TemplateRef } from '../template/render.js';
import type { PreparedTemplate } from '../build.js';
import { renderRecord, type BatchContext, type RenderOutcome, type RenderTask } from './render-record.js';
import path from 'node:path';

const context = workerData as BatchContext;
let template: Promise<PreparedTemplate> | undefined;

function prepared(): Promise<PreparedTemplate> {
  const ref: TemplateRef = { name: path.basename(context.templateFile, '.hbs'), file: context.templateFile };
  template ??= compileTemplate(ref).then((render) => ({ ref, render }));
  return template;
}

export default async function render(task: RenderTask): Promise<RenderOutcome> {
  return renderRecord(await prepared(), context, task);
}
