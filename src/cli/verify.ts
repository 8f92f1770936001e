// `saraban verify <pdf>`: who signed and when, whether each signature is valid and what changed
// after it, and whether the data inside is the source of the text (src/archive/verify.ts,
// data-check.ts). Exit 0 when all is well; 3 when nothing is signed, a signature is invalid, the
// file changed after its last signature, or the data does not match.
import path from 'node:path';
import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import type { SignatureReport } from '../archive/verify.js';
import type { DataCheck } from '../archive/data-check.js';
import { SarabanError } from '../messages/errors.js';
import { readPdf } from './sign.js';

/** The exit code of a verification that found a problem. */
export const VERIFY_FAILED = 3;

export const verifyCommand = (tx: Texts): CommandModule<object, { pdf: string }> => ({
  command: 'verify <pdf>',
  describe: tx('verifyDescribe'),
  builder: (y) => y.positional('pdf', { type: 'string', demandOption: true, describe: tx('verifyPdf') }).example('$0 verify out/trat-pmqa-2564.minutes.pdf', tx('verifyExample')),
  handler: async (args) => {
    const { verifySignatures } = await import('../archive/verify.js');
    const { checkEmbeddedData } = await import('../archive/data-check.js');
    const bytes = readPdf(args.pdf);
    let signatures: SignatureReport[];
    let data: DataCheck;
    try {
      signatures = verifySignatures(bytes);
      // The data is judged in the revision first signed (else the file as it is).
      data = await checkEmbeddedData(bytes.subarray(0, signatures[0]?.end ?? bytes.length), args.pdf);
    } catch (e) {
      throw SarabanError.of('pdf-unreadable', { name: path.basename(args.pdf), detail: e instanceof Error ? e.message : String(e) }, { file: args.pdf });
    }
    process.stdout.write(formatVerification(signatures, data, tx));
    // Nothing signed is nothing confirmed.
    const ok = signatures.length > 0 && signatures.every((s) => s.valid) && signatures.at(-1)?.after !== 'changed' && data.status !== 'differs';
    if (!ok) throw new SarabanError(tx('verifyFailed'), undefined, undefined, VERIFY_FAILED);
  },
});

export function formatVerification(signatures: SignatureReport[], data: DataCheck, tx: Texts): string {
  const lines: string[] = [];
  if (!signatures.length) lines.push(tx('verifyNone'));
  const when = (d: Date) => d.toLocaleString(tx.lang === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'Asia/Bangkok' }) + ' (GMT+7)';
  signatures.forEach((s, k) => {
    lines.push(tx('verifySignature', { n: k + 1, signer: s.signer }));
    lines.push(`  ${tx('verifyIssuer', { issuer: s.issuer })}${s.selfSigned ? ` (${tx('verifySelfSigned')})` : ''}`);
    if (s.time) lines.push(`  ${tx('verifyTime', { time: when(s.time) })}`);
    if (s.reason) lines.push(`  ${tx('verifyReason', { reason: s.reason })}`);
    lines.push(`  ${s.valid ? tx('verifyValid') : tx('verifyInvalid')}${s.pades ? ' (PAdES)' : ` (${s.subFilter})`}`);
    if (!s.certificateCurrent) lines.push(`  ${tx('verifyCertExpired')}`);
    lines.push(`  ${tx(s.after === 'unchanged' ? 'verifyUnchanged' : s.after === 'signatures' ? 'verifyLaterSignatures' : 'verifyChanged')}`);
  });
  if (data.status === 'none') lines.push(tx('verifyDataNone'));
  else if (data.status === 'matches') lines.push(tx('verifyDataMatches', { name: data.name, template: data.template }));
  else if (data.status === 'differs') lines.push(tx('verifyDataDiffers', { name: data.name, page: data.page }) + (data.otherProducer ? ` ${tx('verifyOtherVersion', { producer: data.otherProducer })}` : ''));
  else lines.push(tx('verifyDataUnchecked', { name: data.name, reason: data.reason }));
  return `${lines.join('\n')}\n`;
}
