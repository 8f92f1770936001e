// When the batch starts workers: only when the rest of it would keep the main thread busy well
// beyond a worker's start-up, and only onto free cores. The seed's ten memos never do.
import { describe, expect, it } from 'vitest';
import { workersToStart } from '../../src/batch/pool.js';

describe('workersToStart', () => {
  // Times as measured on the 2-core machine: a cold first memo 400-700 ms, later ones 30-180 ms.
  it('keeps a short batch in the main thread', () => {
    expect(workersToStart({ threads: 2, remaining: 7, firstMs: 700, warmMs: 150, freeCores: 1 })).toBe(0);
    expect(workersToStart({ threads: 2, remaining: 7, firstMs: 400, warmMs: 30, freeCores: 1 })).toBe(0);
  });
  it('adds workers to a long batch, the main thread counted among the threads', () => {
    expect(workersToStart({ threads: 2, remaining: 997, firstMs: 400, warmMs: 30, freeCores: 1 })).toBe(1);
    expect(workersToStart({ threads: 4, remaining: 997, firstMs: 400, warmMs: 30, freeCores: 3 })).toBe(3);
  });
  it('adds none without a free core, and no more than the free cores', () => {
    expect(workersToStart({ threads: 2, remaining: 997, firstMs: 400, warmMs: 30, freeCores: 0 })).toBe(0);
    expect(workersToStart({ threads: 4, remaining: 997, firstMs: 400, warmMs: 30, freeCores: 1 })).toBe(1);
  });
  it('adds none when one thread is asked for', () => {
    expect(workersToStart({ threads: 1, remaining: 997, firstMs: 400, warmMs: 30, freeCores: 1 })).toBe(0);
  });
});
