// The saraban command. Each sub-command is one file in this folder; this file wires them to
// yargs and turns errors into messages: a SarabanError is the user's to fix (exit 2, no stack
// trace); anything else is a bug (exit 1, stack shown with --debug).
import yargs from 'yargs';
import { printable, SarabanError } from '../errors.js';
import { renderCommand } from './render.js';
import { validateCommand } from './validate.js';
import { initCommand } from './init.js';
import { schemaCommand } from './schema.js';
import { batchCommand } from './batch.js';
import { chooseLang, LANGS, type Lang } from '../i18n.js';

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  const lang = chooseLang(argv);
  try {
    await yargs(argv)
      .scriptName('saraban')
      .usage('saraban — Thai government documents (minutes, news releases, memos) from meeting data\n\nUsage: $0 <command> [options]')
      .command(renderCommand)
      .command(validateCommand)
      .command(initCommand)
      .command(schemaCommand)
      .command(batchCommand)
      .option('debug', { type: 'boolean', describe: 'show stack traces for errors', global: true })
      .option('lang', { choices: LANGS, describe: 'language of messages (default: Thai when the locale is Thai)', global: true })
      .demandCommand(1, 'name a command, e.g. saraban render data/trat-pmqa-2564.yaml')
      .strict()
      .recommendCommands()
      .help()
      .alias('h', 'help')
      .version()
      .wrap(Math.min(110, process.stdout.columns || 100))
      .fail((msg, err) => {
        if (err) throw err;
        throw new SarabanError(msg);
      })
      .parseAsync();
  } catch (e) {
    exitCode = reportError(e, debug, lang);
  }
  return exitCode;
}

function reportError(e: unknown, debug: boolean, lang: Lang): number {
  if (e instanceof SarabanError) {
    process.stderr.write(`saraban: ${e.format(lang)}\n`);
    if (debug && e.stack) process.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`saraban: internal error: ${printable(err.message)}\n`);
  process.stderr.write(debug ? `${err.stack}\n` : '  (run again with --debug for details, and please report it)\n');
  return 1;
}
