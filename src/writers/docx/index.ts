// DOCX: a Word document a clerk edits and signs, laid out as Thai by Word, LibreOffice and WPS.
//   1. Named styles (model/styles.ts: Thai names, English aliases) carry font, size, spacing,
//      indent and keep-with-next; a paragraph names its style and sets only what differs, a run
//      only what differs from its style (bold inside a line) — so restyling in Word restyles all.
//      styles.xml holds the document defaults and the styles the document uses, nothing else.
//   2. Lists are Word numbering (thaiNumbers where the document uses Thai digits).
//   3. settings.xml declares compatibilityMode 15, once (docx writes it, at build time).
//   4. A run whose text holds Thai carries the empty <w:cs/>, a run without Thai carries none;
//      runs are split where the script changes (sayam/thai-docx-skill ADR 0004), never inside a
//      Thai word of one formatting; proofing is never switched off (no w:noProof).
//   5. The document defaults say the languages: en-US for Latin text, th-TH for complex script
//      (w:bidi), as issue 13 asks, so Word's proofing and line breaking see Thai. (ADR 0039 warns
//      that WPS misplaces SARA AM under w:bidi="th-TH"; docs/docx.md.)
//   6. The page layout (space after blocks, table padding, the signature's blank line, marker
//      width, keeps) comes from model/layout.ts, which the PDF writer follows too.
//   7. The XML is written as text: the body and the page number by docx/xml.ts, the package
//      around them by docx/package.ts; the parts that never change come from the docx library,
//      once, at build time (docx/boilerplate.ts). A render does not load docx.
// Kept in place of rendering through the docx library (docs/architecture.md): a minutes DOCX in
// 1.6 ms instead of 6.7 ms, docx's 18 ms load gone from every process and batch worker — a batch of
// 20 minutes 1.66–2.02 → 1.18–1.51 s. New forms need no new OOXML: repeated header rows and
// pictures (a Garuda, a logo) are the model's tables and images, already written here.
// The writer's modules: this file (blocks in order, page breaks, the package), docx/paragraphs.ts
// (runs and paragraphs against their style), docx/blocks.ts (each kind of block),
// docx/page-numbers.ts, docx/styles.ts (styles.xml), docx/xml.ts and docx/package.ts (the XML).
import { headingSize, type Box as BoxBlock, type Document, type Image as ImageBlock } from '../../model/document.js';
import { linePitch, spaceAfter } from '../../model/layout.js';
import { preparePhotos } from '../images.js';
import { firstImageRelId, writePackage } from './package.js';
import { PAGE_BREAK_PARAGRAPH, paragraphXml } from './xml.js';
import { materialize, para, pt20, styleParaLook, twips, type Ctx, type Out } from './paragraphs.js';
import { blockOut, boxOut, finishBlock, imageRun } from './blocks.js';
import { conditionalPageNumberParagraph, pageNumberParagraph } from './page-numbers.js';
import { stylesPart } from './styles.js';

/** A4 in twips. */
const PAGE_WIDTH = 11906;
const PAGE_HEIGHT = 16838;

// ---------------------------------------------------------------------------------------------
/**
 * Space after one paragraph and space before the next: Word adds the two, LibreOffice keeps the
 * larger. So they never meet: the paragraph after takes the sum as its space before (the PDF adds
 * margins too).
 */
function foldSpacing(items: readonly Out[]): void {
  for (let k = 1; k < items.length; k++) {
    const [prev, cur] = [items[k - 1], items[k]];
    if (prev?.kind !== 'p' || cur?.kind !== 'p') continue;
    const after = prev.want.after ?? styleParaLook(prev.role).after;
    const before = cur.want.before ?? styleParaLook(cur.role).before;
    if (after > 0 && before > 0) {
      cur.want.before = before + after;
      prev.want.after = 0;
    }
  }
}

// ---------------------------------------------------------------------------------------------

export async function writeDocx(doc: Document): Promise<Buffer> {
  const { meta } = doc;
  const ctx: Ctx = {
    meta,
    textWidth: 21 - meta.margins.left - meta.margins.right,
    used: new Set(),
    lists: [],
    photos: await preparePhotos(doc.blocks),
    media: new Map(),
    firstImageRel: 0,
    pictures: 0,
    numbered: [],
  };

  // Page numbers: from 1 on every page; from 2 with a blank first-page header (titlePage); later
  // than that through an IF field. Made first: their parts come before the images' relationships.
  const { from, position } = meta.pageNumbers;
  const numbered = from > 0;
  const pageNumber = numbered
    ? {
        part: position === 'bottom' ? ('footer' as const) : ('header' as const),
        default: from <= 2 ? pageNumberParagraph(ctx) : conditionalPageNumberParagraph(ctx),
        ...(from === 2 ? { first: paragraphXml({}, '') } : {}),
      }
    : undefined;
  ctx.firstImageRel = firstImageRelId(pageNumber);

  // Blocks → paragraphs and tables; a page break becomes "page break before" on what follows it.
  // An image beside the next block floats in that block's first paragraph; a box beside it is a
  // floating table just before that paragraph.
  const items: Out[] = [];
  let breakBefore = false;
  let beside: ImageBlock | BoxBlock | undefined;
  // A table has no space after of its own: the paragraph after it takes the table's as space before.
  let afterTable = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'pagebreak') {
      breakBefore = true;
      continue;
    }
    if ((b.kind === 'image' || b.kind === 'box') && b.beside) {
      beside = b;
      continue;
    }
    const out = finishBlock(blockOut(b, ctx, 0), b);
    for (const o of out) {
      if (o.kind === 'p') {
        if (breakBefore) o.content.pageBreakBefore = true;
        if (afterTable) o.want.before = (o.want.before ?? 0) + afterTable;
        afterTable = 0;
        if (beside) {
          const line = b.kind === 'heading' ? (b.line ?? linePitch(headingSize(b, meta))) : linePitch(meta.fontSize);
          if (beside.kind === 'image') o.content.runs = imageRun(beside, ctx, { lineHeight: line }) + o.content.runs;
          else items.push({ kind: 'xml', xml: boxOut(beside, ctx, { lineHeight: line }) });
          beside = undefined;
        }
        items.push(o);
      } else {
        if (breakBefore) items.push({ kind: 'xml', xml: PAGE_BREAK_PARAGRAPH });
        items.push(o);
        afterTable = pt20(spaceAfter(b));
      }
      breakBefore = false;
    }
  }
  if (beside?.kind === 'image') items.push(para('image', { align: beside.align }, { runs: imageRun(beside, ctx) }));
  if (beside?.kind === 'box') items.push({ kind: 'xml', xml: boxOut(beside, ctx) });
  if (breakBefore) items.push({ kind: 'xml', xml: PAGE_BREAK_PARAGRAPH });
  foldSpacing(items);
  const body = items.map((o) => (o.kind === 'p' ? materialize(o, ctx) : o.xml)).join('');

  return writePackage({
    title: meta.title,
    language: meta.lang === 'th' ? 'th-TH' : meta.lang,
    body,
    section: {
      width: PAGE_WIDTH,
      height: PAGE_HEIGHT,
      margins: { top: twips(meta.margins.top), right: twips(meta.margins.right), bottom: twips(meta.margins.bottom), left: twips(meta.margins.left) },
      thaiPageNumbers: numbered && meta.thaiDigits,
    },
    ...(pageNumber ? { pageNumber } : {}),
    lists: ctx.lists,
    usedLists: ctx.numbered,
    media: [...ctx.media.values()],
    styles: stylesPart(meta, ctx.used),
  });
}

