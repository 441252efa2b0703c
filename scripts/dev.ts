// npm run dev: database (yours or embedded PGlite), migrations, demo data on
// an empty database, the demo logins, then `next dev`.
import { applyMigrations } from "../lib/db/schema-engine";
import { openDatabase } from "./lib/database";
import { printDemo, seedIfEmpty } from "./lib/demo";
import { mustRun, start } from "./lib/run";
import { ensureLocalSecrets } from "./lib/secrets";

const port = process.env.PORT ?? "3000";
ensureLocalSecrets();
const db = await openDatabase();
process.env.DATABASE_URL = db.url;
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
console.log(db.embedded ? `▸ Embedded PostgreSQL (PGlite, data in .data/pglite) at ${db.url}` : "▸ Using the PostgreSQL in DATABASE_URL");

await mustRun("prisma", ["generate"]);
const applied = await applyMigrations(db.url);
console.log(`▸ Migrations: ${applied.length ? `applied ${applied.length}` : "up to date"}`);
printDemo(await seedIfEmpty());

const next = start("next", ["dev", "--port", port]);
console.log(`▸ Open http://localhost:${port}`);
const shutdown = async () => {
  next.kill("SIGTERM");
  await db.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
next.on("exit", async (code) => {
  await db.stop();
  process.exit(code ?? 0);
});
