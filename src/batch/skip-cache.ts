// What a rerun may skip: for each file a batch wrote, the hash of everything it was made from
// (package version, template and partial sources, shared data, the record, the format). The list
// is a journal in the output folder, one JSON line appended per file *after* the file is in place,
// so a batch killed at any moment leaves a journal that never vouches for a missing or partial
// file; a torn last line is ignored. At the end of a run the journal is rewritten compactly.
// Each line also holds the size and hash of the file as written: a file another batch (or a
// person) wrote over since is made again, not vouched for.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { appendToFile, tempFileOwner, writeFileAtomic } from '../io/output.js';

/** What a written file holds, for the journal to check before a rerun skips it. */
export interface WrittenFile {
  sha256: string;
  size: number;
}

export const JOURNAL = '.saraban-batch.jsonl';

export const sha256 = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/** A file's bytes, as the journal records them. */
export const contentHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A journal line: the file (relative to the output folder), the hash of its inputs, and what it held when written. */
interface Entry extends WrittenFile {
  key: string;
}

export class SkipCache {
  private constructor(
    private readonly outDir: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  static open(outDir: string): SkipCache {
    const entries = new Map<string, Entry>();
    let text = '';
    try {
      // A link planted at the journal's name is not a journal: it is removed (its target left as
      // it is), never read or appended through.
      if (lstatSync(path.join(outDir, JOURNAL), { throwIfNoEntry: false })?.isSymbolicLink()) rmSync(path.join(outDir, JOURNAL));
      text = readFileSync(path.join(outDir, JOURNAL), 'utf8');
    } catch {
      // no journal yet: nothing to skip
    }
    for (const line of text.split('\n')) {
      try {
        const e = JSON.parse(line) as { file?: unknown; key?: unknown; sha256?: unknown; size?: unknown };
        // A line without the file's hash (an older journal) vouches for nothing.
        if (typeof e.file === 'string' && typeof e.key === 'string' && typeof e.sha256 === 'string' && typeof e.size === 'number') {
          entries.set(e.file, { key: e.key, sha256: e.sha256, size: e.size });
        }
      } catch {
        // an empty or torn line (a batch killed mid-append)
      }
    }
    return new SkipCache(outDir, entries);
  }

  /** The file was made from the same inputs and still holds what was written then. The file is
   *  read and hashed only when its inputs match, so a changed row costs nothing extra. */
  isDone(file: string, key: string): boolean {
    const entry = this.entries.get(this.relative(file));
    if (entry?.key !== key) return false;
    try {
      // lstat: a link planted under the name is not the file the journal vouches for.
      const stat = lstatSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile() || stat.size !== entry.size) return false;
      return contentHash(readFileSync(file)) === entry.sha256;
    } catch {
      return false; // unreadable: render it again
    }
  }

  /** Called after the file is in place. The journal only saves work on a rerun: when it cannot be
   *  written (a full disk) the batch goes on and reports its records; the rerun renders again. */
  record(file: string, key: string, written: WrittenFile): void {
    const rel = this.relative(file);
    const entry = { key, sha256: written.sha256, size: written.size };
    this.entries.set(rel, entry);
    try {
      appendToFile(path.join(this.outDir, JOURNAL), line(rel, entry));
    } catch {
      this.unsaved = true;
    }
  }

  /** Whether some of the journal could not be written. */
  unsaved = false;

  /** Rewrites the journal with one line per file that still exists; false when it cannot be written. */
  async compact(): Promise<boolean> {
    const lines = [...this.entries]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .filter(([file]) => existsSync(path.join(this.outDir, file)))
      .map(([file, entry]) => line(file, entry));
    try {
      writeFileAtomic(path.join(this.outDir, JOURNAL), lines.join(''));
      return !this.unsaved;
    } catch {
      // An old journal could vouch for files this run replaced: better none than a wrong one.
      try {
        rmSync(path.join(this.outDir, JOURNAL), { force: true });
      } catch {
        // not a file (a folder in the way): nothing there vouches for anything
      }
      return false;
    }
  }

  private relative(file: string): string {
    return path.relative(this.outDir, file).split(path.sep).join('/');
  }
}

const line = (file: string, { key, sha256, size }: Entry) => `${JSON.stringify({ file, key, sha256, size })}\n`;

/**
 * Removes temporary files (io/output.ts tempFileOwner) left by a batch that was killed
 * mid-write: those of processes no longer running, and any with this process's id (it has not
 * written yet, so they are a dead process's whose id was reused).
 */
export function removeStaleTempFiles(outDir: string): number {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = tempFileOwner(name);
    if (pid === undefined) continue;
    if (pid !== process.pid && isRunning(pid)) continue;
    rmSync(path.join(outDir, name), { force: true });
    removed++;
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
