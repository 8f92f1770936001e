import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import type { BatchSummary } from '../batch/run.js';
import { DEFAULT_BATCH_FORMATS, DEFAULT_NAME, DEFAULT_WORKER_HEAP_MB } from '../batch/defaults.js';
import { batchExitCode, EXIT_INTERRUPTED, formatSummary } from '../batch/summary.js';
import { FORMATS, parseFormats } from '../writers/formats.js';
import { SarabanError } from '../messages/errors.js';

interface BatchArgs {
  source: string;
  template: string;
  each?: string;
  where?: string;
  with?: string;
  sheet?: string;
  format?: string[];
  out: string;
  name?: string;
  force?: boolean;
  jobs?: number;
  json?: boolean;
  debug?: boolean;
  workerHeap?: number;
  draft?: boolean;
  dryRun?: boolean;
}

export const batchCommand = (tx: Texts): CommandModule<object, BatchArgs> => ({
  command: 'batch <source>',
  describe: tx('batchDescribe'),
  builder: (y) =>
    y
      .positional('source', { type: 'string', demandOption: true, describe: tx('batchSource') })
      .option('template', { alias: 't', type: 'string', demandOption: true, describe: tx('batchTemplate') })
      .option('each', { type: 'string', describe: tx('batchEach') })
      .option('where', { type: 'string', describe: tx('batchWhere') })
      .option('with', { type: 'string', describe: tx('batchWith') })
      .option('sheet', { type: 'string', describe: tx('batchSheet') })
      .option('format', { alias: 'f', type: 'string', array: true, describe: tx('batchFormat', { formats: FORMATS.join(', '), default: DEFAULT_BATCH_FORMATS.join(',') }) })
      .option('out', { alias: 'o', type: 'string', default: 'out', describe: tx('outDir') })
      .option('name', { type: 'string', describe: tx('batchName', { name: DEFAULT_NAME }) })
      .option('force', { type: 'boolean', describe: tx('batchForce') })
      .option('jobs', { alias: 'j', type: 'number', describe: tx('batchJobs') })
      .option('worker-heap', { type: 'number', describe: tx('batchWorkerHeap'), default: DEFAULT_WORKER_HEAP_MB })
      .option('json', { type: 'boolean', describe: tx('batchJson') })
      .option('draft', { type: 'boolean', describe: tx('draft') })
      .option('dry-run', { type: 'boolean', describe: tx('batchDryRun') })
      .example('$0 batch data/trat-pmqa-2564.yaml -t memo --each meeting.schedule --where agency', tx('batchExample1'))
      .example('$0 batch agencies.xlsx -t memo --with memo.yaml --name "{{batch.seq}} {{item.agency}}"', tx('batchExample2'))
      .epilog(tx('batchEpilog')),
  handler: async (args) => {
    // Loaded here, not at start-up: --help and the other commands need no runner, pool or writer.
    const [{ runBatch }, { progressBar }] = await Promise.all([import('../batch/run.js'), import('../batch/progress.js')]);
    const bar = args.json || args.dryRun ? undefined : progressBar(tx);
    // The first Ctrl-C (or SIGTERM) stops starting records and lets those in flight finish; a second
    // abandons them (their workers stopped). Either way no file is left half-written (io/output.ts),
    // the journal keeps what was done, and the summary is printed with exit code 130.
    const stopping = new AbortController();
    const quitting = new AbortController();
    const stop = () => (stopping.signal.aborted ? quitting : stopping).abort();
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    let summary: BatchSummary;
    try {
      summary = await runBatch({
        source: args.source,
        template: args.template,
        each: args.each,
        where: args.where,
        shared: args.with,
        sheet: args.sheet,
        formats: parseFormats(args.format),
        outDir: args.out,
        name: args.name,
        force: args.force,
        jobs: args.jobs,
        debug: args.debug ?? false,
        draft: args.draft,
        dryRun: args.dryRun,
        lang: tx.lang,
        workerHeapMb: args.workerHeap,
        signal: stopping.signal,
        quit: quitting.signal,
        onProgress: bar ? (p) => bar.update(p) : undefined,
      });
    } catch (e) {
      // Stopped while the table was still being read: nothing was rendered.
      if (stopping.signal.aborted && e === stopping.signal.reason) throw new SarabanError(tx('batchStoppedEarly'), undefined, undefined, EXIT_INTERRUPTED);
      throw e;
    } finally {
      bar?.stop(); // before the summary is printed, and also when the batch fails
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // The batch is over and the summary follows at once; a signal that comes while the process
      // winds down (a second Ctrl-C on the heels of the first) ends it with the same code, instead
      // of Node's default death by signal.
      for (const signal of ['SIGINT', 'SIGTERM'] as const) if (!process.listeners(signal).includes(windDown)) process.on(signal, windDown);
    }
    if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else process.stdout.write(formatSummary(summary, tx));
    const code = batchExitCode(summary);
    if (code === EXIT_INTERRUPTED) throw new SarabanError(tx('batchStopped', { done: summary.done, total: summary.total }), undefined, tx('batchStoppedHint'), code);
    if (code && summary.dryRun) throw new SarabanError(tx('batchDryFailed', { failed: summary.failed, total: summary.total }), undefined, undefined, code);
    if (code) throw new SarabanError(tx('batchFailed', { failed: summary.failed, total: summary.total, where: tx(args.json ? 'batchFailedJson' : 'batchFailedAbove') }), undefined, undefined, code);
  },
});

/** A signal after the batch has ended: the summary is already out, so leave as interrupted. */
function windDown(): void {
  process.exit(EXIT_INTERRUPTED);
}
