// Login throttling as rate-limiter-flexible documents it for login endpoints
// ("Login endpoint protection"): failures only are counted,
// - per client IP, a day's budget (slows one address guessing many accounts);
// - per (email, client IP), consecutive failures, reset by a success (slows
//   guessing one account from one address).
// Nothing is counted per email alone, so strangers' failures never lock out
// a person who signs in with the right password from their own address.
// Both live in PostgreSQL (rate_limits), shared by every app instance; expired
// rows are deleted by the maintenance pass (purge-limits.ts).
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/api/errors";
import { pool } from "@/lib/db/pool";
import { processSingleton } from "@/lib/process-singleton";

const DAY_S = 86_400;
export const LOGIN_LIMITS = {
  failsPerIpPerDay: Number(process.env.LOGIN_FAILS_PER_IP_PER_DAY ?? 100),
  consecutiveFails: Number(process.env.LOGIN_CONSECUTIVE_FAILS ?? 10),
};

// unnamed statements: the library's named ones collide on the embedded PGlite's single session
const store = { query: (q: { text: string; values?: unknown[] }) => pool.query(q.text, q.values) };
const common = { storeClient: store, storeType: "pool", tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false } as const;

const limiters = processSingleton("loginLimiters", () => ({
  byIp: new RateLimiterPostgres({ ...common, keyPrefix: "loginFailsByIp", points: LOGIN_LIMITS.failsPerIpPerDay, duration: DAY_S, blockDuration: DAY_S }),
  // counted over 90 days so slow guessing adds up; a block lasts an hour
  byEmailIp: new RateLimiterPostgres({ ...common, keyPrefix: "loginFailsByEmailIp", points: LOGIN_LIMITS.consecutiveFails, duration: 90 * DAY_S, blockDuration: 60 * 60 }),
}));

const emailIpKey = (email: string, ip: string) => `${email}_${ip}`;

function tooMany(msBeforeNext: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError("rate_limited", `Too many failed sign-ins; retry in ${retryAfterSeconds} s.`, { retryAfterSeconds });
}

/** Before the password is checked: throws 429 while this address, or this email from this address, is blocked. */
export async function assertLoginAllowed(email: string, ip: string): Promise<void> {
  const [byIp, byEmailIp] = await Promise.all([limiters.byIp.get(ip), limiters.byEmailIp.get(emailIpKey(email, ip))]);
  if (byIp && byIp.consumedPoints > LOGIN_LIMITS.failsPerIpPerDay) throw tooMany(byIp.msBeforeNext);
  if (byEmailIp && byEmailIp.consumedPoints > LOGIN_LIMITS.consecutiveFails) throw tooMany(byEmailIp.msBeforeNext);
}

/** A wrong email or password: spends both budgets; throws 429 when this failure used the last point. */
export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  try {
    await Promise.all([limiters.byIp.consume(ip), limiters.byEmailIp.consume(emailIpKey(email, ip))]);
  } catch (e) {
    // the library rejects with a plain result object, not an Error
    if (e && typeof e === "object" && "msBeforeNext" in e) throw tooMany((e as RateLimiterRes).msBeforeNext);
    throw e;
  }
}

/** A success: the consecutive failures of this email from this address start over. */
export async function recordLoginSuccess(email: string, ip: string): Promise<void> {
  await limiters.byEmailIp.delete(emailIpKey(email, ip));
}
