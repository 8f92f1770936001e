// What a rerun may skip: for each file a batch wrote, the hash of everything it was made from
// (package version, template and partial sources, shared data, the record, the format). The list
// is a journal in the output folder, one JSON line appended per file *after* the file is in place,
// so a batch killed at any moment leaves a journal that never vouches for a missing or partial
// file; a torn last line is ignored. At the end of a run the journal is rewritten compactly.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { appendToFile, tempFileOwner, writeFileAtomic } from '../output.js';

export const JOURNAL = '.saraban-batch.jsonl';

export const sha256 = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

export class SkipCache {
  private constructor(
    private readonly outDir: string,
    private readonly entries: Map<string, string>,
  ) {}

  static open(outDir: string): SkipCache {
    const entries = new Map<string, string>();
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
        const e = JSON.parse(line) as { file?: unknown; key?: unknown };
        if (typeof e.file === 'string' && typeof e.key === 'string') entries.set(e.file, e.key);
      } catch {
        // an empty or torn line (a batch killed mid-append)
      }
    }
    return new SkipCache(outDir, entries);
  }

  /** The file exists and was made from the same inputs. */
  isDone(file: string, key: string): boolean {
    return this.entries.get(this.relative(file)) === key && existsSync(file);
  }

  /** Called after the file is in place. The journal only saves work on a rerun: when it cannot be
   *  written (a full disk) the batch goes on and reports its records; the rerun renders again. */
  record(file: string, key: string): void {
    const rel = this.relative(file);
    this.entries.set(rel, key);
    try {
      appendToFile(path.join(this.outDir, JOURNAL), `${JSON.stringify({ file: rel, key })}\n`);
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
      .map(([file, key]) => `${JSON.stringify({ file, key })}\n`);
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

/**
 * Removes temporary files (output.ts tempFileOwner) left by a batch that was killed
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
