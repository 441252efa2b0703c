// One instance per process, kept on globalThis. Under `npm start` the custom
// server's fast doors and Next.js's bundle load our modules separately (and
// `next dev` reloads them); anything that must be shared (the pool, caches,
// in-memory budgets) is made once per process through this.
export function processSingleton<T>(key: string, make: () => T): T {
  const store = globalThis as unknown as Record<string, T | undefined>;
  return (store[`__creatorLedger_${key}`] ??= make());
}
