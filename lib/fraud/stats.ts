// The statistics the signals use: robust centre and spread (median and MAD,
// so one earlier spike does not raise the bar for the next), and Wilson score
// intervals for rates (honest at small counts, where a normal approximation
// says 0 conversions in 20 clicks is certainly below 2%).

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median absolute deviation, scaled (×1.4826) to match a standard deviation on normal data. */
export function scaledMad(values: readonly number[]): number {
  const m = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}

// z for a two-sided 99% interval: a signal fires only when the rate is surely off
export const WILSON_Z = 2.576;

/** The Wilson score interval of `successes` in `trials`. */
export function wilson(successes: number, trials: number, z = WILSON_Z): { low: number; high: number } {
  if (trials <= 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** P(X ≤ k) for X ~ Poisson(mean), summed term by term (k is a day's order count: small). */
export function poissonCdf(k: number, mean: number): number {
  if (mean <= 0) return 1;
  let term = Math.exp(-mean);
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= mean / i;
    sum += term;
  }
  return Math.min(1, sum);
}
