// Before issue 8, _prisma_migrations.migration_name held the absolute path of
// the migration folder, so the same database looked unmigrated from any other
// checkout folder and db:migrate re-ran the first migration (P3009). Rows
// written that way get their bare folder name back before the engine reads
// them; checksums and timestamps are kept as they are.
import pg from "pg";
import { poolConfigFromUrl } from "./connection-config";

const BASENAME = String.raw`regexp_replace(m.migration_name, '^.*[/\\]', '')`;

/** Renames path-named rows to their folder name, only for folders this checkout has. Returns how many rows changed. */
export async function repairMigrationNames(databaseUrl: string, localNames: string[]): Promise<number> {
  if (localNames.length === 0) return 0;
  const client = new pg.Client(poolConfigFromUrl(databaseUrl));
  await client.connect();
  try {
    const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('_prisma_migrations')::text AS t`);
    if (!exists.rows[0].t) return 0;
    // A folder already recorded by its bare name keeps that row: renaming a
    // second row to the same name would make the engine see it twice.
    const res = await client.query(
      String.raw`UPDATE _prisma_migrations m SET migration_name = ${BASENAME}
        WHERE migration_name ~ '[/\\]'
          AND ${BASENAME} = ANY($1::text[])
          AND NOT EXISTS (SELECT 1 FROM _prisma_migrations b WHERE b.migration_name = ${BASENAME})`,
      [localNames],
    );
    return res.rowCount ?? 0;
  } finally {
    await client.end();
  }
}
