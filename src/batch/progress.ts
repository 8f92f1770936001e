// The progress bar of a batch, on stderr and only when stderr is a terminal (never in logs,
// pipes or CI), so stdout stays clean for the summary or --json.
import type CliProgress from 'cli-progress';
import { requireCjs } from '../runtime/cjs.js';
import type { BatchProgress } from './run.js';
import { texts, type Texts } from '../cli/texts.js';

export interface ProgressBar {
  update(p: BatchProgress): void;
  stop(): void;
}

/** "2 นาที 5 วินาที": the time left as the bar shows it, in Thai (cli-progress writes "2m5s"). */
export function thaiDuration(seconds: number, _options?: unknown, roundTo = 1): string {
  const s = Math.max(0, Math.round(seconds / roundTo) * roundTo);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  if (h) return `${h} ชั่วโมง ${m} นาที`;
  return m ? `${m} นาที ${sec} วินาที` : `${sec} วินาที`;
}

export function progressBar(tx: Texts = texts('en'), stream: NodeJS.WriteStream = process.stderr): ProgressBar | undefined {
  if (!stream.isTTY) return undefined;
  // Loaded only for a terminal (its CommonJS build, runtime/cjs.ts).
  const cliProgress = requireCjs('cli-progress') as typeof CliProgress;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: tx('progress'),
      ...(tx.lang === 'th' ? { formatTime: thaiDuration } : {}),
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const counts = { rendered: p.rendered, skipped: p.skipped, failed: p.failed };
      if (!started) {
        bar.start(p.total, p.done, counts);
        started = true;
      } else {
        bar.update(p.done, counts);
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
