// `saraban verify`: each signature of a PDF — who signed (the certificate's subject and issuer),
// when (the claimed time /M), whether the signature is valid over the bytes it covers, and what
// happened to the file after it: nothing, only later signatures (each update holding just a
// signature's objects), or other changes. Trust in the certificate is not judged here: a
// self-signed one is named as such; a CA's chain is for the reader's PDF viewer (docs/pdfa-signing.md).
import type { X509Certificate } from 'node:crypto';
import { Name, PdfFile, Ref, textString, type PdfDict, type PdfValue } from './pdf-file.js';
import { checkCms } from './cms.js';
import { commonName } from './sign.js';

export type AfterSignature = 'unchanged' | 'signatures' | 'changed';

export interface SignatureReport {
  /** The signer's common name (else the subject). */
  signer: string;
  subject: string;
  issuer: string;
  selfSigned: boolean;
  /** The certificate was valid at the claimed signing time. */
  certificateCurrent: boolean;
  /** The claimed signing time (/M). */
  time?: Date;
  reason?: string;
  subFilter: string;
  /** The digest matches, the signature verifies, and (PAdES) the certificate is bound. */
  valid: boolean;
  pades: boolean;
  /** Bytes [0, end) form the revision this signature signed. */
  end: number;
  after: AfterSignature;
}

/** The signatures of a PDF, in the order they were made. */
export function verifySignatures(bytes: Buffer): SignatureReport[] {
  const pdf = new PdfFile(bytes);
  const reports = signatureDicts(pdf).map((sig) => check(bytes, sig));
  reports.sort((a, b) => a.end - b.end);
  return reports.map((r, k) => ({ ...r, after: afterSignature(bytes, r.end, reports.slice(k + 1).map((n) => n.end)) }));
}

/** The signature dictionaries: the values of the form's signature fields. */
function signatureDicts(pdf: PdfFile): PdfDict[] {
  const form = pdf.dict(pdf.dict(pdf.trailer.Root)?.AcroForm);
  const fields = (pdf.resolve(form?.Fields) as PdfValue[] | undefined) ?? [];
  return fields.flatMap((f) => {
    const v = pdf.dict(pdf.dict(f)?.V);
    return v && Array.isArray(v.ByteRange) && Buffer.isBuffer(v.Contents) ? [v] : [];
  });
}

function check(bytes: Buffer, sig: PdfDict): Omit<SignatureReport, 'after'> {
  const [a, b, c, d] = (sig.ByteRange as number[]).map(Number) as [number, number, number, number];
  const covered = Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]);
  const subFilter = sig.SubFilter instanceof Name ? sig.SubFilter.name : '';
  const time = pdfDateOf(textString(sig.M));
  let cms;
  try {
    cms = checkCms(sig.Contents as Buffer, covered);
  } catch {
    cms = undefined;
  }
  const cert: X509Certificate | undefined = cms?.signer;
  const pades = subFilter === 'ETSI.CAdES.detached';
  const at = time ?? cms?.signingTime ?? new Date();
  const reason = textString(sig.Reason);
  return {
    signer: cert ? commonName(cert) : (textString(sig.Name) ?? '?'),
    subject: cert?.subject.replace(/\n/g, ', ') ?? '',
    issuer: cert?.issuer.replace(/\n/g, ', ') ?? '',
    selfSigned: !!cert && cert.subject === cert.issuer,
    certificateCurrent: !!cert && new Date(cert.validFrom) <= at && at <= new Date(cert.validTo),
    ...(time ? { time } : {}),
    ...(reason ? { reason } : {}),
    subFilter,
    valid: !!cms && a === 0 && cms.digestMatches && cms.signatureValid && (!pades || cms.certificateBound),
    pades,
    end: c + d,
  };
}

/** What the bytes after a signature's revision hold: nothing, later signatures only, or more. */
function afterSignature(bytes: Buffer, end: number, laterEnds: number[]): AfterSignature {
  if (end >= bytes.length) return 'unchanged';
  // Each later revision must end where a later signature's coverage ends, the last at the file's end…
  if (laterEnds.at(-1) !== bytes.length) return 'changed';
  let from = end;
  for (const to of laterEnds) {
    // …and hold nothing but what signing adds.
    if (!onlySignature(new PdfFile(bytes.subarray(0, from)), bytes.subarray(from, to).toString('latin1'), new PdfFile(bytes.subarray(0, to)))) return 'changed';
    from = to;
  }
  return 'signatures';
}

/** An update (its text) holds only a signature, its widget and appearance, the form, and the
 *  page and catalogue with nothing changed but their annotations and form. */
function onlySignature(before: PdfFile, update: string, after: PdfFile): boolean {
  const same = (x: PdfValue | undefined, y: PdfValue | undefined) => JSON.stringify(x) === JSON.stringify(y);
  for (const m of update.matchAll(/(?:^|[\r\n])(\d+)\s+\d+\s+obj\b/g)) {
    const num = Number(m[1]);
    const now = after.dict(new Ref(num, 0));
    const was = before.dict(new Ref(num, 0));
    if (!now) return false;
    const type = now.Type instanceof Name ? now.Type.name : '';
    const unchangedBut = (...keys: string[]) => !!was && Object.keys({ ...was, ...now }).every((k) => keys.includes(k) || same(was[k], now[k]));
    if (type === 'Sig' || (type === 'Annot' && now.FT instanceof Name && now.FT.name === 'Sig')) continue;
    if (type === 'XObject' && !was) continue;
    if (Array.isArray(now.Fields) && (!was || unchangedBut('Fields', 'SigFlags'))) continue;
    if (type === 'Page' && unchangedBut('Annots')) continue;
    if (type === 'Catalog' && unchangedBut('AcroForm')) continue;
    return false;
  }
  return true;
}

/** "D:20261206003500+00'00'" → a Date. */
function pdfDateOf(s: string | undefined): Date | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?/.exec(s ?? '');
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', se = '00', sign, oh = '00', om = '00'] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
  const offset = (Number(oh) * 60 + Number(om)) * 60_000 * (sign === '-' ? -1 : sign === '+' ? 1 : 0);
  return new Date(utc - offset);
}
