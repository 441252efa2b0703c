// Every npm script works right after `npm install`: the Prisma client
// (lib/generated, never committed) is generated on install, and a script that
// needs it and finds it missing says which command to run.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withScratchDatabase } from "@/lib/db/scratch-database";
import { missingClientMessage } from "@/scripts/lib/generated-client";

const ROOT = path.resolve(import.meta.dirname, "../..");
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A checkout as `git clone` leaves it: tracked files only, no lib/generated. */
function cleanCheckout(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cl-clone-"));
  temps.push(dir);
  const files = spawnSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" }).stdout.split("\n").filter(Boolean);
  for (const f of files) cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

describe("npm scripts after a fresh install", () => {
  it("generates the Prisma client on install (postinstall)", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.postinstall).toMatch(/prisma generate|npm run db:generate/);
  });

  it("the check finds the generated client here and names `npm run db:generate` where it is missing", () => {
    expect(missingClientMessage(ROOT)).toBeNull();
    const empty = mkdtempSync(path.join(tmpdir(), "cl-empty-"));
    temps.push(empty);
    expect(missingClientMessage(empty)).toContain("npm run db:generate");
  });

  it("db:seed on a checkout without the client exits with the command to run, not a module error", async () => {
    const dir = cleanCheckout();
    await withScratchDatabase(async (url) => {
      const out = spawnSync(path.join(dir, "node_modules", ".bin", "tsx"), ["scripts/db-seed.ts", "--json"], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: url },
        timeout: 60_000,
      });
      expect(out.stderr).not.toMatch(/Cannot find (package|module)/);
      expect(out.stderr).toContain("npm run db:generate");
      expect(out.status).toBe(1);
      expect(out.stdout).toBe("");
    });
  }, 90_000);

  it("every script that loads the client checks for it first (or generates it)", () => {
    const scripts = ["db-seed.ts", "start.ts", "dev.ts", "test.ts"];
    for (const name of scripts) {
      const src = readFileSync(path.join(ROOT, "scripts", name), "utf8");
      const loads = src.search(/import\(["']\.\.\/lib\/(db\/prisma|server\/app-server|seed\/)|from ["']\.\/lib\/demo["']/);
      if (loads < 0) continue;
      const guard = src.search(/requireGeneratedClient\(\)|mustRun\("prisma", \["generate"\]\)/);
      expect(guard, `${name} loads the Prisma client without checking for it`).toBeGreaterThanOrEqual(0);
    }
  });
});
