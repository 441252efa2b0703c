import pg from "pg";
import { processSingleton } from "@/lib/process-singleton";
import { poolConfigFromUrl } from "./connection-config";

// One pg pool per process, shared by Prisma (through the driver adapter) and
// by the raw SQL paths (batched click inserts, rate limits, rollups).
// Without DATABASE_URL (e.g. during `next build`) queries fail on a host whose
// name says why; nothing connects until the first query.
const url = process.env.DATABASE_URL ?? "postgresql://postgres@database-url-not-set:5432/postgres";

export const pool: pg.Pool = processSingleton("pgPool", () => {
  const p = new pg.Pool({
    ...poolConfigFromUrl(url),
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // fail fast instead of queueing forever when the database is unreachable
    connectionTimeoutMillis: 5_000,
    // PostgreSQL's JIT compiles a query whose estimated cost passes jit_above_cost; for the rollup
    // reads and the analytics pass that is 100 ms to 2 s of compiling for queries that run in tens of
    // milliseconds (docs/PERFORMANCE.md). Nothing here runs long enough to repay it. Parallel workers
    // likewise: a report read of a few milliseconds planned with a Gather waits for two workers to
    // start (country and device reports p95 ~17 → ~10 ms at 10 million clicks), and the writes that
    // read the most (the pass, folds, rebuilds) are INSERTs, which PostgreSQL does not parallelise.
    // Startup options, not a SET after connecting: the first query must not race them.
    options: "-c jit=off -c max_parallel_workers_per_gather=0",
  });
  // an idle connection dropped by the server must not crash the process; the pool replaces it on the next query
  p.on("error", (e) => console.error("[db] idle connection lost:", e.message));
  return p;
});
