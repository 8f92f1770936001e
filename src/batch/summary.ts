// The end of a batch in words: counts, speed, and each failed record with its row or index and
// the reason — what a clerk needs to fix the sheet and run again.
import { printable } from '../errors.js';
import { displayPath } from '../paths.js';
import type { BatchSummary } from './run.js';

/** Exit code when some records failed and the others were written (documented in docs/batch.md). */
export const EXIT_SOME_FAILED = 3;
/** Exit code when the batch was stopped (Ctrl-C) before every record was rendered. */
export const EXIT_INTERRUPTED = 130;

export function batchExitCode(s: BatchSummary): number {
  if (s.interrupted) return EXIT_INTERRUPTED;
  return s.failed > 0 ? EXIT_SOME_FAILED : 0;
}

export function formatSummary(s: BatchSummary): string {
  const out = displayPath(s.out);
  const lines = [
    `${s.total} document${s.total === 1 ? '' : 's'} (${s.template}, ${s.formats.join(' + ')}) in ${out}/: ` +
      `${s.rendered} rendered, ${s.skipped} skipped (up to date), ${s.failed} failed` +
      ` — ${s.seconds} s${s.rendered ? `, ${s.documentsPerSecond} documents/s` : ''}`,
  ];
  if (s.interrupted) {
    const left = s.total - s.done;
    lines.push(`stopped before ${left} record${left === 1 ? '' : 's'}: run the same command again to finish (done files are skipped)`);
  }
  if (!s.journalSaved) lines.push('the list of finished files could not be saved (is the disk full?): a rerun renders every record again');
  if (s.failures.length) {
    lines.push('failed:');
    for (const f of s.failures) lines.push(`  ${f.record}: ${indent(printable(f.message))}`);
  }
  return `${lines.join('\n')}\n`;
}

const indent = (message: string) => message.split('\n').join('\n    ');
