import { performance } from 'node:perf_hooks';

export interface Sample {
  label: string;
  count: number;
  totalMs: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
}

/** Percentile by nearest rank over sorted durations. */
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const rank = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[rank];
}

/** Runs `fn` `count` times one after another and summarises the durations. */
export async function measure(label: string, count: number, fn: (i: number) => Promise<unknown>): Promise<Sample> {
  const durations: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await fn(i);
    durations.push(performance.now() - t);
  }
  return summarise(label, durations, performance.now() - started);
}

export function summarise(label: string, durationsMs: number[], totalMs: number): Sample {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  return {
    label,
    count: sorted.length,
    totalMs,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    perSecond: sorted.length / (totalMs / 1000),
  };
}

/** One table: each sample and its ratio to the first (the baseline of the same run). */
export function report(samples: Sample[]): void {
  const [baseline] = samples;
  console.table(
    samples.map((s) => ({
      case: s.label,
      n: s.count,
      'total s': (s.totalMs / 1000).toFixed(2),
      'p50 ms': s.p50Ms.toFixed(2),
      'p99 ms': s.p99Ms.toFixed(2),
      'per s': s.perSecond.toFixed(1),
      'p50 × baseline': (s.p50Ms / baseline.p50Ms).toFixed(2),
    })),
  );
}
