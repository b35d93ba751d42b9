import { expect } from 'vitest';

/**
 * Proof that a scan is linear without timing any absolute value: the same input made twice as large
 * takes about twice as long (a ratio near 2), where a quadratic scan takes four times as long.
 *
 * The size starts small and doubles until one run takes `measurableMs`, so a quadratic scan is caught
 * at a few thousand characters (where it already takes that long) and a linear one is measured on
 * inputs large enough for the clock. Each time is the fastest of `runs` calls, which is what the scan
 * costs when the busy machine lets it run; the whole measurement is tried `attempts` times and the best
 * ratio kept, so that one noisy moment does not fail a linear scan, while a quadratic one fails on every
 * attempt.
 */
export interface DoublingOptions {
  /** The first size tried; 1,000 unless told. */
  start?: number;
  /** The size is not grown past this (the input builder's own limit); 1 << 22 unless told. */
  maxSize?: number;
  /** A time long enough for the clock to measure well; 15 ms unless told. */
  measurableMs?: number;
  runs?: number;
  attempts?: number;
}

export interface Doubling {
  /** The size measured and the fastest time at it and at twice it. */
  size: number;
  ms: number;
  doubledMs: number;
  ratio: number;
}

const timed = (scan: () => unknown) => {
  const started = performance.now();
  scan();
  return performance.now() - started;
};

/** The fastest of `runs` calls of each scan, taken in turns so that a busy moment slows both alike. */
function fastest(scans: readonly (() => unknown)[], runs: number): number[] {
  const best = scans.map(() => Infinity);
  for (let run = 0; run < runs; run++) scans.forEach((scan, index) => (best[index] = Math.min(best[index]!, timed(scan))));
  return best;
}

/** How much longer `scan` takes on `make(2 × size)` than on `make(size)`, at a size the clock can measure. */
export function doublingRatio<Input>(make: (size: number) => Input, scan: (input: Input) => unknown, options: DoublingOptions = {}): Doubling {
  const { start = 1_000, maxSize = 1 << 22, measurableMs = 15, runs = 5, attempts = 3 } = options;
  let best: Doubling | null = null;
  for (let attempt = 0; attempt < attempts; attempt++) {
    let size = start;
    for (;;) {
      const input = make(size);
      if (fastest([() => scan(input)], 2)[0]! >= measurableMs || size * 2 > maxSize) break;
      size *= 2;
    }
    const small = make(size);
    const large = make(size * 2);
    const [ms, doubledMs] = fastest([() => scan(small), () => scan(large)], runs) as [number, number];
    const measured = { size, ms, doubledMs, ratio: doubledMs / Math.max(ms, 1e-3) };
    if (!best || measured.ratio < best.ratio) best = measured;
    if (best.ratio < 2.5) break;
  }
  return best!;
}

/** Asserts that doubling the input at most about doubles the time (below 3; a quadratic scan shows about 4). */
export function expectLinear<Input>(make: (size: number) => Input, scan: (input: Input) => unknown, options?: DoublingOptions): void {
  const measured = doublingRatio(make, scan, options);
  expect(
    measured.ratio,
    `doubling the input from ${measured.size} took ${measured.ms.toFixed(1)} ms → ${measured.doubledMs.toFixed(1)} ms`,
  ).toBeLessThan(3);
}
