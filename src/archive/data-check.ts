// Whether the data a PDF/A carries is the source of its visible text: the embedded data file is
// rendered again with the template it names, and the pages drawn (their content streams) must be
// those of the PDF as first signed. Equal pages mean the text a reader sees came from that data;
// a difference means one of them was made some other way — or by another saraban version, whose
// layout may differ, which the report says when the producers differ.
import path from 'node:path';
import { buildDocument, prepareTemplate } from '../pipeline/documents.js';
import { parseData } from '../data/load.js';
import { validateData } from '../data/validate.js';
import { archiveOf } from './options.js';
import { PdfFile, textString, type PdfValue } from './pdf-file.js';
import { findSource } from './source.js';
import { decodeText } from '../io/input.js';

export type DataCheck =
  | { status: 'matches'; name: string; template: string }
  | { status: 'differs'; name: string; template: string; page: number; otherProducer?: string }
  | { status: 'none' }
  | { status: 'unchecked'; name: string; template: string; reason: string };

/** Checks the data inside `bytes` (the revision to judge, e.g. as first signed) against its pages. */
export async function checkEmbeddedData(bytes: Buffer, file: string): Promise<DataCheck> {
  const pdf = new PdfFile(bytes);
  const source = findSource(pdf);
  if (!source || 'foreign' in source) return { status: 'none' };
  const { name, template } = source;
  let rendered: PdfFile;
  try {
    const loaded = parseData(decodeText(source.bytes, name), path.join(path.dirname(file), name));
    const data = validateData(loaded);
    const prepared = await prepareTemplate(template);
    const doc = buildDocument(data, prepared, path.dirname(file));
    doc.meta.archive = archiveOf(loaded, data, prepared.ref.name);
    const { writePdf } = await import('../writers/pdf/index.js');
    rendered = new PdfFile(Buffer.from(await writePdf(doc)));
  } catch (e) {
    return { status: 'unchecked', name, template, reason: e instanceof Error ? e.message : String(e) };
  }
  const mine = pageContents(pdf);
  const again = pageContents(rendered);
  const producer = (p: PdfFile) => textString(p.dict(p.trailer.Info)?.Producer);
  for (let k = 0; k < Math.max(mine.length, again.length); k++) {
    if (!mine[k] || !again[k] || !mine[k]!.equals(again[k]!)) {
      const other = producer(pdf) !== producer(rendered) ? producer(pdf) : undefined;
      return { status: 'differs', name, template, page: k + 1, ...(other ? { otherProducer: other } : {}) };
    }
  }
  return { status: 'matches', name, template };
}

/** Each page's drawing: its content streams, inflated and joined. */
function pageContents(pdf: PdfFile): Buffer[] {
  const pages: Buffer[] = [];
  const visit = (node: PdfValue | undefined, depth: number) => {
    const d = pdf.dict(node);
    if (!d || depth > 32) return;
    const kids = pdf.resolve(d.Kids);
    if (Array.isArray(kids)) return kids.forEach((k) => visit(k, depth + 1));
    const contents = pdf.resolve(d.Contents);
    const refs = Array.isArray(contents) ? contents : [d.Contents];
    pages.push(Buffer.concat(refs.map((r) => pdf.streamData(r) ?? Buffer.alloc(0))));
  };
  visit(pdf.dict(pdf.trailer.Root)?.Pages, 0);
  return pages;
}
