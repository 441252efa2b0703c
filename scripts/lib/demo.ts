// Seeds the demo workspace on an empty database and remembers its summary
// (in .data/, never committed) so later `npm run dev` runs can print the
// logins again.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DemoSummary } from "../../lib/seed/demo";
import { DATA_DIR } from "./database";

const SUMMARY_FILE = path.join(DATA_DIR, "demo-summary.json");

export async function seedIfEmpty(): Promise<DemoSummary | null> {
  const { prisma } = await import("../../lib/db/prisma");
  const { pool } = await import("../../lib/db/pool");
  const { isDatabaseEmpty, seedDemo } = await import("../../lib/seed/demo");
  if (await isDatabaseEmpty(prisma)) {
    console.log("▸ Empty database: seeding the demo workspace (deterministic; takes a few seconds)…");
    const summary = await seedDemo(prisma, pool, {});
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(SUMMARY_FILE, JSON.stringify(summary, null, 2), { mode: 0o600 });
    return summary;
  }
  if (!existsSync(SUMMARY_FILE)) return null;
  const saved = JSON.parse(readFileSync(SUMMARY_FILE, "utf8")) as DemoSummary;
  const stillThere = await prisma.workspace.findUnique({ where: { id: saved.workspaceId }, select: { id: true } });
  return stillThere ? saved : null;
}

export function printDemo(summary: DemoSummary | null): void {
  if (!summary) {
    console.log("▸ The database already has data (no demo workspace seeded by this checkout). `npm run db:seed -- --force` reseeds the demo.");
    return;
  }
  console.log("\n  Demo logins (password after the email):");
  for (const l of summary.logins) console.log(`    ${l.role.padEnd(8)} ${l.email.padEnd(36)} ${l.password}   ${l.name}`);
  console.log("  Merchant id, signing secret and codes for trying postbacks: npm run db:seed -- --json\n");
}
