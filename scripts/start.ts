// npm start: the production server (after `npm run build`) on your database or
// the embedded one, pending migrations applied first. /r/* and /api/postback/*
// are answered by the fast doors; everything else by Next.js.
import { applyMigrations } from "../lib/db/schema-engine";
import { openDatabase } from "./lib/database";
import { requireGeneratedClient } from "./lib/generated-client";
import { ensureLocalSecrets } from "./lib/secrets";

const port = Number(process.env.PORT ?? 3000);
requireGeneratedClient();
ensureLocalSecrets();
const db = await openDatabase();
process.env.DATABASE_URL = db.url;
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
await applyMigrations(db.url);

// imported after DATABASE_URL is final: the pool reads it on load
const { startAppServer } = await import("../lib/server/app-server");
const app = await startAppServer({ port, withNext: process.env.FAST_DOORS_ONLY !== "1" });
console.log(`▸ Creator Ledger on http://localhost:${app.port}${process.env.FAST_DOORS_ONLY === "1" ? " (fast doors only: /r and /api/postback)" : ""}`);

const stop = async () => {
  await app.close();
  if (process.env.REDIRECT_STATS === "1") console.log(`▸ redirects answered: ${app.redirects.found} (404: ${app.redirects.notFound})`);
  await db.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
