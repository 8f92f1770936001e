import { describe, expect, it } from 'vitest';
import { parseWhere, recordsFromData, recordsFromRows } from '../../src/batch/records.js';
import { readCsv } from '../../src/batch/tables.js';
import { loadAndValidate } from '../../src/pipeline/documents.js';
import { SarabanError } from '../../src/messages/errors.js';
import { EXAMPLE } from '../helpers.js';

describe('records from a list in the data', () => {
  it('takes the schedule slots that have an agency, keeping each slot number', async () => {
    const { loaded, data } = await loadAndValidate(EXAMPLE);
    const records = recordsFromData(data, loaded, 'meeting.schedule', 'agency');
    expect(records.map((r) => r.position.number)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(records[0]).toMatchObject({ label: 'meeting.schedule[4]', item: { agency: 'สำนักงานพัฒนาชุมชนจังหวัดตราด' } });
    expect(records[0]!.position.seq).toBe('005');
  });

  it('points at the data file when the path is not a list', async () => {
    const { loaded, data } = await loadAndValidate(EXAMPLE);
    expect(() => recordsFromData(data, loaded, 'meeting.title')).toThrow(/not a list/);
    expect(() => recordsFromData(data, loaded, 'meeting.nothing')).toThrow(SarabanError);
  });

  it('filters with --where: set, not set, equal, not equal, dotted fields', () => {
    const items = [{ a: 'x', b: { c: '1' } }, { a: '' }, { b: { c: '2' } }];
    const pick = (expr: string) => items.map((it, k) => (parseWhere(expr)(it) ? k : -1)).filter((k) => k >= 0);
    expect(pick('a')).toEqual([0]);
    expect(pick('!a')).toEqual([1, 2]);
    expect(pick('b.c=2')).toEqual([2]);
    expect(pick('b.c != 2')).toEqual([0, 1]);
    expect(() => parseWhere('a > 3')).toThrow(SarabanError);
  });
});

describe('records from a table', () => {
  it('names fields by the header (dotted names nest), skips empty rows, leaves empty cells out', async () => {
    const rows = await readCsv(Buffer.from('\uFEFFagency,signer.name,order\r\nก,ข,\r\n,,\r\n\r\nค,,3\r\n'), 'x.csv');
    const records = recordsFromRows(rows, 'x.csv');
    expect(records.map((r) => [r.label, r.item])).toEqual([
      ['row 2', { agency: 'ก', signer: { name: 'ข' } }],
      ['row 5', { agency: 'ค', order: '3' }],
    ]);
    expect(records.map((r) => r.position.number)).toEqual([1, 2]);
  });

  it('marks a row with missing or extra cells as broken, not the whole table', async () => {
    const rows = await readCsv(Buffer.from('a,b,c\n1,2,3\n1,2\n1,2,3,4\n1,2,3,\n'), 'x.csv');
    expect(recordsFromRows(rows, 'x.csv').map((r) => r.problem?.message ?? 'ok')).toEqual([
      'ok',
      'has 2 cells, the header has 3 columns (a missing or extra comma?)',
      'has 4 cells, the header has 3 columns (a missing or extra comma?)',
      'ok', // a trailing empty cell is harmless
    ]);
  });

  it('reads Thai CSV saved by Excel on Thai Windows (Windows-874), and semicolons', async () => {
    const tis620 = Buffer.from([0x61, 0x3b, 0x62, 0x0a, 0xa1, 0xd2, 0xc3, 0x3b, 0x31, 0x0a]); // "a;b\nการ;1\n"
    expect(recordsFromRows(await readCsv(tis620, 'x.csv'), 'x.csv')[0]!.item).toEqual({ a: 'การ', b: '1' });
  });

  it('refuses a header that repeats a column or would reach object internals', async () => {
    const twice = await readCsv(Buffer.from('a,a\n1,2\n'), 'x.csv');
    const unsafe = await readCsv(Buffer.from('__proto__.x\n1\n'), 'x.csv');
    expect(() => recordsFromRows(twice, 'x.csv')).toThrow(/twice/);
    expect(() => recordsFromRows(unsafe, 'x.csv')).toThrow(SarabanError);
  });
});
