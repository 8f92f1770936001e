// `saraban validate <data>`: checks a data file without writing anything — the schema, the
// templates it names, and each document built in memory (markup, images) — and reports every
// problem with its file, line and column.
import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import type { CheckOptions } from '../pipeline/documents.js';
import { splitList } from '../writers/formats.js';
import { LABELS } from '../messages/catalogue.js';
import { formatSummary } from '../batch/summary.js';
import { SarabanError } from '../messages/errors.js';

/** Every problem of a data file and its documents; resolves to the names checked when there are none. */
export async function checkDataFile(file: string, templates?: string[], options: CheckOptions = {}): Promise<string[]> {
  // Loaded here, not at start-up: --help and the other commands need no schema or template engine.
  const { buildDocuments } = await import('../pipeline/documents.js');
  const { documents } = await buildDocuments(file, templates, options);
  return documents.map((d) => d.template.ref.name);
}

interface ValidateArgs {
  data: string;
  template?: string[];
  lang?: string;
  draft?: boolean;
  with?: string;
  sheet?: string;
}

export const validateCommand = (tx: Texts): CommandModule<object, ValidateArgs> => ({
  command: 'validate <data>',
  describe: tx('validateDescribe'),
  builder: (y) =>
    y
      .positional('data', { type: 'string', demandOption: true, describe: tx('validateData') })
      .option('template', { alias: 't', type: 'string', array: true, describe: tx('validateTemplate') })
      .option('with', { type: 'string', describe: tx('batchWith') })
      .option('sheet', { type: 'string', describe: tx('batchSheet') })
      .option('draft', { type: 'boolean', describe: tx('draft') })
      .example('$0 validate data/trat-pmqa-2564.yaml', tx('validateExample'))
      .example('$0 validate agencies.xlsx --with memo.yaml -t memo', tx('validateExample2')),
  handler: async (args) => {
    const { isTableFile } = await import('../batch/table-row.js');
    if (isTableFile(args.data)) return validateTable(args, tx);
    const names = await checkDataFile(args.data, splitList(args.template), { draft: args.draft });
    process.stdout.write(`${args.data}: ${LABELS.ok[tx.lang]} (${names.join(', ')})\n`);
  },
});

/** A table (CSV, XLSX) is checked as its batch would be: every row, writing nothing. */
async function validateTable(args: ValidateArgs, tx: Texts): Promise<void> {
  const template = splitList(args.template)?.[0] ?? 'memo';
  const { runBatch } = await import('../batch/run.js');
  const summary = await runBatch({ source: args.data, template, shared: args.with, sheet: args.sheet, outDir: 'out', dryRun: true, draft: args.draft, lang: tx.lang, jobs: 0 });
  if (summary.failed) {
    process.stdout.write(formatSummary(summary, tx));
    throw new SarabanError(tx('batchDryFailed', { failed: summary.failed, total: summary.total }));
  }
  process.stdout.write(`${args.data}: ${LABELS.ok[tx.lang]} (${template}, ${summary.total})\n`);
}
