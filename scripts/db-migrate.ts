// npm run db:migrate: apply pending migrations (what `prisma migrate deploy` does).
import path from "node:path";
import { applyMigrations } from "../lib/db/schema-engine";
import { openDatabase } from "./lib/database";

const db = await openDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.map((p) => path.basename(p)).join(", ")}` : "Database is up to date.");
} finally {
  await db.stop();
}
