// The end of a batch in words: counts, speed, and each failed record with its row or index and
// the reason — what a clerk needs to fix the sheet and run again.
import { printable } from '../messages/errors.js';
import { displayPath } from '../io/paths.js';
import type { BatchSummary } from './run.js';
import { texts, type Texts } from '../cli/texts.js';

/** Exit code when some records failed and the others were written (documented in docs/batch.md). */
export const EXIT_SOME_FAILED = 3;
/** Exit code when the batch was stopped (Ctrl-C) before every record was rendered. */
export const EXIT_INTERRUPTED = 130;

export function batchExitCode(s: BatchSummary): number {
  if (s.interrupted) return EXIT_INTERRUPTED;
  return s.failed > 0 ? EXIT_SOME_FAILED : 0;
}

export function formatSummary(s: BatchSummary, tx: Texts = texts('en')): string {
  if (s.dryRun) return formatDryRun(s, tx);
  const out = displayPath(s.out);
  const speed = s.rendered ? tx('summarySpeed', { rate: s.documentsPerSecond }) : '';
  const lines = [
    tx('summary', {
      total: s.total,
      documents: s.total === 1 ? 'document' : 'documents',
      template: s.template,
      formats: s.formats.join(' + '),
      out,
      rendered: s.rendered,
      skipped: s.skipped,
      failed: s.failed,
      seconds: s.seconds,
      speed,
    }),
  ];
  if (s.interrupted) {
    const left = s.total - s.done;
    lines.push(tx('summaryStopped', { left, records: left === 1 ? 'record' : 'records' }));
  }
  if (!s.journalSaved) lines.push(tx('summaryJournalLost'));
  if (s.failures.length) {
    lines.push(tx('summaryFailed'));
    for (const f of s.failures) lines.push(`  ${recordName(f, tx)}: ${indent(printable(f.message))}`);
  }
  return `${lines.join('\n')}\n`;
}

const indent = (message: string) => message.split('\n').join('\n    ');

/** "row 18" / "แถวที่ 18"; a list element counted from one in Thai: "meeting.schedule รายการที่ 5". */
function recordName(f: { record: string; row?: number; index: number }, tx: Texts): string {
  if (f.row !== undefined) return tx('row', { n: f.row });
  return tx.lang === 'th' ? f.record.replace(/\[(\d+)\]$/, (_, k: string) => ` รายการที่ ${Number(k) + 1}`) : f.record;
}

/** A dry run: what would be written, and each record that would fail. */
function formatDryRun(s: BatchSummary, tx: Texts): string {
  const lines = [tx('summaryDryRun', { total: s.total, ok: s.rendered, failed: s.failed, records: s.total === 1 ? 'record' : 'records' })];
  const files = s.documents.filter((d) => d.status === 'rendered').flatMap((d) => d.files);
  if (files.length) {
    lines.push(tx('summaryWouldWrite'));
    for (const f of files) lines.push(`  ${displayPath(f)}`);
  }
  if (s.failures.length) {
    lines.push(tx('summaryFailed'));
    for (const f of s.failures) lines.push(`  ${recordName(f, tx)}: ${indent(f.message)}`);
  }
  return `${lines.join('\n')}\n`;
}
