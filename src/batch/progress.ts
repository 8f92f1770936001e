// The progress bar of a batch, on stderr and only when stderr is a terminal (never in logs,
// pipes or CI), so stdout stays clean for the summary or --json.
import cliProgress from 'cli-progress';
import type { BatchProgress } from './run.js';
import { texts, type Texts } from '../cli/texts.js';

export interface ProgressBar {
  update(p: BatchProgress): void;
  stop(): void;
}

export function progressBar(tx: Texts = texts('en'), stream: NodeJS.WriteStream = process.stderr): ProgressBar | undefined {
  if (!stream.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: tx('progress'),
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
