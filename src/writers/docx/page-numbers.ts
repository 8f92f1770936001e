// DOCX, page numbers: the header or footer paragraph around a PAGE field, and the IF field that
// keeps the pages before the first numbered one blank. Part of the DOCX writer.
import { pageNumberText } from '../../model/document.js';
import { formatNumber, hasThai } from '../../thai/index.js';
import { fieldChar, instrText, runXml, textXml } from './xml.js';
import { materialize, para, runs, type Ctx } from './paragraphs.js';

// ---------------------------------------------------------------------------------------------
// Page numbers

/** The runs of a complex field: begin, instruction, separate, cached result, end. */
function fieldRuns(instruction: string, cached: string, cs: boolean): string {
  return [fieldChar('begin'), instrText(` ${instruction} `), fieldChar('separate'), textXml(cached), fieldChar('end')].map((c) => runXml({}, c, cs)).join('');
}

/**
 * The page number's field: a bare PAGE. Thai digits come from the section's number format
 * (w:pgNumType w:fmt="thaiNumbers"), which Word follows — what Word itself writes for "๑, ๒, ๓"
 * in Format Page Numbers. LibreOffice (7.4, and the importer's source today) maps neither that
 * format nor any PAGE switch to Thai digits (`\* ThaiArabic` becomes Thai letters, "- ข -"), so
 * it shows "- 2 -"; docs/docx.md says what each program shows.
 */
const PAGE_FIELD = 'PAGE';

/** The page-number paragraph: the pattern ("- {n} -") around a PAGE field. */
export function pageNumberParagraph(ctx: Ctx): string {
  const { format, from } = ctx.meta.pageNumbers;
  const [before = '', after = ''] = format.split('{n}');
  const cs = hasThai(pageNumberText(ctx.meta, from)!);
  let xml = '';
  if (before) xml += runs([{ kind: 'text', text: before }], ctx, 'page-number');
  xml += fieldRuns(PAGE_FIELD, formatNumber(from, ctx.meta.thaiDigits), cs);
  if (after) xml += runs([{ kind: 'text', text: after }], ctx, 'page-number');
  return materialize(para('page-number', {}, { runs: xml }), ctx);
}

/**
 * For a first numbered page after 2: the number inside IF { PAGE } >= from, so earlier pages of
 * the default header/footer stay blank.
 */
export function conditionalPageNumberParagraph(ctx: Ctx): string {
  const { format, from } = ctx.meta.pageNumbers;
  const cs = hasThai(pageNumberText(ctx.meta, from)!);
  const [before = '', after = ''] = format.split('{n}').map((s) => s.replace(/"/g, '\u201D'));
  const instr = (text: string) => runXml({}, instrText(text), cs);
  const fc = (type: 'begin' | 'separate' | 'end') => runXml({}, fieldChar(type), cs);
  const page = fieldRuns(PAGE_FIELD, '1', cs);
  return materialize(para('page-number', {}, { runs: fc('begin') + instr(' IF ') + page + instr(` >= ${from} "${before}`) + page + instr(`${after}" "" `) + fc('separate') + fc('end') }), ctx);
}
