// When the batch starts workers: only when the rest of it would keep the main thread busy well
// beyond a worker's start-up, and only onto free cores. The seed's ten memos never do.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { workersToStart } from '../../src/batch/pool.js';
import { buildIfStale, ROOT } from '../helpers.js';

describe('workersToStart', () => {
  // Times as measured on the 2-core machine: a cold first memo 400-700 ms, later ones 30-180 ms.
  it('keeps a short batch in the main thread', () => {
    expect(workersToStart({ threads: 2, remaining: 7, firstMs: 700, warmMs: 150, freeCores: 1 })).toBe(0);
    expect(workersToStart({ threads: 2, remaining: 7, firstMs: 400, warmMs: 30, freeCores: 1 })).toBe(0);
  });
  it('adds workers to a long batch, the main thread counted among the threads', () => {
    expect(workersToStart({ threads: 2, remaining: 997, firstMs: 400, warmMs: 30, freeCores: 1 })).toBe(1);
    expect(workersToStart({ threads: 4, remaining: 997, firstMs: 400, warmMs: 30, freeCores: 3 })).toBe(3);
  });
  it('adds none without a free core, and no more than the free cores', () => {
    expect(workersToStart({ threads: 2, remaining: 997, firstMs: 400, warmMs: 30, freeCores: 0 })).toBe(0);
    expect(workersToStart({ threads: 4, remaining: 997, firstMs: 400, warmMs: 30, freeCores: 1 })).toBe(1);
  });
  it('adds none when one thread is asked for', () => {
    expect(workersToStart({ threads: 1, remaining: 997, firstMs: 400, warmMs: 30, freeCores: 1 })).toBe(0);
  });
});

// The worker itself (the batch starts one only when the batch pays for it and a core is free, which
// a busy test machine may never see): it renders a record, files and all, as the main thread would.
describe('the worker pool', () => {
  beforeAll(() => {
    buildIfStale();
  }, 180_000);

  it('a worker writes the record the main thread writes', async () => {
    const dist = (m: string) => import(pathToFileURL(path.join(ROOT, 'dist', m)).href);
    const { poolRenderer, inlineRenderer } = await dist('batch/pool.js');
    const { prepareTemplate, loadAndValidate } = await dist('pipeline/documents.js');
    const shared = path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml');
    const template = await prepareTemplate('memo');
    const context = { template: template.ref, shared: (await loadAndValidate(shared)).data, baseDir: path.dirname(shared), lang: 'en' };
    const out = mkdtempSync(path.join(tmpdir(), 'saraban-pool-'));
    try {
      const task = (file: string) => ({ id: 0, item: { agency: 'สำนักงานเกษตรจังหวัดตราด', topic: 'การส่งเสริมการเกษตรแปลงใหญ่ (ทุเรียน)', order: 6 }, batch: { index: 0, number: 1, seq: '001' }, outputs: [{ format: 'txt', file: path.join(out, file) }] });
      const pool = poolRenderer(context, 1);
      const main = await inlineRenderer(template, context);
      try {
        expect(await pool.render(task('worker.txt'))).toMatchObject({ id: 0, ok: true });
        expect(await main.render(task('main.txt'))).toMatchObject({ id: 0, ok: true });
      } finally {
        await pool.close();
      }
      const text = readFileSync(path.join(out, 'worker.txt'), 'utf8');
      expect(text).toContain('สำนักงานเกษตรจังหวัดตราด');
      expect(text).toBe(readFileSync(path.join(out, 'main.txt'), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('the main thread times its first records one at a time, then renders the next while the last is written', async () => {
    const dist = (m: string) => import(pathToFileURL(path.join(ROOT, 'dist', m)).href);
    const { adaptiveRenderer } = await dist('batch/pool.js');
    const { prepareTemplate, loadAndValidate } = await dist('pipeline/documents.js');
    const shared = path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml');
    const template = await prepareTemplate('memo');
    const context = { template: template.ref, shared: (await loadAndValidate(shared)).data, baseDir: path.dirname(shared), lang: 'en' };
    const out = mkdtempSync(path.join(tmpdir(), 'saraban-window-'));
    const agencies = ['สำนักงานเกษตรจังหวัดตราด', 'สำนักงานที่ดินจังหวัดระยอง', 'สำนักงานพาณิชย์จังหวัดชลบุรี', 'สำนักงานจัดหางานจังหวัดสระแก้ว', 'สำนักงานสาธารณสุขจังหวัดนครนายก'];
    const task = (k: number) => ({ id: k, item: { agency: agencies[k], topic: 'การส่งเสริมการค้าชายแดน', order: 5 }, batch: { index: k, number: k + 1, seq: `00${k + 1}` }, outputs: [{ format: 'txt', file: path.join(out, `${k}.txt`) }] });
    try {
      // Five records: too few for a worker, whatever the machine's load.
      const renderer = await adaptiveRenderer(template, context, { threads: 2, total: 5 });
      const windows: number[] = [];
      for (const k of [0, 1, 2]) {
        windows.push(renderer.window);
        expect(await renderer.render(task(k))).toMatchObject({ id: k, ok: true });
      }
      windows.push(renderer.window);
      expect(windows).toEqual([1, 1, 1, 2]);
      const both = await Promise.all([renderer.render(task(3)), renderer.render(task(4))]);
      expect(both).toMatchObject([{ id: 3, ok: true }, { id: 4, ok: true }]);
      await renderer.close();
      for (const [k, agency] of agencies.entries()) {
        const text = readFileSync(path.join(out, `${k}.txt`), 'utf8');
        expect(text).toContain(agency!);
        for (const other of agencies) if (other !== agency) expect(text).not.toContain(other);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('a second Ctrl-C stops the workers mid-record: close({ now }) returns at once and leaves no temporary file once they are swept', async () => {
    const dist = (m: string) => import(pathToFileURL(path.join(ROOT, 'dist', m)).href);
    const { poolRenderer } = await dist('batch/pool.js');
    const { removeStaleTempFiles } = await dist('batch/skip-cache.js');
    const { loadAndValidate, prepareTemplate } = await dist('pipeline/documents.js');
    const shared = path.join(ROOT, 'test/fixtures/batch/memo-shared.yaml');
    const template = await prepareTemplate('memo');
    const context = { template: template.ref, shared: (await loadAndValidate(shared)).data, baseDir: path.dirname(shared), lang: 'en' };
    const out = mkdtempSync(path.join(tmpdir(), 'saraban-quit-'));
    const task = (k: number) => ({ id: k, item: { agency: 'สำนักงานเกษตรจังหวัดตราด', topic: 'ก', order: 5 }, batch: { index: k, number: k + 1, seq: String(k + 1) }, outputs: [{ format: 'pdf', file: path.join(out, `${k}.pdf`) }, { format: 'docx', file: path.join(out, `${k}.docx`) }] });
    try {
      const pool = poolRenderer(context, 1);
      expect(await pool.render(task(0))).toMatchObject({ ok: true }); // the worker is up
      const held = [1, 2, 3, 4].map((k) => pool.render(task(k)));
      await new Promise((r) => setTimeout(r, 15));
      const asked = performance.now();
      await pool.close({ now: true });
      expect(performance.now() - asked).toBeLessThan(1000);
      const outcomes = await Promise.all(held);
      expect(outcomes.some((o) => !o.ok)).toBe(true); // not every record was waited for
      removeStaleTempFiles(out);
      const files = readdirSync(out);
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      // A record is all there or not at all.
      for (const k of [1, 2, 3, 4]) expect([0, 2]).toContain(files.filter((f) => f.startsWith(`${k}.`)).length);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
