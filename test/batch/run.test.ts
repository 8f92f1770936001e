// The batch in this thread (jobs: 0), so the TypeScript sources run as they are; the worker
// pool and the command line are tested from the built CLI in cli.test.ts.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { runBatch, type BatchOptions } from '../../src/batch/run.js';
import { JOURNAL } from '../../src/batch/skip-cache.js';
import { headOf } from '../../src/template/addressee.js';
import { EXAMPLE, ROOT } from '../helpers.js';

const CSV = path.join(ROOT, 'test/fixtures/batch/agencies-200.csv');
const SHARED = path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml');
const thaiDigits = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

let out: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'saraban-batch-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

const run = (o: Partial<BatchOptions>) => runBatch({ source: EXAMPLE, template: 'memo', formats: ['txt'], outDir: out, jobs: 0, ...o });
const files = async () => (await readdir(out)).filter((f) => !f.startsWith('.')).sort();

describe('saraban batch (in this thread)', () => {
  it('writes the seed meeting\'s ten memos, one per presenting slot, each naming its agency and slot', async () => {
    const summary = await run({ each: 'meeting.schedule', where: 'agency', name: '{{batch.number}} {{item.agency}}' });
    expect(summary).toMatchObject({ total: 10, rendered: 10, failed: 0, skipped: 0, interrupted: false });
    expect(await files()).toHaveLength(10);
    const slots: [number, string, string][] = [
      [5, 'สำนักงานพัฒนาชุมชนจังหวัดตราด', 'การส่งเสริมการท่องเที่ยวชุมชน (นวัตวิถี)'],
      [6, 'สำนักงานเกษตรจังหวัดตราด', 'การส่งเสริมการเกษตรแปลงใหญ่ (ทุเรียน)'],
      [7, 'สำนักงานพาณิชย์จังหวัดตราด', 'การส่งเสริมการค้าชายแดน'],
      [8, 'สำนักงานที่ดินจังหวัดตราด', 'การรังวัดด้วยดาวเทียมจลน์'],
      [9, 'สำนักงานสาธารณสุขจังหวัดตราด', 'การดูแลผู้สูงอายุที่มีภาวะพึ่งพิง (Long Term Care)'],
      [10, 'สำนักงานสาธารณสุขจังหวัดตราด', 'การควบคุมและป้องกันการแพร่ระบาดของ COVID-19'],
      [11, 'สำนักงานจัดหางานจังหวัดตราด', 'การจัดการคนต่างด้าวบริเวณชายแดน'],
      [12, 'สำนักงานขนส่งจังหวัดตราด', 'การจองคิวล่วงหน้าผ่านระบบ DLT Smart Queue'],
      [13, 'สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดตราด', 'การทวงคืนผืนป่า'],
      [14, 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดตราด', 'การบริหารจัดการขยะมูลฝอย'],
    ];
    for (const [slot, agency, topic] of slots) {
      const text = await readFile(path.join(out, `${slot} ${agency}.txt`), 'utf8');
      expect(text).toMatch(/^บันทึกข้อความ\n/);
      expect(text).toContain(`เรียน ${headOf(agency)}\n`);
      expect(text).not.toContain('เรียน หัวหน้าสำนักงาน');
      expect(text).toContain(`จึงขอเชิญ${agency}เข้าร่วมประชุม และนำเสนอในลำดับที่ ${thaiDigits(slot)} เรื่อง ${topic}`);
      expect(text).toContain('ในวันพฤหัสบดีที่ ๒๙ กรกฎาคม ๒๕๖๔ เวลา ๑๐.๓๐ น. ณ ห้องประชุมพลอยแดง ชั้น ๔ ศาลากลางจังหวัดตราด');
      expect(text).toContain('ที่ ตด ๐๐๑๗.๓/ว  วันที่ ๒๖ กรกฎาคม ๒๕๖๔');
      expect(text).toContain('(นายณัฐพงษ์ สงวนจิตร)\nรองผู้ว่าราชการจังหวัดตราด ปฏิบัติราชการแทน\nผู้ว่าราชการจังหวัดตราด\n');
    }
  });

  it('without --where, reports the slots that have no agency instead of writing memos to nobody', async () => {
    const summary = await run({ each: 'meeting.schedule' });
    expect(summary).toMatchObject({ total: 15, rendered: 10, failed: 5 });
    expect(summary.failures.map((f) => f.record)).toEqual(['meeting.schedule[0]', 'meeting.schedule[1]', 'meeting.schedule[2]', 'meeting.schedule[3]', 'meeting.schedule[14]']);
    expect(summary.failures[0]!.message).toMatch(/^agency: /);
  });

  it('renders a 200-row CSV with three broken rows into 197 memos and names the three rows', async () => {
    const summary = await run({ source: CSV, shared: SHARED });
    expect(summary).toMatchObject({ total: 200, rendered: 197, failed: 3 });
    expect(summary.failures.map((f) => [f.row, f.message.split(':')[0]])).toEqual([[19, 'agency'], [78, 'order'], [151, 'has 2 cells, the header has 4 columns (a missing or extra comma?)']]);
    expect(await files()).toHaveLength(197);
    expect(await readFile(path.join(out, 'memo-002.txt'), 'utf8')).toContain('เรียน เกษตรจังหวัดตราด\n');
  });

  it('skips on a rerun what is up to date, and renders again only what changed', async () => {
    const csv = path.join(out, 'list.csv');
    await writeFile(csv, 'agency,topic\nสำนักงานเกษตรจังหวัดตราด,ก\nสำนักงานที่ดินจังหวัดตราด,ข\n');
    const opts = { source: csv, shared: SHARED, outDir: path.join(out, 'docs') };
    expect(await run(opts)).toMatchObject({ rendered: 2, skipped: 0 });
    expect(await run(opts)).toMatchObject({ rendered: 0, skipped: 2 });
    await writeFile(csv, 'agency,topic\nสำนักงานเกษตรจังหวัดตราด,ก\nสำนักงานที่ดินจังหวัดตราด,ค\n');
    const changed = await run(opts);
    expect(changed).toMatchObject({ rendered: 1, skipped: 1 });
    expect(changed.documents.map((d) => d.status)).toEqual(['skipped', 'rendered']);
    expect(await run({ ...opts, formats: ['txt', 'html'] })).toMatchObject({ rendered: 2, skipped: 0 }); // a new format
    expect(await run({ ...opts, force: true })).toMatchObject({ rendered: 2, skipped: 0 });
    await rm(path.join(opts.outDir, 'memo-001.txt'));
    expect(await run(opts)).toMatchObject({ rendered: 1, skipped: 1 }); // a deleted file is made again
    const journal = (await readFile(path.join(opts.outDir, JOURNAL), 'utf8')).trim().split('\n');
    expect(journal).toHaveLength(4); // compacted: one line per file (2 records × txt, html)
  });

  it('does not skip a file another batch (or a person) wrote over: the journal checks what the file holds', async () => {
    const [a, b] = [path.join(out, 'a.csv'), path.join(out, 'b.csv')];
    await writeFile(a, 'agency,topic\nสำนักงานเกษตรจังหวัดตราด,ก\nสำนักงานที่ดินจังหวัดตราด,ข\nสำนักงานพาณิชย์จังหวัดตราด,ค\n');
    await writeFile(b, 'agency,topic\nสำนักงานประมงจังหวัดตราด,ง\nสำนักงานคลังจังหวัดตราด,จ\n');
    const docs = path.join(out, 'docs');
    const runA = () => run({ source: a, shared: SHARED, outDir: docs });
    expect(await runA()).toMatchObject({ rendered: 3 });
    const journalOfA = await readFile(path.join(docs, JOURNAL), 'utf8');
    expect(await run({ source: b, shared: SHARED, outDir: docs })).toMatchObject({ rendered: 2 }); // memo-001, memo-002 now hold B
    // Run at the same time, A ends last and rewrites the journal from what it knows.
    await writeFile(path.join(docs, JOURNAL), journalOfA);
    const rerun = await runA();
    expect(rerun).toMatchObject({ rendered: 2, skipped: 1 });
    expect(await readFile(path.join(docs, 'memo-001.txt'), 'utf8')).toContain('เกษตรจังหวัดตราด');
    expect(await readFile(path.join(docs, 'memo-002.txt'), 'utf8')).toContain('ที่ดินจังหวัดตราด');

    // The same size, other bytes: only the hash can tell.
    const file = path.join(docs, 'memo-003.txt');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('ค', 'ฅ'));
    expect(await runA()).toMatchObject({ rendered: 1, skipped: 2 });
    expect(await readFile(file, 'utf8')).toBe(text);
    const lines = (await readFile(path.join(docs, JOURNAL), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ file: 'memo-001.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), size: expect.any(Number) });
  });

  it('removes temporary files a killed batch left behind', async () => {
    await writeFile(path.join(out, '.sb-999999999-0-0.tmp'), 'half a memo');
    await run({ each: 'meeting.schedule', where: 'agency' });
    expect((await readdir(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads an XLSX sheet: the header row names the fields, rows are numbered as the sheet shows them', async () => {
    const xlsx = path.join(out, 'list.xlsx');
    const cell = (value: string | number) => ({ value });
    await writeXlsxFile(
      [
        [cell('agency'), cell('topic'), cell('order')],
        [cell('สำนักงานเกษตรจังหวัดตราด'), cell('การส่งเสริมการเกษตรแปลงใหญ่ (ทุเรียน)'), cell(6)],
        [cell(''), cell('ไม่มีหน่วยงาน'), cell(7)],
      ],
    ).toFile(xlsx);
    const summary = await run({ source: xlsx, shared: SHARED, name: '{{item.order}}' });
    expect(summary).toMatchObject({ total: 2, rendered: 1, failed: 1 });
    expect(summary.failures[0]).toMatchObject({ row: 3, record: 'row 3' });
    expect(await readFile(path.join(out, '6.txt'), 'utf8')).toContain('นำเสนอในลำดับที่ ๖ เรื่อง การส่งเสริมการเกษตรแปลงใหญ่ (ทุเรียน)');
  });

  it('stops at a template or argument error before rendering anything', async () => {
    await expect(run({ each: 'meeting.schedule', template: 'no-such-template' })).rejects.toThrow(/no-such-template/);
    await expect(run({})).rejects.toThrow(/--each/);
    await expect(run({ source: CSV, each: 'x' })).rejects.toThrow(/--each is for a data file/);
    expect(await files()).toEqual([]);
  });
});
