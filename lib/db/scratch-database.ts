// A throwaway database for one job (drift checks, migration tests): a fresh
// database on the PostgreSQL in DATABASE_URL, dropped afterwards, or an
// in-memory embedded PGlite when the tests run on the embedded database.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { poolConfigFromUrl } from "./connection-config";
import { startEmbeddedDatabase } from "./pglite-server";

export function realPostgresUrl(): string | undefined {
  return process.env.CL_EMBEDDED_DB ? undefined : process.env.DATABASE_URL;
}

export async function withScratchDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const server = realPostgresUrl();
  if (!server) {
    const db = await startEmbeddedDatabase({});
    try {
      return await run(db.url);
    } finally {
      await db.stop();
    }
  }
  const name = `cl_scratch_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client(poolConfigFromUrl(server));
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const u = new URL(server);
    u.pathname = `/${name}`;
    return await run(u.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
