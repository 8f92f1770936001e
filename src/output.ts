// Writing output files so that nothing is ever half-written: each file goes to a temporary name
// in the same folder and is renamed into place, which is atomic on one file system. A file that
// cannot be written (no such folder, a file in the way, no permission, a full disk) is the
// user's to fix, so it is reported as a SarabanError, not as an internal error.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { systemReason } from './data/messages.js';
import { SarabanError } from './errors.js';

let counter = 0;

/** A temporary name beside the file, unique per process, worker thread and call: ".name.pid-thread-n.tmp". */
const tempName = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${threadId}-${counter++}.tmp`);

/** The process id that wrote a temporary file of tempName's form, or undefined for any other name. */
export function tempFileOwner(name: string): number | undefined {
  const m = /^\..+\.(\d+)-\d+-\d+\.tmp$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const temp = tempName(file);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined); // the folder itself may be what failed
    throw unwritable(e, file);
  }
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
