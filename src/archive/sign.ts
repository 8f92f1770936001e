// `saraban sign`: a PAdES baseline B-B signature added to a PDF as an incremental update, so a
// second and a third signature (recorder, checker, chair) each cover the file as the one before
// left it. The update adds the signature dictionary (SubFilter ETSI.CAdES.detached), its field
// and widget on the last page, and the form (AcroForm) that lists the fields; @signpdf/signpdf
// then fills in the byte range and the CMS (cms.ts). The widget has an appearance stream (an
// empty one when invisible) and the print flag, as PDF/A asks of every annotation.
import { X509Certificate } from 'node:crypto';
import { SignPdf } from '@signpdf/signpdf';
import { DEFAULT_BYTE_RANGE_PLACEHOLDER, DEFAULT_SIGNATURE_LENGTH, Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { Name, PdfFile, Ref, textString, type PdfDict, type PdfValue } from './pdf-file.js';
import { SIGNATURE_BOX } from '../writers/pdf/tags.js';
import { signCms, type SigningIdentity } from './cms.js';
import { pdfString, pdfText, PdfUpdate } from './pdf-update.js';

/** Bytes kept for the CMS (@signpdf's default): about 1.5 KB with a 2048-bit self-signed
 *  certificate, room for a chain of four or five CA certificates besides. Written as hex, twice that. */
const SIGNATURE_BYTES = DEFAULT_SIGNATURE_LENGTH;
/** Points between a signature block's lines and its visible signature's frame. */
const PAD = 4;
/** Print + Locked: printed with the page, never moved or deleted. */
const WIDGET_FLAGS = 4 | 128;

export interface SignOptions {
  reason?: string;
  location?: string;
  /** The claimed signing time (/M); default now. */
  time?: Date;
  /** Draw the appearance in the next signature block not yet signed (the first for the first
   *  signature: the recorder's); else the signature is invisible. */
  visible?: boolean;
  /** Called when `visible` finds every signature block signed already: the signature is invisible. */
  onNoBlock?: () => void;
}

class PadesSigner extends Signer {
  constructor(private readonly who: SigningIdentity) {
    super();
  }
  override sign(content: Buffer): Promise<Buffer> {
    return Promise.resolve(signCms(content, this.who));
  }
}

/** The common name of a certificate's subject (else its whole subject). */
export function commonName(cert: X509Certificate): string {
  return /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? cert.subject.replace(/\n/g, ', ');
}

/** A PDF date, UTC. */
export const pdfDate = (d: Date): string => `D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}+00'00'`;

/** `bytes` with one more signature by `who`. Throws Error('…') on a PDF it cannot follow. */
export async function signPdf(bytes: Buffer, who: SigningIdentity, options: SignOptions = {}): Promise<Buffer> {
  const pdf = new PdfFile(bytes);
  const rootRef = pdf.trailer.Root;
  const catalog = pdf.dict(rootRef);
  if (!(rootRef instanceof Ref) || !catalog) throw new Error('no document catalogue');
  const form = pdf.dict(catalog.AcroForm);
  const fields = (pdf.resolve(form?.Fields) as PdfValue[] | undefined) ?? [];
  const block = options.visible ? signatureBlocks(pdf)[fields.length] : undefined;
  if (options.visible && !block) options.onNoBlock?.();
  const pageRef = block?.page ?? lastPage(pdf, catalog.Pages);
  const page = pdf.dict(pageRef);
  if (!pageRef || !page) throw new Error('no page');
  const update = new PdfUpdate(pdf);

  const signer = new X509Certificate(who.certificate);
  const sigRef = update.reserve();
  const widgetRef = update.reserve();
  const rect = block?.rect ?? [0, 0, 0, 0];
  const appearance = appearanceStream(rect);
  const apRef = update.add(appearance.dict, appearance.content);

  const text = (s: string | undefined) => (s ? pdfText(pdfString(s)) : undefined);
  const sig = [
    '<< /Type /Sig /Filter /Adobe.PPKLite',
    `/SubFilter /${SUBFILTER_ETSI_CADES_DETACHED}`,
    `/ByteRange [0 /${DEFAULT_BYTE_RANGE_PLACEHOLDER} /${DEFAULT_BYTE_RANGE_PLACEHOLDER} /${DEFAULT_BYTE_RANGE_PLACEHOLDER}]`,
    `/Contents <${'0'.repeat(SIGNATURE_BYTES * 2)}>`,
    `/M ${pdfText(Buffer.from(pdfDate(options.time ?? new Date()), 'latin1'))}`,
    `/Name ${text(commonName(signer))}`,
    options.reason ? `/Reason ${text(options.reason)}` : '',
    options.location ? `/Location ${text(options.location)}` : '',
    '/Prop_Build << /App << /Name /saraban >> >> >>',
  ].filter(Boolean);
  update.set(sigRef, sig.join('\n'));
  update.set(widgetRef, {
    Type: new Name('Annot'),
    Subtype: new Name('Widget'),
    FT: new Name('Sig'),
    T: pdfString(`Signature${fields.length + 1}`),
    V: sigRef,
    F: WIDGET_FLAGS,
    P: pageRef,
    Rect: rect,
    AP: { N: apRef },
  });
  const newForm: PdfDict = { ...(form ?? {}), Fields: [...fields, widgetRef], SigFlags: 3 };
  if (catalog.AcroForm instanceof Ref) update.set(catalog.AcroForm, newForm);
  else update.set(rootRef, { ...catalog, AcroForm: update.add(newForm) });
  const annots = (pdf.resolve(page.Annots) as PdfValue[] | undefined) ?? [];
  update.set(pageRef, { ...page, Annots: [...annots, widgetRef] });
  return new SignPdf().sign(update.bytes(), new PadesSigner(who));
}

/** The signature blocks in document order: the structure elements whose user property
 *  SIGNATURE_BOX (writers/pdf/tags.ts) says where they are, each with its page. */
export function signatureBlocks(pdf: PdfFile): { page: Ref; rect: number[] }[] {
  const out: { page: Ref; rect: number[] }[] = [];
  const pageOf = (el: PdfDict, depth: number): Ref | undefined => {
    if (el.Pg instanceof Ref) return el.Pg;
    const kids = pdf.resolve(el.K);
    for (const k of Array.isArray(kids) ? kids : [kids]) {
      const d = pdf.dict(k as PdfValue);
      const found = d && depth < 8 ? pageOf(d, depth + 1) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  const visit = (node: PdfValue | undefined, depth: number) => {
    const el = pdf.dict(node);
    if (!el || depth > 64) return;
    const props = pdf.resolve(pdf.dict(el.A)?.P);
    const box = Array.isArray(props) ? props.map((p) => pdf.dict(p)).find((p) => textString(p?.N) === SIGNATURE_BOX)?.V : undefined;
    if (Array.isArray(box) && box.length === 4) {
      const page = pageOf(el, 0);
      // A little room around the lines.
      const [x1, y1, x2, y2] = box.map(Number) as [number, number, number, number];
      if (page) out.push({ page, rect: [x1 - PAD, y1 - PAD, x2 + PAD, y2 + PAD] });
      return;
    }
    const kids = pdf.resolve(el.K);
    for (const k of Array.isArray(kids) ? kids : [kids]) if (k instanceof Ref) visit(k, depth + 1);
  };
  visit(pdf.dict(pdf.trailer.Root)?.StructTreeRoot, 0);
  return out;
}

/** The last leaf of the page tree. */
function lastPage(pdf: PdfFile, node: PdfValue | undefined, depth = 0): Ref | undefined {
  const d = pdf.dict(node);
  if (!d || depth > 32) return undefined;
  if (d.Type instanceof Name && d.Type.name === 'Page') return node instanceof Ref ? node : undefined;
  const kids = pdf.resolve(d.Kids);
  return Array.isArray(kids) && kids.length ? lastPage(pdf, kids.at(-1), depth + 1) : undefined;
}

/** The widget's appearance: a thin frame with a tick in its corner where it is drawn, empty
 *  where it is not (PDF/A needs one either way; text would need a font embedded in it). */
function appearanceStream(rect: number[]): { dict: PdfDict; content: Buffer } {
  const n = (v: number) => String(Math.round(v * 100) / 100);
  const w = Math.abs(rect[2]! - rect[0]!);
  const h = Math.abs(rect[3]! - rect[1]!);
  const drawing = w && h ? `q 0 0.27 0.6 RG 0.8 w 0.4 0.4 ${n(w - 0.8)} ${n(h - 0.8)} re S 1.2 w 6 ${n(h / 2)} m 10 ${n(h / 2 - 5)} l 18 ${n(h / 2 + 6)} l S Q` : '';
  const content = Buffer.from(drawing, 'latin1');
  return { dict: { Type: new Name('XObject'), Subtype: new Name('Form'), BBox: [0, 0, w, h], Resources: {}, Length: content.length }, content };
}
