// The saraban command. Each sub-command is one file in this folder; this file wires them to
// yargs and turns errors into messages: a SarabanError is the user's to fix (exit 2, no stack
// trace); anything else is a bug (exit 1, stack shown with --debug).
import path from 'node:path';
import { requireCjs } from '../runtime/cjs.js';
import { printable, SarabanError } from '../messages/errors.js';
import { renderCommand } from './render.js';
import { validateCommand } from './validate.js';
import { initCommand } from './init.js';
import { schemaCommand } from './schema.js';
import { batchCommand } from './batch.js';
import { serveCommand } from './serve.js';
import { nextCommand } from './next.js';
import { signCommand } from './sign.js';
import { verifyCommand } from './verify.js';
import { newsDraftCommand } from './news-draft.js';
import { shortcutCommand } from './shortcut.js';
import { chooseLang, LANGS, type Lang } from '../messages/i18n.js';
import { PACKAGE_JSON, sarabanVersion } from '../io/paths.js';
import { texts, YARGS_TH, type Texts } from './texts.js';

// yargs' CommonJS build: it loads in a third of the time of its ES one, and through the code cache.
// 'yargs/yargs' is the plain factory: 'yargs' also builds a parser of process.argv as it loads.
const yargs = requireCjs('yargs/yargs') as typeof import('yargs').default;
// Each parser guesses its program's version as it is made, from the package.json above
// require.main, which an ES program lacks: yargs then reads every folder from the working one up
// to / (13–17 ms from a crowded folder). It starts from saraban's own package.json instead.
(requireCjs(path.join(path.dirname(requireCjs.resolve('yargs/yargs')), 'build/index.cjs')) as { cjsPlatformShim: { mainFilename: string } }).cjsPlatformShim.mainFilename = PACKAGE_JSON;

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  const lang = chooseLang(argv);
  const tx = texts(lang);
  try {
    const parser = yargs(argv);
    // yargs' bundled Thai transliterates; ours is a locale of its own name, so the English one
    // (shared by every parser in the process) stays English.
    if (lang === 'th') parser.locale(THAI_LOCALE).updateStrings(YARGS_TH as Record<string, string>); // plural entries are objects, as y18n takes them
    else parser.locale('en');
    await parser
      .scriptName('saraban')
      .usage(tx('usage'))
      .command(renderCommand(tx))
      .command(validateCommand(tx))
      .command(initCommand(tx))
      .command(schemaCommand(tx))
      .command(batchCommand(tx))
      .command(serveCommand(tx))
      .command(nextCommand(tx))
      .command(signCommand(tx))
      .command(verifyCommand(tx))
      .command(newsDraftCommand(tx))
      .command(shortcutCommand(tx))
      .option('debug', { type: 'boolean', describe: tx('debug'), global: true })
      .option('lang', { choices: LANGS, describe: tx('lang'), global: true })
      .demandCommand(1, tx('demandCommand'))
      .strict()
      .recommendCommands()
      .help('help', YARGS_STRING(lang, 'Show help'))
      .alias('h', 'help')
      .version('version', YARGS_STRING(lang, 'Show version number'), sarabanVersion())
      .wrap(Math.min(110, process.stdout.columns || 100))
      .fail((msg, err) => {
        if (err) throw err;
        throw new SarabanError(msg);
      })
      .parseAsync();
  } catch (e) {
    exitCode = reportError(e, debug, lang, tx);
  }
  return exitCode;
}

const THAI_LOCALE = 'th-office';
const YARGS_STRING = (lang: Lang, key: string): string => {
  const th = YARGS_TH[key];
  return lang === 'th' && typeof th === 'string' ? th : key;
};

function reportError(e: unknown, debug: boolean, lang: Lang, tx: Texts): number {
  if (e instanceof SarabanError) {
    process.stderr.write(`saraban: ${e.format(lang)}\n`);
    if (debug && e.stack) process.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`saraban: ${tx('internalError')}: ${printable(err.message)}\n`);
  process.stderr.write(debug ? `${err.stack}\n` : `  ${tx('internalHint')}\n`);
  return 1;
}
