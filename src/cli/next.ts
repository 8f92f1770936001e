// `saraban next <data-file>`: the next meeting of the committee from its last one (src/data/next-meeting.ts):
// meeting-3.yaml → meeting-4.yaml. Never overwrites a file without --force; writes through the
// atomic output (a temporary file renamed into place, so a link at the name is replaced, not followed).
import { lstatSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import { SarabanError } from '../messages/errors.js';

interface NextArgs {
  data: string;
  out?: string;
  force?: boolean;
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
    const [{ loadAndValidate }, { readInput, decodeText }, { nextMeeting, nextFileName }, { writeFileAtomic }] = await Promise.all([
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
