// Linear-time checks without a wall-clock budget: time the same work at two input sizes in one run and compare.
// Linear work grows by about `factor`, quadratic by `factor²`; a busy machine slows both sides alike.

/** The small side must take at least this long, or timer noise decides the ratio: the input is doubled until it does. */
const MIN_SMALL_MS = 5;
/** How far the small side may be doubled; work still under MIN_SMALL_MS at this scale is too fast to grow badly. */
const MAX_BASE = 64;

/**
 * How many times longer `work(make(base × factor))` takes than `work(make(base))`, best of `rounds` each, with `base`
 * the smallest power of two whose run takes MIN_SMALL_MS. Inputs are made outside the timing; one warm-up run first,
 * so compiling patterns is not counted.
 */
export function growth<T>(make: (scale: number) => T, work: (input: T) => unknown, factor = 16, rounds = 3): number {
  work(make(1));
  const best = (scale: number) => {
    const input = make(scale);
    let min = Infinity;
    for (let i = 0; i < rounds; i++) {
      collectGarbage();
      const started = performance.now();
      work(input);
      min = Math.min(min, performance.now() - started);
    }
    return min;
  };
  let base = 1;
  let small = best(base);
  while (small < MIN_SMALL_MS && base < MAX_BASE) small = best((base *= 2));
  if (small < MIN_SMALL_MS) return report(base, small, small);
  return report(base, small, best(base * factor));
}

/** A full collection when the process allows it (vitest.config.ts passes --expose-gc). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function report(base: number, small: number, large: number): number {
  const ratio = small > 0 ? large / small : 1;
  // GROWTH_LOG=1 shows the margins.
  if (process.env['GROWTH_LOG']) console.log(`growth: ×${base} ${small.toFixed(1)} ms → ${large.toFixed(1)} ms, ratio ${ratio.toFixed(1)}`);
  return ratio;
}

/**
 * The bound the tests assert: four times linear (`factor`), because large inputs outgrow the CPU caches and the young
 * generation and really measure 1–3× linear on this machine; quadratic work (`factor²`, 256 for 16) is 4× above it.
 */
export const linearBound = (factor = 16): number => factor * 4;
