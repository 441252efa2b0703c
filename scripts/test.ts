// npm test: every test. Unit + integration (Vitest) against a real database,
// and the Playwright e2e suite in Chromium, both against a production build.
// Database: DATABASE_URL when set, else a throwaway embedded PGlite.
import { existsSync } from "node:fs";
import { applyMigrations } from "../lib/db/schema-engine";
import { openDatabase } from "./lib/database";
import { mustRun } from "./lib/run";
import { ensureLocalSecrets } from "./lib/secrets";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  console.error(`✖ Chromium not found at ${CHROMIUM}. Install it (Debian: apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

ensureLocalSecrets();
const db = await openDatabase({ ephemeral: true });
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url };
if (db.embedded) env.CL_EMBEDDED_DB = "1";
console.log(db.embedded ? `▸ Testing against embedded PGlite at ${db.url}` : "▸ Testing against the PostgreSQL in DATABASE_URL");

let failed = false;
try {
  await mustRun("prisma", ["generate"]);
  await applyMigrations(db.url);
  // built first: the redirect tests start `next start` as one of the two doors
  await mustRun("next", ["build"], env);
  await mustRun("vitest", ["run"], env);
  await mustRun("playwright", ["test"], env);
} catch (e) {
  console.error(`✖ ${(e as Error).message}`);
  failed = true;
} finally {
  await db.stop();
}
process.exit(failed ? 1 : 0);
