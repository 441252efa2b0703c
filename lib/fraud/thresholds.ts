// The owner-tunable thresholds of every fraud signal, one zod schema shared
// by the settings form, its API route and the pass (which parses the stored
// JSON with the defaults filled in, so a signal added later has a value in
// every workspace). The defaults are the ones measured in docs/FRAUD.md.
import { z } from "zod";

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const share = z.coerce.number().min(0.01).max(1);
const factor = (min: number, max: number) => z.coerce.number().min(min).max(max);

export const thresholdsSchema = z
  .object({
    spike: z.object({ minClicks: count(20, 1_000_000).default(300), robustZ: factor(2, 100).default(8), followShare: share.default(0.6) }).strict().prefault({}),
    lowConversion: z.object({ minClicks: count(50, 1_000_000).default(1000), ratio: share.default(0.35) }).strict().prefault({}),
    countryMismatch: z.object({ minOrders: count(1, 10_000).default(4), share: share.default(0.2) }).strict().prefault({}),
    velocity: z.object({ repeats: count(2, 1000).default(5), windowMinutes: count(1, 1440).default(10), minClicks: count(1, 1_000_000).default(40) }).strict().prefault({}),
    fastConversion: z.object({ seconds: count(1, 3600).default(10), minOrders: count(1, 10_000).default(3), share: share.default(0.2) }).strict().prefault({}),
    couponLeak: z.object({ minOrders: count(1, 10_000).default(10), jump: factor(1, 100).default(3), outsideShare: share.default(0.35), noClickShare: share.default(0.9) }).strict().prefault({}),
    selfPurchase: z.object({ enabled: z.coerce.boolean().default(true) }).strict().prefault({}),
    refundRate: z.object({ minSales: count(5, 100_000).default(10), ratio: factor(1, 100).default(3.5) }).strict().prefault({}),
    largePayment: z.object({ amountMinor: count(1, 2_147_483_647).default(250_000) }).strict().prefault({}),
  })
  .strict();

export type Thresholds = z.infer<typeof thresholdsSchema>;
export type ThresholdsInput = z.input<typeof thresholdsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = thresholdsSchema.parse({});

/** Stored JSON → thresholds; a value that no longer parses falls back to the defaults rather than switching detection off. */
export function thresholdsOf(stored: unknown): Thresholds {
  const parsed = thresholdsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_THRESHOLDS;
}
