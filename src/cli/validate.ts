// `saraban validate <data>`: checks a data file without writing anything — the schema, the
// templates it names, and each document built in memory (markup, images) — and reports every
// problem with its file, line and column.
import type { CommandModule } from 'yargs';
import { buildDocuments, type CheckOptions } from '../build.js';
import { splitList } from '../writers/formats.js';
import { LABELS } from '../data/messages.js';
import { isLang, localeLang } from '../i18n.js';

/** Every problem of a data file and its documents; resolves to the names checked when there are none. */
export async function checkDataFile(file: string, templates?: string[], options: CheckOptions = {}): Promise<string[]> {
  const { documents } = await buildDocuments(file, templates, options);
  return documents.map((d) => d.template.ref.name);
}

interface ValidateArgs {
  data: string;
  template?: string[];
  lang?: string;
  draft?: boolean;
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate <data>',
  describe: 'check a data file and the documents it names, without writing any file',
  builder: (y) =>
    y
      .positional('data', { type: 'string', demandOption: true, describe: 'the data file' })
      .option('template', { alias: 't', type: 'string', array: true, describe: 'check these templates instead of the data\'s documents: list' })
      .option('draft', { type: 'boolean', describe: 'check as a draft: fields a final document needs may be missing' })
      .example('$0 validate data/trat-pmqa-2564.yaml', 'reports every problem with its line, or "no problems found"'),
  handler: async (args) => {
    const names = await checkDataFile(args.data, splitList(args.template), { draft: args.draft });
    const lang = isLang(args.lang) ? args.lang : localeLang();
    process.stdout.write(`${args.data}: ${LABELS.ok[lang]} (${names.join(', ')})\n`);
  },
};
