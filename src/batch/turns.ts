// Turns of the event loop for long synchronous work. A record rendered in this thread resolves
// every await at once (its files are written synchronously), so without a turn a batch never lets
// a signal handler (Ctrl-C), a worker's answer or a timer run until the whole list is done.
import { setImmediate as turn } from 'node:timers/promises';

/** Milliseconds of work between two turns: short enough that Ctrl-C is heard at once. */
const TURN_MS = 20;

/** A function to await between steps: it gives the event loop a turn when TURN_MS has passed since the last. */
export function turns(ms = TURN_MS): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    if (performance.now() - last < ms) return undefined;
    return turn().then(() => {
      last = performance.now();
    });
  };
}
