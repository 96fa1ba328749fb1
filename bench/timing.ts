import { performance } from 'node:perf_hooks';

/**
 * No forced GC between samples: on this 2-vCPU VM a full GC (via --expose-gc) made V8 shrink
 * its heap, and the next sample paid for growing it again — 30–50 % slower and about twice as
 * noisy. Samples run back to back instead, after a warm-up round that grows the heap to size.
 */

export interface Measurement<T> {
  name: string;
  /** Every sample, ms, in the order taken. */
  samples: number[];
  /** What the last sample returned (stats, counts). */
  last?: T;
}

export function best(measurement: Measurement<unknown>): number {
  return Math.min(...measurement.samples);
}

/** (worst - best) / best: how much the samples disagree. */
export function spread(measurement: Measurement<unknown>): number {
  const min = Math.min(...measurement.samples);
  return (Math.max(...measurement.samples) - min) / min;
}

/** Times one call of `task` and records it. */
export async function sample<T>(measurement: Measurement<T>, task: () => Promise<T>): Promise<void> {
  const start = performance.now();
  const result = await task();
  measurement.samples.push(performance.now() - start);
  measurement.last = result;
}
