// PDF/A-3u for the archive, through pdfkit's own PDF/A mode: it writes the pdfaid schema and an
// sRGB output intent (the ICC profile pdfkit ships, data/sRGB_IEC61966_2_1.icc), and embeds every
// font with a ToUnicode map (as every saraban PDF already does). pdfkit knows only the a and b
// conformance levels, so the document asks for 3b and says u before it ends: u is b plus
// Unicode for all text, which the ToUnicode maps give (test/pdf/pdfa.test.ts reads it back).
// What pdfkit's XMP lacks is added here: dc:language, the modify and metadata dates the Info
// dictionary must agree with, and escaping (a title with "&" broke its XML). The document is
// tagged (tags.ts) and carries its data file as an associated file with AFRelationship /Source,
// which source.ts reads back. Only a document with meta.archive takes this path: every other PDF
// is written as before, byte for byte.
import { createHash } from 'node:crypto';
import type { Archive, DocumentMeta } from '../../model/document.js';
import { sarabanVersion } from '../../io/paths.js';
import { escapeXml } from '../docx/xml.js';
import { endStructure, type StructNode } from './tags.js';

/** The key of the file specification that names the template the data was rendered with. */
export const TEMPLATE_KEY = 'SarabanTemplate';
/** The MIME type of the embedded data, as a PDF name ("/" written #2F). */
const YAML_TYPE = 'application#2Fyaml';

/** pdfmake definition entries of a PDF/A document. */
export function archiveDefinition(meta: DocumentMeta): Record<string, unknown> {
  const archive = meta.archive!;
  return {
    version: '1.7',
    subset: 'PDF/A-3b',
    tagged: true,
    language: meta.lang,
    info: {
      title: meta.title,
      ...(archive.author ? { author: archive.author } : {}),
      ...(archive.subject ? { subject: archive.subject } : {}),
      creator: 'saraban',
      producer: `saraban ${sarabanVersion()} (pdfmake)`,
    },
  };
}

interface PdfKitDoc {
  subset_conformance: string;
  info: Record<string, unknown>;
  _root: { data: Record<string, unknown> };
  ref(data: object): { end(data?: Buffer): void; data: Record<string, unknown> };
  addNamedEmbeddedFile(name: string, ref: unknown): void;
  appendXML(xml: string): void;
  _addInfo(): void;
}

/** Before the document ends: the conformance, the XMP, the embedded data and the structure tree. */
export function finishArchive(pdfDoc: object, meta: DocumentMeta, structure: StructNode): void {
  const doc = pdfDoc as PdfKitDoc;
  const archive = meta.archive!;
  doc.subset_conformance = 'U';
  const created = doc.info.CreationDate as Date;
  doc.info.ModDate = created;
  doc._addInfo = () => doc.appendXML(xmp(meta, archive, doc.info));
  if (archive.source) embedSource(doc, archive.source, created);
  endStructure(pdfDoc, structure);
}

/** The XMP packet's descriptions (pdfkit adds pdfaid's and wraps the packet). */
function xmp(meta: DocumentMeta, archive: Archive, info: Record<string, unknown>): string {
  const date = (info.CreationDate as Date).toISOString().replace(/\.\d+Z$/, 'Z');
  const x = (s: unknown) => escapeXml(String(s));
  const alt = (s: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${x(s)}</rdf:li></rdf:Alt>`;
  return [
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`,
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(meta.title)}</dc:title>`,
    archive.author ? `<dc:creator><rdf:Seq><rdf:li>${x(archive.author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    archive.subject ? `<dc:description>${alt(archive.subject)}</dc:description>` : '',
    `<dc:language><rdf:Bag><rdf:li>${x(meta.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${x(info.Creator)}</xmp:CreatorTool>`,
    `<pdf:Producer>${x(info.Producer)}</pdf:Producer>`,
    `</rdf:Description>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The data file as an associated file of the document (PDF/A-3, 6.8): /AF and EmbeddedFiles. */
function embedSource(doc: PdfKitDoc, source: NonNullable<Archive['source']>, date: Date): void {
  const bytes = Buffer.from(source.bytes);
  const stream = doc.ref({
    Type: 'EmbeddedFile',
    Subtype: YAML_TYPE,
    Params: { Size: bytes.length, ModDate: date, CheckSum: createHash('md5').update(bytes).digest() },
  });
  stream.end(bytes);
  const spec = doc.ref({
    Type: 'Filespec',
    F: new String(asciiName(source.name)),
    UF: new String(source.name),
    Desc: new String(`saraban data (${source.template})`),
    AFRelationship: 'Source',
    EF: { F: stream, UF: stream },
    [TEMPLATE_KEY]: new String(source.template),
  });
  spec.end();
  doc.addNamedEmbeddedFile(source.name, spec);
  doc._root.data.AF = [spec];
}

/** /F is a byte string: a name outside ASCII keeps its extension only. */
const asciiName = (name: string) => (/^[\x20-\x7E]+$/.test(name) ? name : `data${name.slice(name.lastIndexOf('.'))}`);
