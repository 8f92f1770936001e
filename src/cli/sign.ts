// `saraban sign <pdf> --cert <p12>`: adds a PAdES signature (src/archive/sign.ts) as an incremental update,
// writing the file in place (atomically) or to --out. The passphrase comes from the environment
// or a prompt (archive/passphrase.ts), never from an argument.
import path from 'node:path';
import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import { displayPath } from '../io/paths.js';
import { SarabanError } from '../messages/errors.js';
import { readInput } from '../io/input.js';

/** The PDF named on the command line: refused before anything else when it is not a PDF. */
export function readPdf(file: string): Buffer {
  const { bytes } = readInput(file, { kind: 'data', shown: file });
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw SarabanError.of('pdf-unreadable', { name: path.basename(file), detail: 'no %PDF- header' }, { file });
  return bytes;
}

interface SignArgs {
  pdf: string;
  cert: string;
  out?: string;
  reason?: string;
  location?: string;
  visible?: boolean;
}

export const signCommand = (tx: Texts): CommandModule<object, SignArgs> => ({
  command: 'sign <pdf>',
  describe: tx('signDescribe'),
  builder: (y) =>
    y
      .positional('pdf', { type: 'string', demandOption: true, describe: tx('signPdf') })
      .option('cert', { type: 'string', demandOption: true, describe: tx('signCert') })
      .option('out', { alias: 'o', type: 'string', describe: tx('signOut') })
      .option('reason', { type: 'string', describe: tx('signReason') })
      .option('location', { type: 'string', describe: tx('signLocation') })
      .option('visible', { type: 'boolean', describe: tx('signVisible') })
      .example('$0 sign out/trat-pmqa-2564.minutes.pdf --cert recorder.p12 --visible', tx('signExample'))
      .epilog(tx('signEpilog')),
  handler: async (args) => {
    const { openP12 } = await import('../archive/cms.js');
    const { signPdf } = await import('../archive/sign.js');
    const { passphraseFor } = await import('../archive/passphrase.js');
    const { writeFilesAtomic } = await import('../io/output.js');
    const pdf = readPdf(args.pdf);
    const p12 = readInput(args.cert, { kind: 'data', shown: args.cert }).bytes;
    const certName = path.basename(args.cert);
    const passphrase = await passphraseFor(certName, tx('signPassphrase', { name: certName }));
    let who;
    try {
      who = openP12(p12, passphrase);
    } catch {
      throw SarabanError.of('cert-unreadable', { name: certName }, { file: args.cert });
    }
    let signed: Buffer;
    try {
      const onNoBlock = () => process.stderr.write(`saraban: ${tx('signNoBlock')}\n`);
      signed = await signPdf(pdf, who, { reason: args.reason, location: args.location, visible: args.visible, onNoBlock });
    } catch (e) {
      throw SarabanError.of('pdf-unreadable', { name: path.basename(args.pdf), detail: e instanceof Error ? e.message : String(e) }, { file: args.pdf });
    }
    const out = args.out ?? args.pdf;
    writeFilesAtomic([{ file: out, data: signed }]);
    process.stdout.write(`${displayPath(out)}  ${tx('signDone')}\n`);
  },
});
