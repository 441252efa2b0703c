// Deploy safety: a database migrated from one checkout stays "up to date"
// when the app is deployed from another folder (re-clone, new release dir).
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolConfigFromUrl } from "@/lib/db/connection-config";
import { withScratchDatabase } from "@/lib/db/scratch-database";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/schema-engine";

async function migrationNames(url: string): Promise<string[]> {
  const client = new pg.Client(poolConfigFromUrl(url));
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name`);
    return rows.map((r) => r.migration_name);
  } finally {
    await client.end();
  }
}

describe("migrations are recorded by name, not by the checkout's path", () => {
  let root: string;
  let first: string;
  let second: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "cl-migrations-"));
    first = path.join(root, "release-1", "prisma", "migrations");
    second = path.join(root, "release-2", "prisma", "migrations");
    await cp(MIGRATIONS_DIR, first, { recursive: true });
    await cp(MIGRATIONS_DIR, second, { recursive: true });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("migrating from a copy of the checkout in another folder applies nothing", async () => {
    await withScratchDatabase(async (url) => {
      const applied = await applyMigrations(url, { migrationsDir: first });
      expect(applied.length).toBeGreaterThan(0);
      expect(await applyMigrations(url, { migrationsDir: second })).toEqual([]);
      const names = await migrationNames(url);
      expect(names.every((n) => !n.includes("/") && !n.includes("\\"))).toBe(true);
    });
  }, 120_000);

  it("repairs rows written with absolute paths, keeping their checksums, and reports up to date", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url, { migrationsDir: first });
      const client = new pg.Client(poolConfigFromUrl(url));
      await client.connect();
      // What the old code wrote: the absolute path of the migration folder.
      await client.query(`UPDATE _prisma_migrations SET migration_name = '/srv/old-checkout/prisma/migrations/' || migration_name WHERE migration_name NOT LIKE '%/%'`);
      const before = (await client.query<{ checksum: string }>(`SELECT checksum FROM _prisma_migrations ORDER BY started_at, id`)).rows;
      await client.end();

      expect(await applyMigrations(url, { migrationsDir: second })).toEqual([]);

      const check = new pg.Client(poolConfigFromUrl(url));
      await check.connect();
      const after = (await check.query<{ checksum: string; migration_name: string }>(`SELECT checksum, migration_name FROM _prisma_migrations ORDER BY started_at, id`)).rows;
      await check.end();
      expect(after.map((r) => r.checksum)).toEqual(before.map((r) => r.checksum));
      expect(after.map((r) => r.migration_name).sort()).toEqual((await migrationNames(url)).sort());
      expect(after.every((r) => !r.migration_name.includes("/"))).toBe(true);
    });
  }, 120_000);
});
