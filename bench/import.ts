// bench/import: 10,000 creators with handles, a link and a coupon each,
// imported through the same code the page calls (preview, then run in
// "valid rows only" mode), against DATABASE_URL. Baselines in the same run:
// parsing the file alone, and one plain unnest INSERT of the same rows into a
// temporary table (the floor for getting the bytes into PostgreSQL). Then the
// same file again (every row unchanged).
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench npx tsx bench/import.ts
import { performance } from "node:perf_hooks";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL (a migrated PostgreSQL database).");
const { createTestWorkspace, deleteTestWorkspace } = await import("../test/support/factory");
const { pool } = await import("../lib/db/pool");
const { parseImportCsv } = await import("../lib/imports/parse");
const { previewImport } = await import("../lib/imports/jobs");
const { runImport } = await import("../lib/imports/run");

const ws = await createTestWorkspace();
// the manager's context, built by hand (lib/auth/context pulls next-auth, which tsx cannot load outside Next.js)
const ctx: import("../lib/auth/context").AuthContext = { userId: ws.manager.id, userName: ws.manager.name, role: "manager", workspace: { id: ws.id, name: ws.name, slug: `test-${ws.tag}`, timeZone: "UTC", currency: "USD" }, creatorId: null };
const lines = ["name,email,audience_country,instagram,tiktok,youtube,campaign,coupon_code"];
for (let i = 0; i < ROWS; i++) lines.push(`Creator ${i},bench-${i}-${ws.tag}@example.test,US,ig_${i},tt_${i},,launch-${ws.tag},B${i}X${ws.tag}`);
const csv = lines.join("\n");

const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const v = await f();
  return [v, (performance.now() - t) / 1000];
};

try {
  const [parsed, parseS] = await time(() => parseImportCsv(csv));
  const [, copyS] = await time(async () => {
    const c = await pool.connect();
    try {
      await c.query("CREATE TEMP TABLE bench_rows (name text, email text, country text, ig text, tt text, campaign text, coupon text)");
      const col = (k: "name" | "email" | "audience_country" | "instagram" | "tiktok" | "campaign" | "coupon_code") => parsed.rows.map((r) => r[k]);
      await c.query("INSERT INTO bench_rows SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])", [col("name"), col("email"), col("audience_country"), col("instagram"), col("tiktok"), col("campaign"), col("coupon_code")]);
      await c.query("DROP TABLE bench_rows");
    } finally {
      c.release();
    }
  });
  const [preview, previewS] = await time(() => previewImport(ctx, { fileName: "bench.csv", csv }));
  const [job, runS] = await time(() => runImport(ctx, preview.id, "valid"));
  const [again, againS] = await time(async () => runImport(ctx, (await previewImport(ctx, { fileName: "bench.csv", csv })).id, "valid"));
  const total = previewS + runS;
  console.log(`rows: ${ROWS}  created: ${job.created}  rejected: ${job.rejected}  re-import unchanged: ${again.unchanged}`);
  console.log(`parse alone:            ${parseS.toFixed(2)} s`);
  console.log(`plain unnest INSERT:    ${copyS.toFixed(2)} s`);
  console.log(`preview (parse+plan):   ${previewS.toFixed(2)} s`);
  console.log(`run (write, 4 tables):  ${runS.toFixed(2)} s`);
  console.log(`import total:           ${total.toFixed(2)} s  (${(total / parseS).toFixed(1)}x parsing alone, ${(total / copyS).toFixed(1)}x the plain INSERT)`);
  console.log(`re-import (unchanged):  ${againS.toFixed(2)} s`);
} finally {
  await deleteTestWorkspace(ws);
  await pool.end();
}
