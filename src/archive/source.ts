// The data a saraban PDF/A carries (writers/pdf/pdfa.ts): the associated file of the catalogue's
// /AF whose relationship is /Source and whose file specification names its template. Read back,
// it is the data file again: `saraban render minutes.pdf` and `saraban serve` open it as they
// open a YAML file. A PDF with no such file, or whose attachment is something else, is refused.
import path from 'node:path';
import { SarabanError } from '../messages/errors.js';
import { decodeText } from '../io/input.js';
import { TEMPLATE_KEY } from '../writers/pdf/pdfa.js';
import { Name, PdfFile, textString, type PdfDict } from './pdf-file.js';

export interface EmbeddedSource {
  /** The data file's name as it was embedded. */
  name: string;
  /** The template the document was rendered with. */
  template: string;
  bytes: Buffer;
}

/** The source data of a saraban PDF, or undefined when it has none (`foreign` when it carries
 *  attachments, but none of them saraban's data). */
export function findSource(pdf: PdfFile): EmbeddedSource | { foreign: string[] } | undefined {
  const root = pdf.dict(pdf.trailer.Root);
  const af = pdf.resolve(root?.AF);
  if (!Array.isArray(af) || af.length === 0) return undefined;
  const foreign: string[] = [];
  for (const ref of af) {
    const spec = pdf.dict(ref);
    if (!spec) continue;
    const name = textString(spec.UF) ?? textString(spec.F) ?? '?';
    const template = textString(spec[TEMPLATE_KEY]);
    const relation = spec.AFRelationship;
    const bytes = pdf.streamData((pdf.dict(spec.EF) as PdfDict | undefined)?.F);
    if (template && relation instanceof Name && relation.name === 'Source' && bytes && /\.(ya?ml|json)$/i.test(name)) return { name, template, bytes };
    foreign.push(name);
  }
  return { foreign };
}

/** The text of the data inside the PDF `file`, for the data loader. */
export function embeddedData(bytes: Uint8Array, file: string): string {
  let found: ReturnType<typeof findSource>;
  try {
    found = findSource(new PdfFile(Buffer.from(bytes)));
  } catch {
    found = undefined; // a PDF this reader cannot follow holds no data saraban wrote
  }
  if (!found) throw SarabanError.of('pdf-no-data', { name: path.basename(file) }, { file });
  if ('foreign' in found) throw SarabanError.of('pdf-foreign-data', { name: path.basename(file), attachments: found.foreign.join(', ') }, { file });
  return decodeText(found.bytes, file);
}
