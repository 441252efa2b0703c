// What the signals read: counts per creator and UTC day (the FraudDay row),
// a creator's refunds over the trailing window, and self-purchases. The
// database builds them in facts-sql.ts; the scenario bench builds the same
// counts from generated events with events.ts, and the fixed-scenario test
// checks both agree.

export interface DayFacts {
  validClicks: number;
  invalidClicks: number;
  velocityClicks: number;
  burstValidClicks: number;
  sales: number;
  clickSales: number;
  fastSales: number;
  mismatchSales: number;
  couponSales: number;
  couponNoClick: number;
  couponNewCustomers: number;
  couponOutside: number;
}

export const FACT_FIELDS = [
  "validClicks", "invalidClicks", "velocityClicks", "burstValidClicks", "sales", "clickSales", "fastSales",
  "mismatchSales", "couponSales", "couponNoClick", "couponNewCustomers", "couponOutside",
] as const satisfies readonly (keyof DayFacts)[];

export const EMPTY_DAY: DayFacts = Object.fromEntries(FACT_FIELDS.map((f) => [f, 0])) as unknown as DayFacts;

/** A creator's days, keyed by ISO date (YYYY-MM-DD); a missing day had nothing. */
export interface CreatorHistory {
  creatorId: string;
  audienceCountry: string | null;
  days: Map<string, DayFacts>;
}

export interface RefundFacts {
  creatorId: string;
  sales: number;
  refunded: number;
}

export interface SelfPurchase {
  creatorId: string;
  conversionId: string;
  orderId: string;
  amountMinor: number;
  currency: string;
  occurredAt: Date;
}

export const DAY_MS = 86_400_000;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const dayStart = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** The ISO day `offset` days from `iso`. */
export const shiftDay = (iso: string, offset: number) => isoDay(dayStart(iso) + offset * DAY_MS);

// a history's days as numbers, built once per history (the detectors sum many windows of it)
const indexed = new WeakMap<Map<string, DayFacts>, { size: number; at: number[]; facts: DayFacts[] }>();

function indexOf(history: CreatorHistory) {
  let index = indexed.get(history.days);
  if (!index || index.size !== history.days.size) {
    const entries = [...history.days].map(([iso, f]) => [dayStart(iso), f] as const);
    index = { size: history.days.size, at: entries.map((e) => e[0]), facts: entries.map((e) => e[1]) };
    indexed.set(history.days, index);
  }
  return index;
}

/** The sum of each field over the days from `from` to `to`, both included. */
export function sumDays(history: CreatorHistory, from: string, to: string): DayFacts {
  const out = { ...EMPTY_DAY };
  const first = dayStart(from);
  const last = dayStart(to);
  const { at, facts } = indexOf(history);
  for (let i = 0; i < at.length; i++) {
    if (at[i] >= first && at[i] <= last) for (const f of FACT_FIELDS) out[f] += facts[i][f];
  }
  return out;
}
