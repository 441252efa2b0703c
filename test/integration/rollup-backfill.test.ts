// A migration that adds rollup cubes fills them for the rollups already built,
// by summing a finer cube (the one that added ClickSegment: from cube 1). Its
// rows must be exactly the rows the pass's own delta upsert (apply-delta.ts)
// writes into those cubes: same keys, same sums, daily and monthly. Run in a
// scratch database, since the backfill reads and writes every workspace's
// rollup.
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyDelta } from "@/lib/analytics/rollup/apply-delta";
import { poolConfigFromUrl } from "@/lib/db/connection-config";
import { applyMigrations } from "@/lib/db/schema-engine";
import { withScratchDatabase } from "@/lib/db/scratch-database";

const BACKFILLS = [
  { migration: "20261126143000_rollup_audience_cubes", cubes: [3, 4, 5] },
  { migration: "20261126170000_rollup_small_cubes", cubes: [6, 7, 8, 9] },
  { migration: "20261127050000_rollup_campaign_placement_audience_cube", cubes: [10] },
  // the first cubes added after the weekly tables: those are backfilled too
  { migration: "20261127160118_rollup_creative_audience_cubes", cubes: [11, 12], weekly: true },
];

const SEGMENTS_MIGRATION = "20261127090000_click_segments";

// fact rows over two closed months and an open one, every dimension varied (placement '' is a sale credited to nobody)
const FACTS = `SELECT ('2031-01-01'::date + (i * 7) % 80) AS day, 'cr_' || i % 5 AS creator, 'cmp_' || i % 3 AS campaign,
       (ARRAY['story', 'reel', 'bio', ''])[1 + i % 4] AS placement, (ARRAY['US', 'DE', ''])[1 + i % 3] AS country,
       (ARRAY['mobile', 'desktop', 'tablet'])[1 + i % 3] AS device`;
const CLICKS = `${FACTS}, 1 + i % 2 AS clicks, i % 3 / 2 AS invalid_clicks, i % 2 AS unique_clicks FROM generate_series(1, 400) i WHERE $1::text IS NOT NULL`;
const ORDERS = `${FACTS}, 1 AS conversions, i % 2 AS click_conversions, i % 5 / 4 AS unattributed_orders, 1000 + i AS gross_minor, i % 7 * 10 AS refunds_minor,
       i * 3 AS commission_minor, 1 AS known_customer_sales, i % 2 AS new_customers, i % 3 / 2 AS repeat30, i % 4 / 3 AS repeat90, i * 11 AS ltv90_minor, i * 13 AS ltv180_minor
  FROM generate_series(1, 300) i WHERE $1::text IS NOT NULL`;

const snapshot = async (c: pg.ClientBase, table: string, cubes: number[]) =>
  (await c.query(`SELECT * FROM "${table}" WHERE cube = ANY($1::int[]) ORDER BY cube, ${table.endsWith("Weekly") ? "" : "monthly, "}day, "creatorId", "campaignId", placement, country, device`, [cubes])).rows;

describe("rollup cube backfills", () => {
  it("sum the finer cube into exactly the rows the pass writes", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url);
      // a Client, not a Pool: Pool.end() resolves before the server has closed
      // the session, and the scratch database's DROP ... WITH (FORCE) then
      // kills it, an error no test would own
      const c = new pg.Client(poolConfigFromUrl(url));
      await c.connect();
      try {
        await c.query(`INSERT INTO "Workspace" (id, name, slug, "rollupMonthsBefore", "rollupWeeksBefore") VALUES ('ws_backfill', 'Backfill', 'backfill', '2031-03-01', '2031-03-10')`);
        await applyDelta(c, "clicks", CLICKS, ["ws_backfill"]);
        await applyDelta(c, "orders", ORDERS, ["ws_backfill"]);
        for (const { migration, cubes, weekly } of BACKFILLS) {
          const sql = await readFile(path.join(process.cwd(), "prisma", "migrations", migration, "migration.sql"), "utf8");
          const written = new Map<string, unknown[]>();
          const tables = ["ClickRollup", "OrderRollup", ...(weekly ? ["ClickRollupWeekly", "OrderRollupWeekly"] : [])];
          for (const table of tables) {
            const rows = await snapshot(c, table, cubes);
            const kinds = table.endsWith("Weekly") ? 1 : 2;
            expect(new Set(rows.map((r) => `${r.cube} ${r.monthly}`)).size, `${migration} ${table}: daily and monthly (or weekly) rows in every cube`).toBe(kinds * cubes.length);
            written.set(table, rows);
            await c.query(`DELETE FROM "${table}" WHERE cube = ANY($1::int[])`, [cubes]);
          }
          await c.query(sql);
          for (const table of tables) expect(await snapshot(c, table, cubes), `${migration} ${table}`).toEqual(written.get(table));
        }
        // the segments the pass's statement registered, against the ones the migration finds in cube 1
        const segments = async () => (await c.query(`SELECT * FROM "ClickSegment" ORDER BY "workspaceId", "creatorId", "campaignId", placement`)).rows;
        const registered = await segments();
        expect(registered.length, "segments registered by the delta").toBe(5 * 3 * 4);
        await c.query(`DROP TABLE "ClickSegment"`);
        await c.query(await readFile(path.join(process.cwd(), "prisma", "migrations", SEGMENTS_MIGRATION, "migration.sql"), "utf8"));
        expect(await segments()).toEqual(registered);
      } finally {
        await c.end();
      }
    });
  }, 120_000);
});
