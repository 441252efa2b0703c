// One instance per process, kept on globalThis. Under `npm start` the custom
// server's fast doors and Next.js's bundle load our modules separately (and
// `next dev` reloads them); anything that must be shared (the pool, caches,
// in-memory budgets) is made once per process through this.
//
// Whichever bundle makes the instance, the other uses it: its methods throw
// and return the maker's classes. Never recognise anything that comes out of a
// shared instance by class (`instanceof`): check its shape or name instead
// (isRateLimiterRes in lib/security/rate-limit.ts, the Prisma check in
// lib/api/errors.ts), and prefer plain data for what is stored here.
export function processSingleton<T>(key: string, make: () => T): T {
  const store = globalThis as unknown as Record<string, T | undefined>;
  return (store[`__creatorLedger_${key}`] ??= make());
}
