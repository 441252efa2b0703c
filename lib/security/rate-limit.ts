import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "@/lib/api/errors";
import { pool } from "@/lib/db/pool";
import { processSingleton } from "@/lib/process-singleton";

// Each limiter is a named policy (logins: login-limits.ts). Limits that guard people (the API)
// live in PostgreSQL ("rate_limits", created by our migrations), so app
// instances share one budget. The postback limits guard an instance against a
// runaway merchant or a stranger; they are kept in memory, per instance,
// because a shared counter would put one more write, on one hot row per
// merchant, on every postback.
const envPoints = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export const LIMITS = {
  api: { points: 600, duration: 60 },
  // per merchant, spent only by authenticated postbacks; POSTBACK_RATE_LIMIT overrides the points per 10 s
  postback: { points: envPoints("POSTBACK_RATE_LIMIT", 5_000), duration: 10, perInstance: true },
  // per merchant, for the public pixel: its own budget, so a stranger holding the page's pixel key cannot starve the merchant's server postbacks
  pixel: { points: envPoints("PIXEL_RATE_LIMIT", envPoints("POSTBACK_RATE_LIMIT", 5_000)), duration: 10, perInstance: true },
  // per client IP: requests that fail authentication (unknown merchant or pixel key, bad signature or token, foreign origin)
  authFailure: { points: envPoints("POSTBACK_FAILURE_LIMIT", 300), duration: 60, perInstance: true },
} satisfies Record<string, { points: number; duration: number; perInstance?: true }>;

export type LimitName = keyof typeof LIMITS;

// per process: the fast postback door and the pixel route (Next.js's bundle) spend one in-memory budget.
// Whichever bundle makes a limiter, the other calls it: its refusals are the other copy's classes, so they
// are recognised by shape (isRateLimiterRes), never by instanceof.
const limiters = processSingleton("rateLimiters", () => new Map<LimitName, RateLimiterAbstract>());

// The library names its prepared statements; on the embedded PGlite every
// connection shares one backend session, where a second connection preparing
// the same name fails. Unnamed statements work on both.
const unnamedStatements = {
  query: (q: { text: string; values?: unknown[] }) => pool.query(q.text, q.values),
};

function limiter(name: LimitName): RateLimiterAbstract {
  let l = limiters.get(name);
  if (!l) {
    const { points, duration, ...policy } = LIMITS[name];
    l =
      "perInstance" in policy
        ? new RateLimiterMemory({ keyPrefix: name, points, duration })
        : new RateLimiterPostgres({ storeClient: unnamedStatements, storeType: "pool", tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false, keyPrefix: name, points, duration });
    limiters.set(name, l);
  }
  return l;
}

/** A refusal from rate-limiter-flexible, from whichever copy of the library made the limiter: it rejects with a RateLimiterRes, not an Error. */
export function isRateLimiterRes(e: unknown): e is { msBeforeNext: number; remainingPoints: number } {
  if (typeof e !== "object" || e === null || e instanceof Error) return false;
  const r = e as { msBeforeNext?: unknown; remainingPoints?: unknown };
  return typeof r.msBeforeNext === "number" && typeof r.remainingPoints === "number";
}

/** Spends one point of `name` for `key`; throws a 429 AppError when the budget is gone. */
export async function consume(name: LimitName, key: string): Promise<void> {
  try {
    await limiter(name).consume(key);
  } catch (e) {
    if (isRateLimiterRes(e)) {
      const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw new AppError("rate_limited", `Too many requests; retry in ${retryAfterSeconds} s.`, { retryAfterSeconds });
    }
    throw e;
  }
}

export async function reset(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}
