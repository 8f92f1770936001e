// Every file saraban writes goes through one gate (src/io/output.ts): temporary names nobody can
// guess, opened exclusively and without following a link; a link at a final name is replaced,
// never written through; a replaced file keeps its mode and owner. Attacked here through real
// symlinks planted where the old code wrote (its predictable ".sb-pid-thread-n.tmp" names), at the
// final names and at the batch journal.
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.js';
import { JOURNAL } from '../../src/batch/skip-cache.js';
import { SarabanError } from '../../src/messages/errors.js';
import { appendToFile, tempFileOwner, writeFileAtomic, writeFilesAtomic } from '../../src/io/output.js';
import { renderDataFile } from '../../src/pipeline/render.js';
import { EXAMPLE } from '../helpers.js';
import { example, runCli, scratch } from './support.js';

const NOBODY = 65534;
const VICTIM = 'ของเดิมนอกโฟลเดอร์\n';

/** Links at the names the old gate would have used next, all pointing at `target`. */
function plantAtOldTempNames(folder: string, target: string, count = 400): void {
  for (let n = 0; n < count; n++) symlinkSync(target, path.join(folder, `.sb-${process.pid}-${threadId}-${n}.tmp`));
}

/** The temporary names `write` made in `dir`, seen by watching the folder (none is left after). */
async function tempsOf(dir: string, write: () => void): Promise<string[]> {
  const temps = new Set<string>();
  const watcher = watch(dir, (_event, name) => {
    if (name?.startsWith('.sb-')) temps.add(name);
  });
  try {
    write();
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    watcher.close();
  }
  return [...temps];
}

const regularFiles = (folder: string) => readdirSync(folder).filter((f) => !f.startsWith('.')).map((f) => [f, lstatSync(path.join(folder, f)).isFile()]);

describe('the output gate', () => {
  it('render writes nothing through links planted at the old temporary names', async () => {
    const dir = await scratch({ 'data.yaml': await example('news'), 'victim.txt': VICTIM });
    const out = path.join(dir, 'out');
    mkdirSync(out);
    plantAtOldTempNames(out, path.join(dir, 'victim.txt'));
    // Twice: the second run replaces a set of files (with its backups).
    for (let run = 0; run < 2; run++) {
      await renderDataFile(path.join(dir, 'data.yaml'), { formats: ['txt', 'html'], outDir: out });
      expect(readFileSync(path.join(dir, 'victim.txt'), 'utf8')).toBe(VICTIM);
      expect(regularFiles(out)).toEqual([['data.news.html', true], ['data.news.txt', true]]);
    }
  });

  it('replaces a link at a final name instead of writing through it', async () => {
    const dir = await scratch({ 'data.yaml': await example('news'), 'victim.txt': VICTIM });
    const out = path.join(dir, 'out');
    mkdirSync(out);
    symlinkSync(path.join(dir, 'victim.txt'), path.join(out, 'data.news.txt'));
    symlinkSync(path.join(dir, 'missing.html'), path.join(out, 'data.news.html'));
    await renderDataFile(path.join(dir, 'data.yaml'), { formats: ['txt', 'html'], outDir: out });
    expect(readFileSync(path.join(dir, 'victim.txt'), 'utf8')).toBe(VICTIM);
    expect(existsSync(path.join(dir, 'missing.html'))).toBe(false);
    expect(regularFiles(out)).toEqual([['data.news.html', true], ['data.news.txt', true]]);
    expect(readFileSync(path.join(out, 'data.news.txt'), 'utf8')).toMatch(/^ข่าวประชาสัมพันธ์|\S/);
  });

  it('init --force and schema replace a link at the file they write, and leave its target alone', async () => {
    const dir = await scratch({ 'victim.txt': VICTIM });
    for (const name of ['minutes.yaml', 'schema.json']) symlinkSync(path.join(dir, 'victim.txt'), path.join(dir, name));
    plantAtOldTempNames(dir, path.join(dir, 'victim.txt'));
    expect((await runCli(['init', 'minutes', path.join(dir, 'minutes.yaml'), '--force'])).code).toBe(0);
    expect((await runCli(['schema', path.join(dir, 'schema.json')])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'victim.txt'), 'utf8')).toBe(VICTIM);
    expect(regularFiles(dir)).toEqual([['minutes.yaml', true], ['schema.json', true], ['victim.txt', true]]);
  });

  it('names its temporary files at random, still telling whose they are', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'saraban-names-'));
    const seen = new Set<string>();
    const write = () => writeFilesAtomic([{ file: path.join(dir, 'a.txt'), data: 'x' }, { file: path.join(dir, 'b.txt'), data: 'y' }]);
    write();
    for (let n = 0; n < 20; n++) {
      const temps = await tempsOf(dir, write);
      for (const t of temps) {
        expect(t).toMatch(/^\.sb-\d+-[0-9a-f]{16}\.tmp$/);
        expect(tempFileOwner(t)).toBe(process.pid);
        seen.add(t);
      }
    }
    expect(seen.size).toBe(20 * 4); // two temporaries and two backups each time, never the same name
    expect(tempFileOwner('.sb-12-0-3.tmp')).toBe(12); // a leftover of an older saraban is still cleaned
  });

  it('a replaced file keeps its mode and owner, alone or in a set; a new file gets the usual mode', async () => {
    const dir = await scratch({ 'a.yaml': 'เดิม\n', 'b.yaml': 'เดิม\n' });
    for (const name of ['a.yaml', 'b.yaml']) {
      chownSync(path.join(dir, name), NOBODY, NOBODY);
      chmodSync(path.join(dir, name), 0o600);
    }
    writeFileAtomic(path.join(dir, 'a.yaml'), 'ใหม่\n');
    writeFilesAtomic([{ file: path.join(dir, 'b.yaml'), data: 'ใหม่\n' }, { file: path.join(dir, 'c.yaml'), data: 'ใหม่\n' }]);
    for (const name of ['a.yaml', 'b.yaml']) {
      const s = statSync(path.join(dir, name));
      expect([name, s.mode & 0o7777, s.uid, s.gid]).toEqual([name, 0o600, NOBODY, NOBODY]);
      expect(readFileSync(path.join(dir, name), 'utf8')).toBe('ใหม่\n');
    }
    const fresh = statSync(path.join(dir, 'c.yaml'));
    expect([fresh.mode & 0o7777, fresh.uid]).toEqual([0o666 & ~process.umask(), process.getuid!()]);
  });
});

describe('the batch journal', () => {
  it('is appended only as a regular file of its own: a link planted mid-run is refused, its target untouched', async () => {
    const dir = await scratch({ 'victim.jsonl': VICTIM, 'out/x': '' });
    symlinkSync(path.join(dir, 'victim.jsonl'), path.join(dir, 'out', JOURNAL));
    symlinkSync(path.join(dir, 'made.jsonl'), path.join(dir, 'out', 'dangling.jsonl'));
    for (const name of [JOURNAL, 'dangling.jsonl']) expect(() => appendToFile(path.join(dir, 'out', name), '{}\n')).toThrow(SarabanError);
    expect(() => appendToFile(path.join(dir, 'out'), '{}\n')).toThrow(SarabanError);
    expect(readFileSync(path.join(dir, 'victim.jsonl'), 'utf8')).toBe(VICTIM);
    expect(existsSync(path.join(dir, 'made.jsonl'))).toBe(false);
    appendToFile(path.join(dir, 'out', 'own.jsonl'), 'a\n');
    appendToFile(path.join(dir, 'out', 'own.jsonl'), 'b\n');
    expect(readFileSync(path.join(dir, 'out', 'own.jsonl'), 'utf8')).toBe('a\nb\n');
  });


  for (const kind of ['missing', 'existing'] as const) {
    it(`is never appended through a link planted at its name (to a ${kind} file outside --out)`, async () => {
      const dir = await scratch({ 'victim.jsonl': VICTIM });
      const out = path.join(dir, 'out');
      mkdirSync(out);
      const target = path.join(dir, kind === 'missing' ? 'made.jsonl' : 'victim.jsonl');
      symlinkSync(target, path.join(out, JOURNAL));
      const summary = await runBatch({ source: EXAMPLE, template: 'memo', formats: ['txt'], outDir: out, jobs: 0, each: 'meeting.schedule', where: 'agency' });
      expect(summary).toMatchObject({ rendered: 10, failed: 0 });
      expect(readFileSync(path.join(dir, 'victim.jsonl'), 'utf8')).toBe(VICTIM);
      expect(existsSync(path.join(dir, 'made.jsonl'))).toBe(false);
      expect(lstatSync(path.join(out, JOURNAL)).isFile()).toBe(true);
      expect(readFileSync(path.join(out, JOURNAL), 'utf8').trim().split('\n')).toHaveLength(10);
      // The rerun trusts the journal it wrote itself.
      expect(await runBatch({ source: EXAMPLE, template: 'memo', formats: ['txt'], outDir: out, jobs: 0, each: 'meeting.schedule', where: 'agency' })).toMatchObject({ skipped: 10 });
    });
  }
});
