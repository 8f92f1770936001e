import { describe, expect, it } from 'vitest';
import { compileNamePattern, safeFileName, UniqueNames } from '../../src/batch/naming.js';

describe('batch file names', () => {
  it('renders the pattern without HTML escaping and keeps Thai', () => {
    const name = compileNamePattern('{{batch.seq}} {{item.agency}}');
    expect(name({ batch: { seq: '005' }, item: { agency: 'สำนักงานพัฒนาชุมชน & "ตราด"' } })).toBe('005 สำนักงานพัฒนาชุมชน & _ตราด_');
  });

  it('makes names safe for Windows, macOS and Linux', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeFileName('  ..hidden. ')).toBe('hidden');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nul.txt')).toBe('_nul.txt');
    expect(safeFileName('line\nbreak\ttab')).toBe('line_break_tab');
    expect(safeFileName(' ... ')).toBe('document');
  });

  it('cuts long names to 200 bytes at a whole Thai letter, never leaving a vowel or tone mark alone', () => {
    const long = 'สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดตราด'.repeat(5);
    const cut = safeFileName(long);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(200);
    expect(long.startsWith(cut)).toBe(true);
    const next = long.slice(cut.length, cut.length + 1);
    expect(next).not.toMatch(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u); // the cut is before a base letter
  });

  it('spells sara am one way (ำ, not ํ + า) and composes NFC, so names that look the same are the same', () => {
    const name = compileNamePattern('{{item.agency}}');
    const am = 'สำนักงานสาธารณสุขจังหวัดตราด';
    const split = 'ส\u0E4D\u0E32นักงานสาธารณสุขจังหวัดตราด';
    expect(split).not.toBe(am);
    expect(name({ item: { agency: split } })).toBe(am);
    expect(safeFileName('น\u0E4D\u0E49\u0E32ตาล')).toBe('น้ำตาล'); // a tone mark typed between ํ and า goes before ำ
    expect(safeFileName('น\u0E49\u0E4D\u0E32ตาล')).toBe('น้ำตาล');
    expect(safeFileName('ส\u0E4D\u200B\u0E32นัก')).toBe('สำนัก'); // a zero-width space between them does not keep them apart
    expect(safeFileName('Cafe\u0301')).toBe('Caf\u00E9');
    const names = new UniqueNames();
    expect([am, split, 'cafe\u0301', 'CAF\u00C9'].map((n) => names.take(safeFileName(n)))).toEqual([am, `${am}-2`, 'caf\u00E9', 'CAF\u00C9-2']);
    // Taken as they are (not through safeFileName), names still collide once they look the same.
    const raw = new UniqueNames();
    expect(raw.take(am)).toBe(am);
    expect(raw.take(split)).toBe(`${split}-2`);
  });

  it('hands out unique names, case-insensitively', () => {
    const names = new UniqueNames();
    expect(['a', 'A', 'a', 'b'].map((n) => names.take(n))).toEqual(['a', 'A-2', 'a-3', 'b']);
  });

  it('reports a broken pattern as a user error', () => {
    expect(() => compileNamePattern('{{#if}}')).toThrow(/--name/);
  });
});
