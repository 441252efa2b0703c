// npm run db:migration -- <name>: write the next migration from the diff
// between prisma/migrations and schema.prisma (what `prisma migrate dev
// --create-only` does). The migrations are replayed into a scratch database,
// never into yours.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR } from "../lib/db/schema-engine";
import { pendingSchemaSql } from "../lib/db/drift";

const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: npm run db:migration -- <name>   (e.g. add_creator_notes)");
  process.exit(2);
}

const sql = await pendingSchemaSql();
if (!sql) {
  console.log("schema.prisma and prisma/migrations agree: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
await writeFile(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
