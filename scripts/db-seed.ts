// npm run db:seed [-- --force] [-- --json]: the deterministic demo workspace.
// When this checkout's demo is already there, prints its saved summary
// (.data/demo-summary.json) instead of seeding. Refuses another non-empty
// database unless --force, which removes the demo workspace and its users
// first. --json prints only the summary (logins, merchant secret, links,
// codes) on stdout for scripts.
import { applyMigrations } from "../lib/db/schema-engine";
import { openDatabase } from "./lib/database";
import { saveDemoSummary, savedDemoSummary } from "./lib/demo";
import { requireGeneratedClient } from "./lib/generated-client";
import { ensureLocalSecrets } from "./lib/secrets";

requireGeneratedClient();
ensureLocalSecrets();
const args = new Set(process.argv.slice(2));
const json = args.has("--json");
const force = args.has("--force");
// With --json, stdout carries the JSON alone; everything else goes to stderr.
const say = (message: string) => (json ? console.error(message) : console.log(message));

const db = await openDatabase();
process.env.DATABASE_URL = db.url;
let exitCode = 0;
try {
  await applyMigrations(db.url);
  // Imported only now: both read DATABASE_URL when first loaded.
  const { prisma } = await import("../lib/db/prisma");
  const { pool } = await import("../lib/db/pool");
  const { isDatabaseEmpty, removeDemo, seedDemo } = await import("../lib/seed/demo");
  try {
    const saved = force ? null : await savedDemoSummary(prisma);
    let summary = saved;
    if (saved) {
      say("▸ The demo workspace is already seeded; its saved summary follows (`-- --force` reseeds it).");
    } else if (!(await isDatabaseEmpty(prisma)) && !force) {
      console.error("✖ The database already has workspaces; not seeding over them.");
      console.error("  `npm run db:seed -- --force` deletes the demo workspace (glow-theory) and its users, then seeds it again.");
      exitCode = 1;
    } else {
      if (force) await removeDemo(prisma);
      const started = Date.now();
      const elapsed = () => ((Date.now() - started) / 1000).toFixed(1).padStart(5);
      summary = await seedDemo(prisma, pool, { log: (m) => say(`  ${elapsed()} s  ${m}`) });
      saveDemoSummary(summary);
      say(`▸ Demo seeded in ${elapsed().trim()} s`);
    }
    if (summary) {
      if (json) {
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      } else {
        console.log("\n  Logins (email, password):");
        for (const l of summary.logins) console.log(`    ${l.role.padEnd(8)} ${l.email.padEnd(36)} ${l.password}   ${l.name}`);
        console.log(`\n  Standout creator: ${summary.standoutCreator}`);
        console.log(`  Merchant: ${summary.merchant.name} (${summary.merchant.id})`);
        console.log(`    signing secret: ${summary.merchant.signingSecret}`);
        console.log(`    GET token:      ${summary.merchant.getToken}`);
        console.log(`    pixel key:      ${summary.merchant.pixelKey}`);
        console.log("  Some links and codes:");
        for (const l of summary.links.slice(0, 4)) console.log(`    ${l.url.padEnd(40)} ${l.creator}, ${l.campaign}`);
        for (const c of summary.coupons.slice(0, 2)) console.log(`    code ${c.code.padEnd(35)} ${c.creator}, ${c.campaign}`);
        console.log("  The database keeps only sealed/hashed forms of the secret and token; `--json` prints everything.\n");
      }
    }
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
} catch (e) {
  console.error(`✖ Seeding failed: ${e instanceof Error ? e.message : String(e)}`);
  exitCode = 1;
} finally {
  await db.stop();
}
process.exit(exitCode);
