// Writing output files so that nothing is ever half-written: each file goes to a temporary name
// in the same folder and is renamed into place, which is atomic on one file system; a set of
// files (a data file's documents, a batch record's formats) is written all or nothing. A file that
// cannot be written (no such folder, a file in the way, no permission, a full disk) is the
// user's to fix, so it is reported as a SarabanError, not as an internal error.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { systemReason } from './data/messages.js';
import { SarabanError } from './errors.js';

let counter = 0;

/** A temporary name beside the file, unique per process, worker thread and call, and short
 *  whatever the final name's length: ".sb-pid-thread-n.tmp". */
const tempName = (file: string) => path.join(path.dirname(file), `.sb-${process.pid}-${threadId}-${counter++}.tmp`);

/** The process id that wrote a temporary file of tempName's form, or undefined for any other name. */
export function tempFileOwner(name: string): number | undefined {
  const m = /^\.sb-(\d+)-\d+-\d+\.tmp$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** Bytes a file name may take on the usual file systems. */
const MAX_NAME_BYTES = 255;

export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await writeFilesAtomic([{ file, data }]);
}

/**
 * Writes a set of files all or nothing: every file goes to a temporary name first; only when all
 * are written are they renamed into place. On any failure the temporary files are removed and the
 * files already renamed get their old content back (kept meanwhile as hard links), so the folder
 * holds the old set or the new one, never a mix.
 */
export async function writeFilesAtomic(files: readonly { file: string; data: Uint8Array | string }[]): Promise<void> {
  const temps: string[] = [];
  const backups: { file: string; backup: string }[] = [];
  const done: string[] = [];
  let current = files[0]?.file ?? '';
  try {
    for (const { file } of files) {
      current = file;
      if (Buffer.byteLength(path.basename(file)) > MAX_NAME_BYTES) throw Object.assign(new Error('name too long'), { code: 'ENAMETOOLONG' });
    }
    const folders = new Set<string>();
    for (const { file } of files) {
      current = file;
      const folder = path.dirname(file);
      if (!folders.has(folder)) await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    // The temporary files are written side by side (libuv's pool opens, writes and closes them);
    // all are settled before any is judged, so none is still being written when they are removed.
    for (const { file } of files) temps.push(tempName(file));
    const written = await Promise.allSettled(files.map(({ data }, k) => writeFile(temps[k]!, data)));
    const failed = written.findIndex((w) => w.status === 'rejected');
    if (failed >= 0) {
      current = files[failed]!.file;
      throw (written[failed] as PromiseRejectedResult).reason;
    }
    for (const [k, { file }] of files.entries()) {
      current = file;
      const backup = tempName(file);
      // No old file (or a file system without hard links): nothing to restore.
      if (await link(file, backup).then(() => true, () => false)) backups.push({ file, backup });
      await rename(temps[k]!, file);
      done.push(file);
    }
  } catch (e) {
    for (const t of temps) await rm(t, { force: true }).catch(() => undefined); // the folder itself may be what failed
    for (const file of done) {
      const b = backups.find((x) => x.file === file);
      await (b ? rename(b.backup, file) : rm(file, { force: true })).catch(() => undefined);
    }
    for (const b of backups) await rm(b.backup, { force: true }).catch(() => undefined);
    throw unwritable(e, current);
  }
  await Promise.all(backups.map((b) => rm(b.backup, { force: true }).catch(() => undefined)));
}

/** The same, synchronously (start-up work such as building the fonts). */
export function writeFileAtomicSync(file: string, data: Uint8Array | string): void {
  const temp = tempName(file);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // the folder itself may be what failed
    }
    throw unwritable(e, file);
  }
}

/** Creates an output folder, reporting failure as the user's to fix. */
export function makeOutputDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw unwritable(e, dir);
  }
}

function unwritable(e: unknown, file: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  return code ? SarabanError.of('file-unwritable', { code: systemReason(code) }, { file }) : e;
}
