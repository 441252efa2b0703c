// Raw SQL on the hot paths, through pg directly (Prisma's raw queries cost
// several times more CPU per call on these paths).
import type { QueryConfig, QueryResult, QueryResultRow } from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A pool, a checked-out client, or a Prisma transaction (see inTransaction). */
export interface Queryable {
  query<R extends QueryResultRow>(config: QueryConfig): Promise<Pick<QueryResult<R>, "rows">>;
}

// The embedded PGlite serves every connection from one backend session, where
// a statement name prepared by one connection collides with another's; there
// statements stay unnamed. On PostgreSQL a named statement is parsed and
// planned once per connection instead of on every call.
const SHARED_SESSION = process.env.CL_EMBEDDED_DB === "1";

export function prepared(name: string, text: string, values: unknown[]): QueryConfig {
  return SHARED_SESSION ? { text, values } : { name, text, values };
}

/** Runs pg-style queries on a Prisma interactive transaction, for code shared with the pool. */
export function inTransaction(tx: Prisma.TransactionClient): Queryable {
  return {
    query: async <R extends QueryResultRow>(config: QueryConfig) => ({ rows: await tx.$queryRawUnsafe<R[]>(config.text, ...(config.values ?? [])) }),
  };
}
