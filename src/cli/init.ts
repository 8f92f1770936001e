// `saraban init minutes|news|memo [file]`: writes a commented example data file to start from.
// The examples live in templates/examples/ (shipped with the package; a test checks they validate).
import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import { readFile, access } from 'node:fs/promises';
import path from 'node:path';
import { BUILTIN_TEMPLATES } from '../io/paths.js';
import { writeFileAtomic } from '../io/output.js';
import { SarabanError } from '../messages/errors.js';
import { SCHEMA_FILE } from './schema.js';

export const EXAMPLE_KINDS = ['minutes', 'news', 'memo'] as const;
export type ExampleKind = (typeof EXAMPLE_KINDS)[number];

export const EXAMPLES_DIR = path.join(BUILTIN_TEMPLATES, 'examples');
const PACKAGE_SCHEMA = path.resolve(BUILTIN_TEMPLATES, '..', SCHEMA_FILE);

/** The example's text, its schema comment pointing at the package's schema from where it will live. */
export async function exampleText(kind: ExampleKind, target: string): Promise<string> {
  const text = await readFile(path.join(EXAMPLES_DIR, `${kind}.yaml`), 'utf8');
  const rel = path.relative(path.dirname(path.resolve(target)), PACKAGE_SCHEMA).split(path.sep).join('/');
  return text.replace(/^(# yaml-language-server: \$schema=).*$/m, `$1${rel}`);
}

interface InitArgs {
  kind: ExampleKind;
  file?: string;
  force?: boolean;
}

export const initCommand = (tx: Texts): CommandModule<object, InitArgs> => ({
  command: 'init <kind> [file]',
  describe: tx('initDescribe'),
  builder: (y) =>
    y
      .positional('kind', { choices: EXAMPLE_KINDS, demandOption: true, describe: tx('initKind') })
      .positional('file', { type: 'string', describe: tx('initFile') })
      .option('force', { type: 'boolean', describe: tx('initForce') })
      .example('$0 init minutes meeting-3.yaml', tx('initExample')),
  handler: async (args) => {
    const file = args.file ?? `${args.kind}.yaml`;
    if (!args.force && (await access(file).then(() => true, () => false))) {
      throw SarabanError.of('init-exists', { file }, { file });
    }
    writeFileAtomic(file, await exampleText(args.kind, file));
    process.stdout.write(`${file}\n`);
  },
});
