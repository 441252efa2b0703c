// npm run dev: database (yours or embedded PGlite), migrations, demo data on
// an empty database, the demo logins, then Next.js in dev mode behind our server.
import { applyMigrations } from "../lib/db/schema-engine";
import { openDatabase } from "./lib/database";
import { printDemo, seedIfEmpty } from "./lib/demo";
import { mustRun } from "./lib/run";
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

// Next.js in dev mode behind our own server (lib/server/app-server.ts), as
// in production: the same client-IP stamp and fast doors in front of it.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
Object.assign(process.env, { NODE_ENV: "development" });
const { startAppServer } = await import("../lib/server/app-server");
const app = await startAppServer({ port: Number(port), withNext: true, dev: true });
console.log(`▸ Open http://localhost:${port}`);
const shutdown = async () => {
  // open HMR websockets would keep the server from closing; nothing in dev needs a graceful drain
  app.server.closeAllConnections();
  await app.close();
  await db.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
