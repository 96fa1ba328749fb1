import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full GC between samples, so one sample does not pay for the garbage of the one before.
 * `npm run bench` starts node without --expose-gc; the flag can still be set at run time.
 */
export const collectGarbage: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // fall through: no forced GC, samples are just noisier
  }
  return () => {};
})();

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

/** Times one call of `task` (after a full GC) and records it. */
export async function sample<T>(measurement: Measurement<T>, task: () => Promise<T>): Promise<void> {
  collectGarbage();
  const start = performance.now();
  const result = await task();
  measurement.samples.push(performance.now() - start);
  measurement.last = result;
}
