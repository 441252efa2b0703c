import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/api/errors";
import { pool } from "@/lib/db/pool";

// Limits live in PostgreSQL ("rate_limits", created by our migrations), so two
// app instances share one budget. Each limiter is a named policy.
export const LIMITS = {
  // per email and per client: slows password guessing without locking out a whole office
  loginByEmail: { points: 10, duration: 15 * 60 },
  loginByClient: { points: 50, duration: 15 * 60 },
  api: { points: 600, duration: 60 },
  // per merchant; POSTBACK_RATE_LIMIT overrides the points per 10 s
  postback: { points: Number(process.env.POSTBACK_RATE_LIMIT ?? 5_000), duration: 10 },
} as const;

export type LimitName = keyof typeof LIMITS;

const limiters = new Map<LimitName, RateLimiterPostgres>();

// The library names its prepared statements; on the embedded PGlite every
// connection shares one backend session, where a second connection preparing
// the same name fails. Unnamed statements work on both.
const unnamedStatements = {
  query: (q: { text: string; values?: unknown[] }) => pool.query(q.text, q.values),
};

function limiter(name: LimitName): RateLimiterPostgres {
  let l = limiters.get(name);
  if (!l) {
    l = new RateLimiterPostgres({
      storeClient: unnamedStatements,
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      ...LIMITS[name],
    });
    limiters.set(name, l);
  }
  return l;
}

/** Spends one point of `name` for `key`; throws a 429 AppError when the budget is gone. */
export async function consume(name: LimitName, key: string): Promise<void> {
  try {
    await limiter(name).consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw new AppError("rate_limited", `Too many requests; retry in ${retryAfterSeconds} s.`, { retryAfterSeconds });
    }
    throw e;
  }
}

export async function reset(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}
