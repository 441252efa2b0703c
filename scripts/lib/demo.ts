// Seeds the demo workspace on an empty database and remembers its summary
// (in .data/, never committed) so later `npm run dev` runs, and
// `npm run db:seed -- --json` while the app runs, can print the logins and
// the merchant's credentials again without reseeding.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { DemoSummary } from "../../lib/seed/demo";
import { DATA_DIR } from "./database";

const SUMMARY_FILE = path.join(DATA_DIR, "demo-summary.json");

export function saveDemoSummary(summary: DemoSummary): void {
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(SUMMARY_FILE, JSON.stringify(summary, null, 2), { mode: 0o600 });
}

/** The summary saved when this checkout seeded the demo, if that workspace is still in the database. */
export async function savedDemoSummary(prisma: PrismaClient): Promise<DemoSummary | null> {
  if (!existsSync(SUMMARY_FILE)) return null;
  const saved = JSON.parse(readFileSync(SUMMARY_FILE, "utf8")) as DemoSummary;
  const stillThere = await prisma.workspace.findUnique({ where: { id: saved.workspaceId }, select: { id: true } });
  return stillThere ? saved : null;
}

export async function seedIfEmpty(): Promise<DemoSummary | null> {
  const { prisma } = await import("../../lib/db/prisma");
  const { pool } = await import("../../lib/db/pool");
  const { isDatabaseEmpty, seedDemo } = await import("../../lib/seed/demo");
  if (await isDatabaseEmpty(prisma)) {
    console.log("▸ Empty database: seeding the demo workspace (deterministic; takes a few seconds)…");
    const summary = await seedDemo(prisma, pool, {});
    saveDemoSummary(summary);
    return summary;
  }
  return savedDemoSummary(prisma);
}

export function printDemo(summary: DemoSummary | null): void {
  if (!summary) {
    console.log("▸ The database already has data (no demo workspace seeded by this checkout). `npm run db:seed -- --force` reseeds the demo.");
    return;
  }
  console.log("\n  Demo logins (password after the email):");
  for (const l of summary.logins) console.log(`    ${l.role.padEnd(8)} ${l.email.padEnd(36)} ${l.password}   ${l.name}`);
  console.log("  Merchant id, signing secret and codes for trying postbacks (works while the app runs): npm run db:seed -- --json\n");
}
