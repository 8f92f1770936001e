// The DOCX package around a written body: document, header or footer, numbering, core
// properties, relationships, content types, media; the static parts from docx/boilerplate.ts.
// Part names, relationship ids and zip order are the ones docx gives the same document, which
// saraban wrote through docx before (docs/docx.md): styles rId1, numbering rId2, settings rId5
// (rId3 and rId4 were docx's empty footnotes and endnotes, which saraban leaves out), then the
// headers or footers, the theme, the images, and the font table last.
import { escapeXml } from './xml.js';
import { boilerplate, STATIC_PARTS } from './boilerplate.js';
import { deflateEntry, zipEntries, type ZipEntry } from '../zip.js';

/** One level of a Word list (w:lvl). Measures in twips. */
export interface ListLevel {
  level: number;
  /** w:numFmt: decimal, thaiNumbers, bullet. */
  format: string;
  /** w:lvlText: "%1." */
  text: string;
  start: number;
  /** A space, not a tab, after the number. */
  spaceAfter?: boolean;
  indent: { left: number; hanging?: number; firstLine?: number };
}

/** A list definition: its own abstract numbering, and one instance when the body uses it. */
export interface ListDef {
  reference: string;
  levels: ListLevel[];
}

export interface PackageContent {
  title: string;
  /** dc:language. */
  language: string;
  /** document.xml's body content. */
  body: string;
  /** The section: page size and margins in twips, Thai page-number digits. */
  section: { width: number; height: number; margins: { top: number; right: number; bottom: number; left: number }; thaiPageNumbers: boolean };
  /** The page number's part, if numbered: its default paragraph, and the first page's when it
   * differs (the section then has a title page). */
  pageNumber?: { part: 'header' | 'footer'; default: string; first?: string };
  lists: readonly ListDef[];
  /** The lists' references in the order the body first uses them: their numIds, from 2 (docx's own list was 1). */
  usedLists: readonly string[];
  /** The images in the order the body first uses them: media/image1.png, … */
  media: ReadonlyArray<{ type: 'png' | 'jpg'; data: Uint8Array }>;
  styles: ZipEntry;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** The relationship id of the first image (rId…): after styles…settings (1–5), the page-number parts, the theme. */
export const firstImageRelId = (pageNumber: PackageContent['pageNumber']): number => 7 + partsOf(pageNumber).length;

/** The numId of the first list instance the body uses (docx's own list, left out, was 1). */
export const FIRST_NUM_ID = 2;

const partsOf = (p: PackageContent['pageNumber']) => (p ? [p.default, ...(p.first !== undefined ? [p.first] : [])] : []);

/** The static parts, deflated once per process. */
let staticEntries: Map<string, ZipEntry> | undefined;

export function writePackage(c: PackageContent): Buffer {
  const b = boilerplate();
  staticEntries ??= new Map(STATIC_PARTS.map((name) => [name, deflateEntry(name, b.parts[name]!)]));
  const hasLists = c.lists.length > 0;
  const pn = c.pageNumber;
  const pnParts = partsOf(pn);
  const pnName = (k: number) => `${pn!.part}${k + 1}.xml`;

  // Relationships of the document part.
  const rels: string[] = [rel(1, 'styles', 'styles.xml')];
  if (hasLists) rels.push(rel(2, 'numbering', 'numbering.xml'));
  rels.push(rel(5, 'settings', 'settings.xml'));
  pnParts.forEach((_, k) => rels.push(rel(6 + k, pn!.part, pnName(k))));
  const firstImage = firstImageRelId(pn);
  rels.push(rel(firstImage - 1, 'theme', 'theme/theme1.xml'));
  const mediaNames = c.media.map((m, k) => `image${k + 1}.${m.type}`);
  mediaNames.forEach((name, k) => rels.push(rel(firstImage + k, 'image', `media/${name}`)));
  rels.push(rel(firstImage + mediaNames.length, 'fontTable', 'fontTable.xml'));

  const s = c.section;
  const refs = pnParts.map((_, k) => `<w:${pn!.part}Reference w:type="${k === 0 ? 'default' : 'first'}" r:id="rId${6 + k}"/>`).join('');
  const sectPr =
    `<w:sectPr>${refs}<w:pgSz w:w="${s.width}" w:h="${s.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${s.margins.top}" w:right="${s.margins.right}" w:bottom="${s.margins.bottom}" w:left="${s.margins.left}" w:header="708" w:footer="708" w:gutter="0"/>` +
    `<w:pgNumType${s.thaiPageNumbers ? ' w:fmt="thaiNumbers"' : ''}/>${pn?.first !== undefined ? '<w:titlePg/>' : ''}<w:docGrid w:linePitch="360"/></w:sectPr>`;

  const title = c.title ? `<dc:title>${escapeXml(c.title)}</dc:title>` : '';
  const description = c.title ? `<dc:description>${escapeXml(c.title)}</dc:description>` : '';
  const now = new Date().toISOString();
  const core =
    `${b.coreStart}${title}<dc:creator>saraban</dc:creator>${description}<cp:lastModifiedBy>saraban</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    `<dc:language>${escapeXml(c.language)}</dc:language></cp:coreProperties>`;

  const overrides = [
    override('wordprocessingml.document.main', '/word/document.xml'),
    override('wordprocessingml.styles', '/word/styles.xml'),
    `<Override ContentType="application/vnd.openxmlformats-package.core-properties+xml" PartName="/docProps/core.xml"/>`,
    override('extended-properties', '/docProps/app.xml'),
    ...(hasLists ? [override('wordprocessingml.numbering', '/word/numbering.xml')] : []),
    override('wordprocessingml.settings', '/word/settings.xml'),
    override('wordprocessingml.fontTable', '/word/fontTable.xml'),
    override('theme', '/word/theme/theme1.xml'),
    ...pnParts.map((_, k) => override(`wordprocessingml.${pn!.part}`, `/word/${pnName(k)}`)),
  ];

  const start = pn?.part === 'footer' ? b.footerStart : b.headerStart;
  const end = pn?.part === 'footer' ? '</w:ftr>' : '</w:hdr>';
  const entries: ZipEntry[] = [
    deflateEntry('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`),
    deflateEntry('word/document.xml', `${b.documentStart}${c.body}${sectPr}</w:body></w:document>`),
    c.styles,
    deflateEntry('docProps/core.xml', core),
    staticEntries.get('_rels/.rels')!,
    ...pnParts.map((_, k) => deflateEntry(`word/_rels/${pnName(k)}.rels`, b.emptyRels)),
    ...pnParts.map((p, k) => deflateEntry(`word/${pnName(k)}`, `${start}${p}${end}`)),
    staticEntries.get('docProps/app.xml')!,
    staticEntries.get('word/settings.xml')!,
    staticEntries.get('word/fontTable.xml')!,
    staticEntries.get('word/theme/theme1.xml')!,
    ...(hasLists ? [deflateEntry('word/numbering.xml', numberingXml(b.numberingStart, c.lists, c.usedLists))] : []),
    deflateEntry('[Content_Types].xml', `${b.typesStart}${overrides.join('')}</Types>`),
    ...c.media.map((m, k) => deflateEntry(`word/media/${mediaNames[k]}`, m.data)),
  ];
  return zipEntries(entries);
}

const rel = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="${REL}/${type}" Target="${target}"/>`;
const override = (type: string, part: string) => `<Override ContentType="${CT}.${type}+xml" PartName="${part}"/>`;

/** numbering.xml: each list's abstract numbering (ids from 2), then an instance of each list the body uses. */
function numberingXml(start: string, lists: readonly ListDef[], used: readonly string[]): string {
  const abstractId = new Map(lists.map((l, k) => [l.reference, k + 2]));
  const abstracts = lists.map((l, k) => {
    const levels = l.levels.map((v) => {
      const ind = `<w:ind w:left="${v.indent.left}"${v.indent.hanging !== undefined ? ` w:hanging="${v.indent.hanging}"` : ''}${v.indent.firstLine !== undefined ? ` w:firstLine="${v.indent.firstLine}"` : ''}/>`;
      return (
        `<w:lvl w:ilvl="${v.level}"><w:start w:val="${v.start}"/><w:numFmt w:val="${v.format}"/>${v.spaceAfter ? '<w:suff w:val="space"/>' : ''}` +
        `<w:lvlText w:val="${escapeXml(v.text)}"/><w:lvlJc w:val="left"/><w:pPr>${ind}</w:pPr></w:lvl>`
      );
    });
    return `<w:abstractNum w:abstractNumId="${k + 2}" w15:restartNumberingAfterBreak="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels.join('')}</w:abstractNum>`;
  });
  const byRef = new Map(lists.map((l) => [l.reference, l]));
  const nums = used.map((ref, k) => {
    const overrides = byRef.get(ref)!.levels.map((v) => `<w:lvlOverride w:ilvl="${v.level}"><w:startOverride w:val="${v.start}"/></w:lvlOverride>`);
    return `<w:num w:numId="${k + FIRST_NUM_ID}"><w:abstractNumId w:val="${abstractId.get(ref)}"/>${overrides.join('')}</w:num>`;
  });
  return `${start}${abstracts.join('')}${nums.join('')}</w:numbering>`;
}
