// Every file saraban writes goes through this gate, so that nothing is ever half-written and
// nothing is written where it must not be. Each file goes to a temporary name in the same folder
// and is renamed into place, which is atomic on one file system; a set of files (a data file's
// documents, a batch record's formats) is written all or nothing. The temporary name is random and
// created exclusively without following a link (O_CREAT|O_EXCL|O_NOFOLLOW): a link planted under a
// name saraban is about to use, in a folder others may write to, is never written through. A link
// at the final name is replaced by the rename, its target untouched; a regular file replaced keeps
// its mode and owner (a clerk's 0600 file saved by a server running as root stays the clerk's).
// A file that cannot be written (no such folder, a file in the way, no permission, a full disk) is
// the user's to fix, so it is reported as a SarabanError, not as an internal error.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, linkSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { systemReason } from '../messages/catalogue.js';
import { SarabanError } from '../messages/errors.js';

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_APPEND, O_NONBLOCK } = constants;

/** A temporary name beside the file that nobody can guess, short whatever the final name's
 *  length: ".sb-pid-<16 random hex digits>.tmp". The pid tells a later batch whose leftover it is. */
const tempName = (file: string) => path.join(path.dirname(file), `.sb-${process.pid}-${randomBytes(8).toString('hex')}.tmp`);

/** The process id that wrote a temporary file of tempName's form (or of the older
 *  ".sb-pid-thread-n.tmp"), or undefined for any other name. */
export function tempFileOwner(name: string): number | undefined {
  const m = /^\.sb-(\d+)-(?:[0-9a-f]{16}|\d+-\d+)\.tmp$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** Tries of a fresh random name when one is taken: 64 random bits make a second try a curiosity. */
const NAME_TRIES = 8;

/** Runs `make` with fresh temporary names beside `file` until one is not taken (EEXIST: a file,
 *  or a link, is already there, and is left alone). */
function withFreshName<T>(file: string, make: (name: string) => T): T {
  for (let tries = 1; ; tries++) {
    const name = tempName(file);
    try {
      return make(name);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || tries >= NAME_TRIES) throw e;
    }
  }
}

/** The mode and owner of the regular file at `file`, which a write replacing it keeps; undefined
 *  for no file, or a link (what is replaced is the link, not its target). */
function keptFrom(file: string): { mode: number; uid: number; gid: number } | undefined {
  const s = lstatSync(file, { throwIfNoEntry: false });
  return s?.isFile() ? { mode: s.mode & 0o777, uid: s.uid, gid: s.gid } : undefined;
}

/** Writes `data` to a new temporary file beside `file`, with the mode and owner of the file it
 *  will replace, and returns the temporary file's name. */
function writeTemp(file: string, data: Uint8Array | string): string {
  const kept = keptFrom(file);
  let fd = -1;
  const temp = withFreshName(file, (name) => {
    fd = openSync(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o666);
    return name;
  });
  try {
    if (kept) {
      const s = fstatSync(fd);
      // The owner first (a change of owner clears set-id bits), then the mode. Only root may give
      // a file away: anyone else's save makes the file theirs, as any editor's would.
      if (s.uid !== kept.uid || s.gid !== kept.gid) tryTo(() => fchownSync(fd, kept.uid, kept.gid));
      fchmodSync(fd, kept.mode);
    }
    writeFileSync(fd, data);
  } catch (e) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  closeSync(fd);
  return temp;
}

/** A hard link to `file` under a fresh temporary name, kept while a set is renamed into place to
 *  restore it on failure; undefined when there is nothing to keep (no old file, or a file
 *  system without hard links). link(2) follows no link at either name and never overwrites. */
function backUp(file: string): string | undefined {
  try {
    return withFreshName(file, (name) => {
      linkSync(file, name);
      return name;
    });
  } catch {
    return undefined;
  }
}

/**
 * Appends text to a file of saraban's own (the batch journal), creating it if missing: never
 * through a link at its name (ELOOP) nor into anything but a regular file (a FIFO would block).
 */
export function appendToFile(file: string, text: string): void {
  try {
    const fd = openSync(file, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK, 0o666);
    try {
      if (!fstatSync(fd).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      writeFileSync(fd, text);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw unwritable(e, file);
  }
}

/** Bytes a file name may take on the usual file systems. */
const MAX_NAME_BYTES = 255;

export function writeFileAtomic(file: string, data: Uint8Array | string): void {
  writeFilesAtomic([{ file, data }]);
}

/**
 * Writes a set of files all or nothing: every file goes to a temporary name first; only when all
 * are written are they renamed into place. On any failure the temporary files are removed and the
 * files already renamed get their old content back (kept meanwhile as hard links), so the folder
 * holds the old set or the new one, never a mix.
 *
 * Synchronous on purpose: the bytes are already in memory and the files are small. Done with
 * fs/promises, each step (mkdir, open, write, close, link, rename, rm) waited for a turn of the
 * event loop, which a batch's main thread, busy laying out the next record, gave only between
 * records: a memo batch sat idle 8 % of its time, and 300 memos took 3.8–4.1 s instead of 3.4–3.7.
 */
export function writeFilesAtomic(files: readonly { file: string; data: Uint8Array | string }[]): void {
  const temps: string[] = [];
  const backups: { file: string; backup: string }[] = [];
  const done: string[] = [];
  // One file is replaced by one rename: there is no set to roll back, so no backup.
  const keepOld = files.length > 1;
  let current = files[0]?.file ?? '';
  try {
    for (const { file } of files) {
      current = file;
      if (Buffer.byteLength(path.basename(file)) > MAX_NAME_BYTES) throw Object.assign(new Error('name too long'), { code: 'ENAMETOOLONG' });
    }
    const folders = new Set<string>();
    for (const { file, data } of files) {
      current = file;
      const folder = path.dirname(file);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      temps.push(writeTemp(file, data));
    }
    for (const [k, { file }] of files.entries()) {
      current = file;
      const backup = keepOld ? backUp(file) : undefined;
      if (backup) backups.push({ file, backup });
      renameSync(temps[k]!, file);
      done.push(file);
    }
  } catch (e) {
    for (const t of temps) tryTo(() => rmSync(t, { force: true })); // the folder itself may be what failed
    for (const file of done) {
      const b = backups.find((x) => x.file === file);
      tryTo(() => (b ? renameSync(b.backup, file) : rmSync(file, { force: true })));
    }
    for (const b of backups) tryTo(() => rmSync(b.backup, { force: true }));
    throw unwritable(e, current);
  }
  for (const b of backups) tryTo(() => rmSync(b.backup, { force: true }));
}

/** Runs `step`; false if it threw (a clean-up step that may fail, or a probe). */
function tryTo(step: () => void): boolean {
  try {
    step();
    return true;
  } catch {
    return false;
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
