// Runs a previewed import: claimed once (previewed → running), re-planned
// inside the transaction (the workspace may have changed since the
// preview), written in chunks of CHUNK rows with the job's progress updated
// after each, and summarised in one audit row in the same transaction.
// "all": any problem or collision rolls everything back. "valid": each chunk
// runs under a savepoint; rows that collide with a concurrent writer are
// rejected and the chunk is written again without them.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pool";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { rowLevelProblems } from "./parse";
import { planImport, type RowPlan } from "./plan";
import { writeChunk } from "./write";
import { buildReport, type Rejection } from "./report";
import type { ImportMode, ImportRow } from "./schema";

export const CHUNK = 1000;

// The embedded PGlite serves one connection at a time while a transaction is
// open: a progress write from another connection would wait for this
// transaction, which waits for it. There the bar jumps to the end instead.
const LIVE_PROGRESS = process.env.CL_EMBEDDED_DB !== "1";

async function claim(ctx: AuthContext, id: string, mode: ImportMode): Promise<ImportRow[]> {
  const where = { workspaceId: ctx.workspace.id, id };
  const claimed = await prisma.importJob.updateMany({ where: { ...where, status: "previewed" }, data: { status: "running", mode, processed: 0 } });
  if (claimed.count === 0) {
    const exists = await prisma.importJob.count({ where });
    if (!exists) throw new AppError("not_found", "No such import in this workspace.");
    throw new AppError("conflict", "This import has already run. Upload the file again to import it again.");
  }
  const job = await prisma.importJob.findUniqueOrThrow({ where: { workspaceId_id: where }, select: { rows: true } });
  return job.rows as unknown as ImportRow[];
}

export async function runImport(ctx: AuthContext, id: string, mode: ImportMode) {
  const workspaceId = ctx.workspace.id;
  const rows = await claim(ctx, id, mode);
  const rejections: Rejection[] = [];
  const written: RowPlan[] = [];
  let failure: string | null = null;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { plans, problems } = await planImport(client, workspaceId, rows, rowLevelProblems(rows));
    rejections.push(...problems.map((p) => ({ row: p.row, reason: `${p.column}: ${p.message}` })));
    if (mode === "all" && problems.length) failure = `${new Set(problems.map((p) => p.row)).size} row(s) have problems: nothing was imported.`;
    for (let i = 0; !failure && i < plans.length; i += CHUNK) {
      let chunk = plans.slice(i, i + CHUNK);
      for (;;) {
        await client.query("SAVEPOINT chunk");
        const collisions = await writeChunk(client, workspaceId, chunk);
        if (!collisions.length) break;
        await client.query("ROLLBACK TO SAVEPOINT chunk");
        rejections.push(...collisions);
        if (mode === "all") {
          failure = `${collisions.length} row(s) collided with another change: nothing was imported.`;
          break;
        }
        const lost = new Set(collisions.map((c) => c.row));
        chunk = chunk.filter((p) => !lost.has(p.row));
      }
      if (!failure) written.push(...chunk);
      if (LIVE_PROGRESS) await prisma.importJob.updateMany({ where: { workspaceId, id }, data: { processed: Math.min(rows.length, i + CHUNK) } });
    }
    const report = buildReport(rows, failure ? [] : written, rejections, failure);
    const counts = report.counts;
    if (failure) {
      await client.query("ROLLBACK");
    } else {
      // the summary audit row, in the transaction that wrote the rows (raw SQL: this transaction is a pg client, not Prisma's)
      await client.query({
        text: `INSERT INTO "AuditLog" (id, "workspaceId", "actorId", action, "entityType", "entityId", after) VALUES ($1, $2, $3, 'creators.imported', 'ImportJob', $4, $5::jsonb)`,
        values: [newId("aud"), workspaceId, ctx.userId, id, JSON.stringify({ mode, ...counts, total: rows.length })],
      });
      await client.query("COMMIT");
    }
    return await prisma.importJob.update({
      where: { workspaceId_id: { workspaceId, id } },
      // the parsed rows are dropped once run: the report keeps what a person needs (row, name, email, outcome, reason)
      data: { status: failure ? "failed" : "done", error: failure, processed: rows.length, ...counts, rows: [], report: report.lines as unknown as Prisma.InputJsonValue, finishedAt: new Date() },
      select: { id: true, status: true, error: true, total: true, created: true, updated: true, unchanged: true, rejected: true },
    });
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    await prisma.importJob.updateMany({ where: { workspaceId, id }, data: { status: "failed", error: "The import stopped on an unexpected error; nothing was written.", finishedAt: new Date() } });
    throw e;
  } finally {
    client.release();
  }
}
