import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/pglite-server";

// The embedded server must not let concurrent connections' extended-protocol
// messages interleave, and must keep transactions whole.
describe("embedded PGlite server", () => {
  let db: EmbeddedDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await startEmbeddedDatabase({});
    pool = new pg.Pool({ connectionString: db.url, max: 8 });
  });
  afterAll(async () => {
    await pool.end();
    await db.stop();
  });

  it("answers 200 concurrent parameterised queries from 8 connections correctly", async () => {
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => pool.query<{ v: number; s: string }>("SELECT $1::int * 2 AS v, $2::text AS s", [i, `q${i}`])));
    results.forEach((r, i) => expect(r.rows[0]).toEqual({ v: i * 2, s: `q${i}` }));
  });

  it("keeps another connection out of an open transaction, and rolls back a vanished client's", async () => {
    await pool.query("CREATE TABLE tx_probe (n int)");
    const a = await pool.connect();
    await a.query("BEGIN");
    await a.query("INSERT INTO tx_probe VALUES (1)");
    const outside = pool.query<{ c: string }>("SELECT count(*) AS c FROM tx_probe");
    await a.query("INSERT INTO tx_probe VALUES (2)");
    await a.query("COMMIT");
    a.release();
    expect((await outside).rows[0].c).toBe("2");

    const b = new pg.Client({ connectionString: db.url });
    await b.connect();
    await b.query("BEGIN");
    await b.query("INSERT INTO tx_probe VALUES (3)");
    b.end(); // disconnect mid-transaction
    await new Promise((r) => setTimeout(r, 100));
    expect((await pool.query<{ c: string }>("SELECT count(*) AS c FROM tx_probe")).rows[0].c).toBe("2");
  });
});
