// Reading XLSX sheets as the clerk sees them: dates, times and date-times as typed, booleans as
// Excel shows them, error cells and uncalculated formulas failing their row by name, and a sheet
// of hundreds of thousands of rows read without overflowing the stack or holding up the event loop.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { recordsFromRows } from '../../src/batch/records.js';
import { readTable } from '../../src/batch/tables.js';
import { formatKind } from '../../src/batch/xlsx.js';
import { longSheet, workbook } from './workbook.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'saraban-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('XLSX cells as the clerk sees them', () => {
  it('reads dates, times and date-times as typed, numbers as shown, booleans as Excel shows them, formulas by their result', async () => {
    const file = path.join(dir, 'types.xlsx');
    const utc = (...a: [number, number, number, number?, number?]) => new Date(Date.UTC(a[0], a[1] - 1, a[2], a[3] ?? 0, a[4] ?? 0));
    await writeXlsxFile([
      [{ value: 'agency' }, { value: 'date' }, { value: 'time' }, { value: 'when' }, { value: 'order' }, { value: 'ok' }, { value: 'sum' }],
      [
        { value: 'สำนักงานเกษตรจังหวัดตราด' },
        { value: utc(2021, 7, 29), type: Date, format: 'dd/mm/yyyy' },
        { value: utc(1899, 12, 30, 13, 30), type: Date, format: 'hh:mm' },
        { value: utc(2021, 7, 29, 9, 5), type: Date, format: 'd/m/yyyy h:mm' },
        { value: 0.1 + 0.2, type: Number },
        { value: true, type: Boolean },
        { value: 'ที่ดิน' },
      ],
    ]).toFile(file);
    const [header, row] = await readTable(file);
    expect(header!.cells).toEqual(['agency', 'date', 'time', 'when', 'order', 'ok', 'sum']);
    expect(row!.cells).toEqual(['สำนักงานเกษตรจังหวัดตราด', '2021-07-29', '13.30', '2021-07-29 09.05', '0.3', 'TRUE', 'ที่ดิน']);
    expect(row!.problems).toBeUndefined();
  });

  it('fails a row whose formula was never calculated, naming the cell, instead of reading it as empty', async () => {
    const file = path.join(dir, 'formula.xlsx');
    await writeXlsxFile([
      [{ value: 'agency' }, { value: 'order' }],
      [{ value: 'สำนักงานเกษตรจังหวัดตราด' }, { value: '=ROW()+3', type: 'Formula' }],
      [{ value: 'สำนักงานที่ดินจังหวัดตราด' }, { value: 6, type: Number }],
    ]).toFile(file);
    const records = recordsFromRows(await readTable(file), file);
    expect(records.map((r) => r.problem?.format('th') ?? 'ok')).toEqual([
      'คอลัมน์ B (order): สูตรยังไม่ได้คำนวณ\n  วิธีแก้: เปิดไฟล์ใน Excel แล้วบันทึกอีกครั้ง (โปรแกรมที่สร้างไฟล์ไม่ได้คำนวณสูตรไว้)',
      'ok',
    ]);
    expect(records[0]!.problem?.format('en')).toMatch(/^column B \(order\): the formula has no calculated value/);
  });

  it('fails a row with an error cell (#REF!, #DIV/0!) naming it, and reads what Excel wrote by hand', async () => {
    const file = await workbook(
      path.join(dir, 'errors.xlsx'),
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>order</t></is></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>start</t></is></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="e"><f>#REF!+1</f><v>#REF!</v></c></row>' +
        '<row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4"><f>A1/0</f><v>5</v></c><c r="C4" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
        '<row r="5"><c r="A5" t="str"><f>"x"</f><v>ก &amp; ข</v></c><c r="C5" s="1"><v>44406.5625</v></c><c r="D5" s="2"><v>0.395833333333</v></c></row>' +
        '<row r="6"><c r="B6" t="b"><v>0</v></c><c r="C6" s="3"><v>44406</v></c></row>',
      {
        shared:
          '<si><t>agency</t></si><si><t>topic</t></si>' +
          '<si><r><t>สำนักงาน</t></r><r><rPr><b/></rPr><t>เกษตร</t></r><rPh><t>ignored</t></rPh></si>' +
          '<si><t xml:space="preserve">line_x000D_two</t></si>',
        styles:
          '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="[$-41E]d mmmm yyyy h:mm"/><numFmt numFmtId="165" formatCode="&quot;เวลา &quot;hh:mm"/></numFmts>' +
          '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="71"/></cellXfs></styleSheet>',
      },
    );
    const rows = await readTable(file);
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['agency', 'order', 'topic', 'start']],
      [3, ['สำนักงานเกษตร', '#REF!', '', '']],
      [4, ['line\rtwo', '5', '#DIV/0!', '']],
      [5, ['ก & ข', '', '2021-07-29 13.30', '09.30']],
      [6, ['', 'FALSE', '2021-07-29', '']],
    ]);
    const records = recordsFromRows(rows, file);
    expect(records.map((r) => r.problem?.message ?? 'ok')).toEqual([
      'column B (order): the formula gives an error (#REF!)',
      'column C (topic): the formula gives an error (#DIV/0!)',
      'ok',
      'ok',
    ]);
  });

  it('tells date, time and number formats apart, Thai ones included', () => {
    expect(['yyyy-mm-dd', 'd mmm yy', '[$-41E]ว/ด/ปปปป', 'mmm', 'hh:mm', 'h:mm AM/PM', 'ช:นน', 'dd/mm/yyyy hh:mm', '[h]:mm', '0.00', '#,##0', 'General', '"วันที่ "0', '@'].map(formatKind)).toEqual([
      'date', 'date', 'date', 'date', 'time', 'time', 'time', 'datetime', 'elapsed', 'number', 'number', 'number', 'number', 'number',
    ]);
  });
});

describe('a long XLSX sheet', () => {
  it('reads a sheet on a loaded machine (every step seems slow), where a recursive chunk loop ran out of stack', async () => {
    const file = path.join(dir, 'slow.xlsx');
    const rows = [[{ value: 'agency' }, { value: 'order' }], ...Array.from({ length: 3000 }, (_, k) => [{ value: `สำนักงาน ${k}` }, { value: k + 1, type: Number }])];
    await writeXlsxFile(rows).toFile(file);
    let clock = Date.now();
    const slow = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 8));
    try {
      const read = await readTable(file);
      expect(read).toHaveLength(3001);
      expect(read[3000]!.cells).toEqual(['สำนักงาน 2999', '3000']);
    } finally {
      slow.mockRestore();
    }
  }, 60_000);

  const ROWS = 300_000;

  it(`reads ${ROWS.toLocaleString('en')} rows without overflowing the stack, and the event loop keeps turning meanwhile`, async () => {
    const file = await longSheet(path.join(dir, 'long.xlsx'), ROWS);

    let longest = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const rows = await readTable(file);
    const ms = performance.now() - started;
    clearInterval(ticker);
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows.at(-1)).toEqual({ row: ROWS + 1, cells: [`สำนักงาน ${(ROWS + 1) % 50}`, String(ROWS + 1)] });
    expect(ms).toBeLessThan(20_000);
    expect(longest).toBeLessThan(500); // the editor answers other requests meanwhile
    console.log(`${ROWS} rows read in ${Math.round(ms)} ms; longest wait of the event loop ${Math.round(longest)} ms`);
  }, 60_000);
});
