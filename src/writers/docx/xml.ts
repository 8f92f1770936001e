// WordprocessingML for the body of a document (paragraphs, runs, tables, pictures), written as
// text. saraban wrote it through the docx library's object model before, which cost most of a
// document's DOCX time: an object per element and property, formatted and then stringified. The
// elements and attributes come in the order of the schema (CT_PPr, CT_RPr, CT_TblPr), which is
// also docx's, so the XML is the same as docx wrote.

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text or an attribute value as XML: the five entities escaped, and the control characters XML
 * 1.0 cannot hold dropped (docx's own escaping, so text and attributes read the same as before). */
export const escapeXml = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

// ---------------------------------------------------------------------------------------------
// Runs

/** A run's own formatting: only what differs from its style. */
export interface RunProps {
  /** Character style id. */
  style?: string;
  bold?: boolean;
  italic?: boolean;
  /** Half-points, for both scripts. */
  size?: number;
  underline?: 'single' | 'none';
}

const onOff = (name: string, on: boolean) => (on ? `<${name}/>` : `<${name} w:val="false"/>`);

/** A run: its properties (CT_RPr order; the empty w:cs last, "this run is complex script") and content. */
export function runXml(props: RunProps, content: string, complexScript: boolean): string {
  let rPr = '';
  if (props.style) rPr += `<w:rStyle w:val="${escapeXml(props.style)}"/>`;
  if (props.bold !== undefined) rPr += onOff('w:b', props.bold) + onOff('w:bCs', props.bold);
  if (props.italic !== undefined) rPr += onOff('w:i', props.italic) + onOff('w:iCs', props.italic);
  if (props.size !== undefined) rPr += `<w:sz w:val="${props.size}"/><w:szCs w:val="${props.size}"/>`;
  if (props.underline) rPr += `<w:u w:val="${props.underline}"/>`;
  if (complexScript) rPr += '<w:cs/>';
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${content}</w:r>`;
}

export const textXml = (text: string): string => `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;
export const TAB = '<w:tab/>';
export const LINE_BREAK = '<w:br/>';
export const fieldChar = (type: 'begin' | 'separate' | 'end'): string => `<w:fldChar w:fldCharType="${type}"/>`;
export const instrText = (text: string): string => `<w:instrText xml:space="preserve">${escapeXml(text)}</w:instrText>`;

// ---------------------------------------------------------------------------------------------
// Paragraphs

/** A paragraph's own properties: only what differs from its style. Measures in twips. */
export interface ParaProps {
  /** Paragraph style id. */
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  /** In a frame of this width at the foot of the page's text area, at the left margin (w:framePr);
   * paragraphs in a row with the same frame share it. */
  footFrame?: number;
  /** A list level: the list's instance (w:num) and the level. */
  numbering?: { numId: number; level: number };
  /** Left tab stops. */
  tabs?: readonly number[];
  spacing?: { before?: number; after?: number };
  indent?: { left?: number; right?: number; firstLine?: number };
  /** w:jc value. */
  align?: string;
}

/** A paragraph: its properties in CT_PPr order, then its runs. */
export function paragraphXml(p: ParaProps, runs: string): string {
  let pPr = '';
  if (p.style) pPr += `<w:pStyle w:val="${escapeXml(p.style)}"/>`;
  if (p.keepNext !== undefined) pPr += onOff('w:keepNext', p.keepNext);
  if (p.keepLines !== undefined) pPr += onOff('w:keepLines', p.keepLines);
  if (p.pageBreakBefore) pPr += '<w:pageBreakBefore/>';
  if (p.footFrame !== undefined) pPr += `<w:framePr w:w="${Math.floor(p.footFrame)}" w:wrap="around" w:vAnchor="margin" w:hAnchor="margin" w:xAlign="left" w:yAlign="bottom"/>`;
  if (p.numbering) pPr += `<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${p.numbering.numId}"/></w:numPr>`;
  if (p.tabs?.length) pPr += `<w:tabs>${p.tabs.map((pos) => `<w:tab w:val="left" w:pos="${Math.floor(pos)}"/>`).join('')}</w:tabs>`;
  if (p.spacing) pPr += `<w:spacing${attr('w:after', p.spacing.after)}${attr('w:before', p.spacing.before)}/>`;
  if (p.indent) pPr += `<w:ind${attr('w:left', p.indent.left)}${attr('w:right', p.indent.right)}${attr('w:firstLine', p.indent.firstLine)}/>`;
  if (p.align) pPr += `<w:jc w:val="${p.align}"/>`;
  const body = (pPr ? `<w:pPr>${pPr}</w:pPr>` : '') + runs;
  return body ? `<w:p>${body}</w:p>` : '<w:p/>';
}

const attr = (name: string, value: number | undefined) => (value === undefined ? '' : ` ${name}="${Math.floor(value)}"`);

/** An empty paragraph holding a page break. */
export const PAGE_BREAK_PARAGRAPH = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

// ---------------------------------------------------------------------------------------------
// Tables

export interface TableProps {
  /** Column widths, twips. */
  columns: readonly number[];
  /** Indent from the text margin, twips. */
  indent: number;
  borders: boolean;
  /** Cell padding, twips. */
  padding: { top: number; bottom: number; left: number; right: number };
  /** Least height of each row by index, twips (w:trHeight atLeast); none: as tall as its text. */
  heights?: readonly (number | undefined)[];
}

export interface CellXml {
  width: number;
  span: number;
  /** The cell's paragraph(s). */
  content: string;
}

/** A fixed-layout table: rows never split across pages; the first `headerRows` repeat on each page. */
export function tableXml(t: TableProps, rows: readonly (readonly CellXml[])[], headerRows: number): string {
  const line = t.borders ? 'w:val="single" w:color="000000" w:sz="4"' : 'w:val="none" w:color="auto" w:sz="0"';
  const width = t.columns.reduce((a, c) => a + c, 0);
  const m = t.padding;
  const tblPr =
    `<w:tblW w:type="dxa" w:w="${width}"/>` +
    (t.indent ? `<w:tblInd w:type="dxa" w:w="${t.indent}"/>` : '') +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${line}/>`).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/><w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:tblCellMar>`;
  const grid = t.columns.map((c) => `<w:gridCol w:w="${c}"/>`).join('');
  const body = rows
    .map((cells, r) => {
      const least = t.heights?.[r];
      const height = least ? `<w:trHeight w:val="${Math.round(least)}" w:hRule="atLeast"/>` : '';
      const trPr = `<w:trPr><w:cantSplit/>${height}${r < headerRows ? '<w:tblHeader/>' : ''}</w:trPr>`;
      const tcs = cells.map((c) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${c.width}"/>${c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : ''}</w:tcPr>${c.content}</w:tc>`);
      return `<w:tr>${trPr}${tcs.join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

/** A marked empty box (an image still to come): one cell of an exact size with dashed borders,
 * its paragraph(s) centred in it. Sizes in twips; align is w:jc's value. `float`: a floating table
 * (w:tblpPr) at the left margin, `y` below the top of the paragraph after it (the text flows beside it). */
export function boxXml(width: number, height: number, align: string, content: string, float?: { y: number }): string {
  const line = 'w:val="dashed" w:color="000000" w:sz="6"';
  const borders = ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} ${line}/>`).join('');
  const position = float
    ? `<w:tblpPr w:leftFromText="0" w:rightFromText="113" w:vertAnchor="text" w:horzAnchor="margin" w:tblpY="${Math.round(float.y)}"/><w:tblOverlap w:val="overlap"/>`
    : '';
  return (
    `<w:tbl><w:tblPr>${position}<w:tblW w:type="dxa" w:w="${width}"/>${float ? '' : `<w:jc w:val="${align}"/>`}<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    // No cell margins at the sides: the label has the whole width, and the box's edge is at the margin.
    '<w:tblCellMar><w:left w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tblCellMar></w:tblPr>' +
    `<w:tblGrid><w:gridCol w:w="${width}"/></w:tblGrid>` +
    `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${height}" w:hRule="exact"/></w:trPr>` +
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/><w:vAlign w:val="center"/></w:tcPr>${content}</w:tc></w:tr></w:tbl>`
  );
}

// ---------------------------------------------------------------------------------------------
// Pictures

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export interface PictureXml {
  /** Size in EMU. */
  cx: number;
  cy: number;
  /** wp:docPr id, unique in the document. */
  id: number;
  /** The image's relationship id (rId…). */
  relId: number;
  /** Out of the flow at the left margin, this far (EMU) below the paragraph's top, in front of the text. */
  floatingOffset?: number;
}

/** A run holding a picture, inline or floating. */
export function pictureRunXml(p: PictureXml): string {
  const extent = `<wp:extent cx="${p.cx}" cy="${p.cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>`;
  const frame =
    `<wp:docPr id="${p.id}" name=""/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>' +
    `<pic:blipFill><a:blip r:embed="rId${p.relId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${p.cx}" cy="${p.cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>`;
  const drawing =
    p.floatingOffset === undefined
      ? `<wp:inline distT="0" distB="0" distL="0" distR="0">${extent}${frame}</wp:inline>`
      : `<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" allowOverlap="1" behindDoc="0" locked="0" layoutInCell="1" relativeHeight="${p.cy}">` +
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>' +
        `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${p.floatingOffset}</wp:posOffset></wp:positionV>${extent}<wp:wrapNone/>${frame}</wp:anchor>`;
  return `<w:r><w:drawing>${drawing}</w:drawing></w:r>`;
}
