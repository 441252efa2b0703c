// One process owns the embedded database. A second command run while the app
// runs (here: db:migrate) connects to the owner's server instead of opening
// the same data directory a second time (which corrupted it: PGlite aborted
// on the next start); a lock left by a killed owner is taken over.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimEmbeddedDatabase } from "@/lib/db/embedded-lock";
import { withScratchDatabase } from "@/lib/db/scratch-database";
import { applyMigrations } from "@/lib/db/schema-engine";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "cl-data-"));
const env: NodeJS.ProcessEnv = { ...process.env, CL_DATA_DIR: dataDir, ENCRYPTION_KEY: "embedded-test-key", NEXTAUTH_SECRET: "embedded-test-secret" };
delete env.DATABASE_URL;
delete env.CL_EMBEDDED_DB;

let owner: ChildProcess | undefined;
// The preferred port (54329) held, as it is when another embedded database
// runs: starting must then fall back to a free port without opening the
// folder twice (a PGlite left open by the failed attempt kept the command
// from ever exiting).
const squatter = net.createServer();
beforeAll(() => new Promise<void>((resolve) => {
  squatter.once("error", () => resolve()); // already taken by someone else: same situation
  squatter.listen(54329, "127.0.0.1", () => resolve());
}));
afterAll(() => {
  if (owner && owner.exitCode === null) owner.kill("SIGKILL");
  squatter.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A process that opens the embedded database and keeps it, like `npm run dev`. */
async function startOwner(): Promise<{ child: ChildProcess; url: string }> {
  const code = `import("./scripts/lib/database.ts").then(async (m) => { const db = await m.openDatabase(); console.log("URL " + db.url); setInterval(() => {}, 1000); })`;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", code], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /URL (\S+)/.exec(out);
      if (m) resolve(m[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", () => reject(new Error(`owner exited: ${out}`)));
  });
  return { child, url };
}

function command(script: string, ...args: string[]) {
  const out = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 180_000 });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr, all: `${out.stdout}\n${out.stderr}` };
}

async function migrationCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

describe("the embedded database has one owner", () => {
  it("a second command connects to the running owner's server instead of opening the data directory", async () => {
    const started = await startOwner();
    owner = started.child;
    const lock = JSON.parse(readFileSync(path.join(dataDir, "pglite.lock"), "utf8")) as { pid: number; url: string };
    expect(lock).toMatchObject({ pid: owner.pid, url: started.url });

    const migrate = command("scripts/db-migrate.ts");
    expect(migrate.status, migrate.all).toBe(0);
    expect(migrate.all).toContain(`process ${owner.pid}`);
    // the owner's server sees what the second command wrote: same database, not a second copy
    expect(await migrationCount(started.url)).toBeGreaterThanOrEqual(4);
    // the owner still owns it
    expect(JSON.parse(readFileSync(path.join(dataDir, "pglite.lock"), "utf8"))).toMatchObject({ pid: owner.pid });
  }, 240_000);

  it("a lock left by a killed owner is taken over, and the data is intact", async () => {
    expect(owner).toBeDefined();
    const dead = owner!.pid!;
    const exited = new Promise((r) => owner!.once("exit", r));
    owner!.kill("SIGKILL");
    await exited;
    expect(existsSync(path.join(dataDir, "pglite.lock"))).toBe(true);

    const migrate = command("scripts/db-migrate.ts");
    expect(migrate.status, migrate.all).toBe(0);
    expect(migrate.all).toMatch(new RegExp(`stale.*${dead}|${dead}.*stale`, "i"));
    expect(migrate.stdout).toContain("up to date");
    // the command released its lock on exit
    expect(existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);
  }, 240_000);
});

describe("the demo's merchant credentials", () => {
  it("`npm run db:seed -- --json` prints the saved demo summary when the demo exists, instead of refusing", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url);
      const seedData = mkdtempSync(path.join(tmpdir(), "cl-seed-data-"));
      // what `npm run dev` leaves after seeding: the demo workspace and its saved summary
      const workspaceId = `ws_demo_${Date.now()}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`INSERT INTO "Workspace" (id, name, slug) VALUES ($1, 'Glow Theory', $2)`, [workspaceId, workspaceId]);
      await client.end();
      const summary = { workspaceId, logins: [], merchant: { id: "mer_demo", name: "Glow Theory Store", signingSecret: "whsec_demo", getToken: "tok_demo", pixelKey: "pk_demo" }, links: [], coupons: [], standoutCreator: "Maya Chen" };
      writeFileSync(path.join(seedData, "demo-summary.json"), JSON.stringify(summary));
      // async: on the embedded database the scratch server lives in this process and must keep answering
      const out = await runAsync("scripts/db-seed.ts", ["--json"], { ...env, DATABASE_URL: url, CL_DATA_DIR: seedData });
      rmSync(seedData, { recursive: true, force: true });
      expect(out.status, out.stderr).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual(summary);
    });
  }, 120_000);
});

function runAsync(script: string, args: string[], childEnv: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("the lock file", () => {
  const lockFile = () => path.join(mkdtempSync(path.join(tmpdir(), "cl-lock-")), "pglite.lock");
  const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid!;

  it("is taken over when its process is gone, or when it is unreadable and old (a crash mid-write)", async () => {
    const a = lockFile();
    writeFileSync(a, JSON.stringify({ pid: deadPid(), url: null, startedAt: "x" }));
    const claimA = await claimEmbeddedDatabase(a);
    expect(claimA.kind).toBe("owner");
    expect(JSON.parse(readFileSync(a, "utf8"))).toMatchObject({ pid: process.pid });
    if (claimA.kind === "owner") claimA.release();
    expect(existsSync(a)).toBe(false);

    const b = lockFile();
    writeFileSync(b, "");
    utimesSync(b, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const claimB = await claimEmbeddedDatabase(b);
    expect(claimB.kind).toBe("owner");
    if (claimB.kind === "owner") claimB.release();
  });

  it("points a second claimant at a live owner's URL, and is not taken over while that URL answers", async () => {
    const file = lockFile();
    const server = net.createServer((s) => s.destroy());
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `postgresql://postgres:postgres@127.0.0.1:${(server.address() as net.AddressInfo).port}/postgres`;
    const live = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      writeFileSync(file, JSON.stringify({ pid: live.pid, url, startedAt: "x" }));
      expect(await claimEmbeddedDatabase(file)).toEqual({ kind: "served", pid: live.pid, url });
      expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ pid: live.pid });
    } finally {
      live.kill("SIGKILL");
      server.close();
    }
  });
});
