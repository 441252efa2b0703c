// Drift between prisma/migrations and schema.prisma.
//  - pendingSchemaSql(): Prisma's schema engine replays the migrations into a
//    scratch PostgreSQL database and diffs it against the schema; this is the
//    next migration's SQL. The engine's schema describer needs a real
//    PostgreSQL (it panics on PGlite).
//  - schemaDrift(): works on PGlite too. Builds one database from the
//    migrations and one from the schema's full SQL and compares their
//    catalogs (columns, indexes, constraints, enums).
import pg from "pg";
import { poolConfigFromUrl } from "./connection-config";
import { applyMigrations, datasourceTarget, diffToSchema } from "./schema-engine";
import { realPostgresUrl, withScratchDatabase } from "./scratch-database";

export async function pendingSchemaSql(): Promise<string> {
  if (!realPostgresUrl()) {
    throw new Error("Writing a migration needs a PostgreSQL server for Prisma's schema describer: set DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres). Only a scratch database on it is touched.");
  }
  return withScratchDatabase(async (url) => {
    await applyMigrations(url);
    return diffToSchema(await datasourceTarget(), url);
  });
}

const CATALOG_QUERIES = {
  column: `SELECT table_name || '.' || column_name || ' ' || udt_name || COALESCE('(' || character_maximum_length || ')', '')
             || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END || COALESCE(' default ' || column_default, '') AS d
           FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  index: `SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  constraint: `SELECT r.relname || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS d
               FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid
               WHERE c.connamespace = 'public'::regnamespace AND r.relname <> '_prisma_migrations'`,
  enum: `SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS d
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
} as const;

async function catalog(url: string): Promise<Set<string>> {
  const client = new pg.Client(poolConfigFromUrl(url));
  await client.connect();
  try {
    const out = new Set<string>();
    for (const [kind, sql] of Object.entries(CATALOG_QUERIES)) {
      for (const row of (await client.query<{ d: string }>(sql)).rows) out.add(`${kind} ${row.d}`);
    }
    return out;
  } finally {
    await client.end();
  }
}

/** Differences between the database the migrations build and the one schema.prisma describes. */
export async function schemaDrift(): Promise<string[]> {
  const fromMigrations = await withScratchDatabase(async (url) => {
    await applyMigrations(url);
    return catalog(url);
  });
  const fromSchema = await withScratchDatabase(async (url) => {
    const script = await diffToSchema({ tag: "empty" }, url);
    const client = new pg.Client(poolConfigFromUrl(url));
    await client.connect();
    await client.query(script).finally(() => client.end());
    return catalog(url);
  });
  return [
    ...[...fromSchema].filter((d) => !fromMigrations.has(d)).map((d) => `schema.prisma has, migrations lack: ${d}`),
    ...[...fromMigrations].filter((d) => !fromSchema.has(d)).map((d) => `migrations have, schema.prisma lacks: ${d}`),
  ].sort();
}
