// Import jobs: the upload parses and plans the file and keeps it as a job
// row (the preview); the page reads the job's progress while it runs.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pool";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseImportCsv } from "./parse";
import { planImport } from "./plan";
import { reportCsv } from "./report";
import type { ImportProblem, ReportLine, UploadImportInput } from "./schema";

export const IMPORT_STATUS_SELECT = {
  id: true, fileName: true, status: true, mode: true, total: true, processed: true,
  created: true, updated: true, unchanged: true, rejected: true, error: true, createdAt: true, finishedAt: true,
} as const satisfies Prisma.ImportJobSelect;

export interface ImportPreview {
  id: string;
  fileName: string;
  total: number;
  valid: number;
  forecast: { created: number; updated: number; unchanged: number };
  problems: ImportProblem[];
}

/** Parses and validates the file, stores it as a previewed job and returns the preview (nothing else is written). */
export async function previewImport(ctx: AuthContext, input: UploadImportInput): Promise<ImportPreview> {
  const parsed = parseImportCsv(input.csv);
  if (parsed.rows.length === 0) {
    const problems = parsed.problems.length ? parsed.problems : [{ row: 0, column: "file" as const, message: "The file has a header but no rows." }];
    throw new AppError("unprocessable", problems.map((p) => p.message).join(" "), { errors: [{ path: "csv", message: problems[0].message }] });
  }
  const { plans, problems } = await planImport(pool, ctx.workspace.id, parsed.rows, parsed.problems);
  const job = await prisma.importJob.create({
    data: { workspaceId: ctx.workspace.id, createdById: ctx.userId, fileName: input.fileName, total: parsed.rows.length, rows: parsed.rows as unknown as Prisma.InputJsonValue, problems: problems as unknown as Prisma.InputJsonValue },
    select: { id: true },
  });
  const count = (o: string) => plans.filter((p) => p.outcome === o).length;
  return { id: job.id, fileName: input.fileName, total: parsed.rows.length, valid: plans.length, forecast: { created: count("created"), updated: count("updated"), unchanged: count("unchanged") }, problems };
}

export async function importStatus(ctx: AuthContext, id: string) {
  const job = await prisma.importJob.findUnique({ where: { workspaceId_id: { workspaceId: ctx.workspace.id, id } }, select: IMPORT_STATUS_SELECT });
  if (!job) throw new AppError("not_found", "No such import in this workspace.");
  return job;
}

export async function recentImports(ctx: AuthContext) {
  return prisma.importJob.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: { createdAt: "desc" }, take: 10, select: IMPORT_STATUS_SELECT });
}

/** The finished run's report as CSV (404 before the import has run). */
export async function importReportCsv(ctx: AuthContext, id: string): Promise<{ fileName: string; csv: string }> {
  const job = await prisma.importJob.findUnique({ where: { workspaceId_id: { workspaceId: ctx.workspace.id, id } }, select: { fileName: true, report: true } });
  if (!job?.report) throw new AppError("not_found", "This import has no report yet.");
  return { fileName: job.fileName.replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_") + "-report.csv", csv: reportCsv(job.report as unknown as ReportLine[]) };
}
