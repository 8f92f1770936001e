// XLSX workbooks for tests, written part by part as Excel (or another program) may write them.
import { writeFile } from 'node:fs/promises';
import { zipSync, type Zippable } from 'fflate';

/** A workbook written part by part, as Excel (or another program) may write it. */
export async function workbook(file: string, sheet: string, more: { shared?: string; styles?: string; workbookPr?: string } = {}): Promise<string> {
  const enc = (s: string) => new TextEncoder().encode(s);
  const parts: Zippable = {
    '[Content_Types].xml': enc('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': enc('<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': enc(`<workbook xmlns:r="r">${more.workbookPr ?? ''}<sheets><sheet name="รายชื่อ" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': enc(
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': enc(`<worksheet><sheetData>${sheet}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': enc(`<sst>${more.shared ?? ''}</sst>`),
    'xl/styles.xml': enc(more.styles ?? '<styleSheet><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>'),
  };
  await writeFile(file, zipSync(parts, { level: 1 }));
  return file;
}

/** A sheet of `rows` records (agency, order) under a header, its agencies as shared strings. */
export async function longSheet(file: string, rows: number): Promise<string> {
  const parts = ['<row r="1"><c r="A1" t="inlineStr"><is><t>agency</t></is></c><c r="B1" t="inlineStr"><is><t>order</t></is></c></row>'];
  for (let r = 2; r <= rows + 1; r++) parts.push(`<row r="${r}"><c r="A${r}" t="s"><v>${r % 50}</v></c><c r="B${r}"><v>${r}</v></c></row>`);
  const shared = Array.from({ length: 50 }, (_, k) => `<si><t>สำนักงาน ${k}</t></si>`).join('');
  return workbook(file, parts.join(''), { shared });
}
