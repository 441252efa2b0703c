// The database a bench measures: DATABASE_URL's PostgreSQL or the embedded
// one, local secrets made, migrations applied. DATABASE_URL is set to it
// before returning, so modules imported afterwards (the pool reads it on
// load) connect there.
import { applyMigrations } from "../lib/db/schema-engine";
import { openDatabase } from "../scripts/lib/database";
import { ensureLocalSecrets } from "../scripts/lib/secrets";

export async function openBenchDatabase() {
  ensureLocalSecrets();
  const db = await openDatabase();
  process.env.DATABASE_URL = db.url;
  await applyMigrations(db.url);
  return db;
}
