// DOCX, styles.xml: the document defaults and the named styles the document uses (model/styles.ts:
// Thai names, English aliases), nothing else; built and deflated once per process for each font,
// size and style set. Part of the DOCX writer.
import type { DocumentMeta } from '../../model/document.js';
import { STYLES, styleSize, type StyleDef, type StyleName } from '../../model/styles.js';
import { deflateEntry, type ZipEntry } from '../zip.js';
import { escapeXml } from './xml.js';
import { JC, pt20, styleParaLook } from './paragraphs.js';

// ---------------------------------------------------------------------------------------------
// styles.xml: the document defaults and the styles the document uses, nothing else

/** One style element. Properties in schema order (CT_PPrBase, CT_RPr). */
function styleXml(name: StyleName, meta: DocumentMeta): string {
  const def: StyleDef = STYLES[name];
  const look = styleParaLook(name);
  const size = styleSize(def, meta.fontSize);
  const isNormal = def.id === 'Normal';
  const rPr = [
    def.bold ? '<w:b/><w:bCs/>' : '',
    def.size !== undefined && size !== meta.fontSize ? `<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/>` : '',
  ].join('');
  if (def.type === 'character') {
    return `<w:style w:type="character" w:customStyle="1" w:styleId="${def.id}"><w:name w:val="${escapeXml(def.name)}"/><w:aliases w:val="${escapeXml(def.alias)}"/><w:qFormat/><w:rPr>${rPr}</w:rPr></w:style>`;
  }
  const base = styleParaLook('plain');
  const pPr = [
    look.keepNext ? '<w:keepNext/>' : '',
    look.keepLines ? '<w:keepLines/>' : '',
    name === 'rule' ? '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' : '',
    // The rule's paragraph is 2 pt tall, so the line sits close under the text above it.
    name === 'rule' ? `<w:spacing w:after="${look.after}" w:line="40" w:lineRule="exact"/>`
    : def.lineExact ? `<w:spacing w:after="${look.after}" w:line="${pt20(def.lineExact)}" w:lineRule="exact"/>`
    : isNormal || look.after !== base.after ? `<w:spacing w:after="${look.after}"/>` : '',
    look.firstLine ? `<w:ind w:firstLine="${look.firstLine}"/>` : '',
    isNormal || look.align !== base.align ? `<w:jc w:val="${JC[look.align]}"/>` : '',
    def.outline !== undefined ? `<w:outlineLvl w:val="${def.outline}"/>` : '',
  ].join('');
  const next = def.outline !== undefined || def.keepNext ? `<w:next w:val="${STYLES.body.id}"/>` : '';
  return (
    `<w:style w:type="paragraph"${isNormal ? ' w:default="1"' : ' w:customStyle="1"'} w:styleId="${def.id}">` +
    `<w:name w:val="${escapeXml(def.name)}"/><w:aliases w:val="${escapeXml(def.alias)}"/>` +
    `${isNormal ? '' : '<w:basedOn w:val="Normal"/>'}${next}<w:qFormat/>` +
    `${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}</w:style>`
  );
}

/**
 * The whole styles part. Document defaults: the font in all four slots and the body size (both
 * scripts), the languages — English for Latin text, Thai for complex script (w:bidi), so Word's
 * proofing and line breaking see Thai — no space before or after, single lines (Word's default,
 * not written: LibreOffice reads an explicit w:line="240" as proportional and overlaps tall Thai
 * lines), and no widow control (the PDF has none; both break pages alike).
 */
export function stylesPart(meta: DocumentMeta, used: ReadonlySet<StyleName>): ZipEntry {
  const names = (Object.keys(STYLES) as StyleName[]).filter((n) => n === 'plain' || used.has(n) || (n === 'body' && usesNext(used)));
  const key = `${meta.font}\u0000${meta.fontSize}\u0000${names.join(',')}`;
  let entry = stylesCache.get(key);
  if (entry === undefined) {
    entry = deflateEntry('word/styles.xml', buildStylesXml(meta, names));
    // A batch uses a handful of style sets; bound the cache all the same.
    if (stylesCache.size >= 64) stylesCache.clear();
    stylesCache.set(key, entry);
  }
  return entry;
}

/** styles.xml by font, size and style set: built and deflated once per process for each. */
const stylesCache = new Map<string, ZipEntry>();

function buildStylesXml(meta: DocumentMeta, names: readonly StyleName[]): string {
  const f = escapeXml(meta.font);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    `<w:rFonts w:ascii="${f}" w:eastAsia="${f}" w:hAnsi="${f}" w:cs="${f}"/>` +
    `<w:sz w:val="${meta.fontSize * 2}"/><w:szCs w:val="${meta.fontSize * 2}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="th-TH"/>' +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    names.map((n) => styleXml(n, meta)).join('') +
    '</w:styles>'
  );
}

/** Headings and keep-with-next styles name the body style as their next: it must exist then. */
const usesNext = (used: ReadonlySet<StyleName>) => [...used].some((n) => (STYLES[n] as StyleDef).outline !== undefined || (STYLES[n] as StyleDef).keepNext);
