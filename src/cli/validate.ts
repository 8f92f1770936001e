// `saraban validate <data>`: checks a data file without writing anything — the schema, the
// templates it names, and each document built in memory (markup, images) — and reports every
// problem with its file, line and column.
import type { CommandModule } from 'yargs';
import path from 'node:path';
import { loadDataFile } from '../data/load.js';
import { validateData, atDocument, documentNames, MAX_PROBLEMS } from '../data/validate.js';
import { prepareTemplate, buildDocument } from '../build.js';
import { SarabanError } from '../errors.js';
import { LABELS } from '../data/messages.js';
import { isLang, localeLang } from '../i18n.js';

/** Every problem of a data file and its documents; resolves to the names checked when there are none. */
export async function checkDataFile(file: string, templates?: string[]): Promise<string[]> {
  const loaded = await loadDataFile(file);
  const data = validateData(loaded);
  const fromData = !templates?.length;
  const names = fromData ? documentNames(loaded, data) : templates;
  if (!names.length) throw SarabanError.of('no-template', {}, { file: loaded.file });
  const problems: SarabanError[] = [];
  for (const [k, name] of names.entries()) {
    try {
      buildDocument(data, await prepareTemplate(name), path.dirname(loaded.file));
    } catch (e) {
      const located = fromData ? atDocument(loaded, k, e) : e;
      if (!(located instanceof SarabanError)) throw located;
      problems.push(located);
    }
  }
  if (problems.length) throw SarabanError.many(problems, MAX_PROBLEMS, { file: loaded.file });
  return names.map((n) => path.basename(n, '.hbs'));
}

interface ValidateArgs {
  data: string;
  template?: string[];
  lang?: string;
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate <data>',
  describe: 'check a data file and the documents it names, without writing any file',
  builder: (y) =>
    y
      .positional('data', { type: 'string', demandOption: true, describe: 'the data file' })
      .option('template', { alias: 't', type: 'string', array: true, describe: 'check these templates instead of the data\'s documents: list' })
      .example('$0 validate data/trat-pmqa-2564.yaml', 'reports every problem with its line, or "no problems found"'),
  handler: async (args) => {
    const templates = args.template?.flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
    const names = await checkDataFile(args.data, templates);
    const lang = isLang(args.lang) ? args.lang : localeLang();
    process.stdout.write(`${args.data}: ${LABELS.ok[lang]} (${names.join(', ')})\n`);
  },
};
