import type { CommandModule } from 'yargs';
import { runBatch, DEFAULT_BATCH_FORMATS, DEFAULT_NAME, type BatchSummary } from '../batch/run.js';
import { progressBar } from '../batch/progress.js';
import { DEFAULT_WORKER_HEAP_MB } from '../batch/pool.js';
import { batchExitCode, EXIT_INTERRUPTED, formatSummary } from '../batch/summary.js';
import { FORMATS, parseFormats } from '../writers/formats.js';
import { SarabanError } from '../errors.js';

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
}

export const batchCommand: CommandModule<object, BatchArgs> = {
  command: 'batch <source>',
  describe: 'one document per record: per element of a list in a data file, or per row of a CSV/XLSX table',
  builder: (y) =>
    y
      .positional('source', { type: 'string', demandOption: true, describe: 'a data file (YAML/JSON) with --each, or a table (.csv, .tsv, .xlsx)' })
      .option('template', { alias: 't', type: 'string', demandOption: true, describe: 'template name (memo, news, minutes) or path to a .hbs file' })
      .option('each', { type: 'string', describe: 'the list in the data file whose elements are the records, e.g. meeting.schedule' })
      .option('where', { type: 'string', describe: 'keep records where a field is set ("agency"), not set ("!agency"), equal ("agency=…") or not ("agency!=…")' })
      .option('with', { type: 'string', describe: 'for a table: the data every row shares (YAML/JSON), e.g. the memo\'s subject and signer' })
      .option('sheet', { type: 'string', describe: 'for an .xlsx: the sheet to read; default the first' })
      .option('format', { alias: 'f', type: 'string', array: true, describe: `output formats, comma-separated: ${FORMATS.join(', ')}; default: ${DEFAULT_BATCH_FORMATS.join(',')}` })
      .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'output folder' })
      .option('name', { type: 'string', describe: `file name pattern (Handlebars, no extension); default "${DEFAULT_NAME}"` })
      .option('force', { type: 'boolean', describe: 'render every record again, even those whose files are up to date' })
      .option('jobs', { alias: 'j', type: 'number', describe: 'worker threads; default one per core; 0 renders in the main thread' })
      .option('worker-heap', { type: 'number', describe: `cap of each worker's heap in MB (default ${DEFAULT_WORKER_HEAP_MB}); 0 lifts it: 10-25 % faster, about twice the memory` })
      .option('json', { type: 'boolean', describe: 'print the summary as JSON on stdout' })
      .option('draft', { type: 'boolean', describe: 'drafts: fields a final document needs may be missing (dotted blanks), marked ร่าง' })
      .example('$0 batch data/trat-pmqa-2564.yaml -t memo --each meeting.schedule --where agency', 'a memo to each agency that presents, one per slot')
      .example('$0 batch agencies.xlsx -t memo --with memo.yaml --name "{{batch.seq}} {{item.agency}}"', 'a memo per row of a sheet, named after the agency')
      .epilog('Exit codes: 0 all written; 2 bad input (nothing rendered); 3 some records failed (the others are written); 130 stopped by Ctrl-C. See docs/batch.md.'),
  handler: async (args) => {
    const bar = args.json ? undefined : progressBar();
    const controller = new AbortController();
    // Ctrl-C stops starting records; those in flight finish, so every file is whole and a rerun resumes. A second Ctrl-C quits at once.
    const stop = () => {
      if (controller.signal.aborted) process.exit(130);
      controller.abort();
    };
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
        workerHeapMb: args.workerHeap,
        signal: controller.signal,
        onProgress: bar ? (p) => bar.update(p) : undefined,
      });
    } finally {
      bar?.stop(); // before the summary is printed, and also when the batch fails
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
    if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else process.stdout.write(formatSummary(summary));
    const code = batchExitCode(summary);
    if (code === EXIT_INTERRUPTED) throw new SarabanError(`stopped: ${summary.total - summary.done} of ${summary.total} records not rendered`, undefined, 'run the same command again to finish', code);
    if (code) throw new SarabanError(`${summary.failed} of ${summary.total} records failed (listed ${args.json ? 'in the JSON summary' : 'above'}); the others are written`, undefined, undefined, code);
  },
};

