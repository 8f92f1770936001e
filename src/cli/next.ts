// `saraban next <data-file>`: the next meeting of the committee from its last one (src/data/next-meeting.ts):
// meeting-3.yaml → meeting-4.yaml. Never overwrites a file without --force; writes through the
// atomic output (a temporary file renamed into place, so a link at the name is replaced, not followed).
import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import { SarabanError } from '../messages/errors.js';

interface NextArgs {
  data: string;
  out?: string;
  force?: boolean;
}

/** The next meeting's file name: the number in the name counted on ("meeting-3" → "meeting-4"), else "-next". */
export function nextFileName(file: string, number: number): string {
  const ext = path.extname(file) || '.yaml';
  const stem = path.basename(file, path.extname(file));
  const previous = String(number - 1);
  const m = new RegExp(`^(.*\\D|)${previous}(\\D*)$`).exec(stem);
  return path.join(path.dirname(file), `${m ? `${m[1]}${number}${m[2]}` : `${stem}-next`}${ext}`);
}

export const nextCommand = (tx: Texts): CommandModule<object, NextArgs> => ({
  command: 'next <data>',
  describe: tx('nextDescribe'),
  builder: (y) =>
    y
      .positional('data', { type: 'string', demandOption: true, describe: tx('nextData') })
      .option('out', { alias: 'o', type: 'string', describe: tx('nextOut') })
      .option('force', { type: 'boolean', describe: tx('nextForce') })
      .example('$0 next meeting-3.yaml', tx('nextExample')),
  handler: async (args) => {
    const [{ loadAndValidate }, { readInput, decodeText }, { nextMeeting }, { writeFileAtomic }] = await Promise.all([
      import('../pipeline/documents.js'), import('../io/input.js'), import('../data/next-meeting.js'), import('../io/output.js'),
    ]);
    const { loaded, data } = await loadAndValidate(args.data, []);
    const source = decodeText(readInput(loaded.file, { kind: 'data', shown: args.data }).bytes, loaded.file).replace(/^\uFEFF/, '');
    const next = nextMeeting(source, data);
    if (!next) throw SarabanError.of('next-no-minutes', {}, { file: args.data });
    const target = args.out ?? nextFileName(args.data, next.number);
    // lstat: a link at the name counts as a file there, wherever it points.
    const exists = (() => {
      try {
        lstatSync(target);
        return true;
      } catch {
        return false;
      }
    })();
    if (exists && !args.force) throw SarabanError.of('next-exists', { file: target }, { file: target });
    writeFileAtomic(target, next.text);
    process.stdout.write(`${target}\n`);
  },
});
