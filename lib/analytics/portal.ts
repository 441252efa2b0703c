// A creator's own figures for the portal: the same kpis() and breakdown() as
// the brand's reports, always narrowed to the signed-in creator (never a
// filter the request could widen).
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { breakdown } from "./breakdown";
import { parseReportFilters, todayIn } from "./filters";
import { kpis } from "./kpis";
import type { ReportFilters } from "./types";

/** The creator's last 30 days (workspace days) and their daily series. */
export async function creatorSummary(ctx: AuthContext) {
  if (!ctx.creatorId) throw new AppError("forbidden", "Only a creator has a portal summary.");
  const f: ReportFilters = { ...parseReportFilters({}, todayIn(ctx.workspace.timeZone)), compare: "none", creatorId: ctx.creatorId };
  const [totals, series] = await Promise.all([kpis(ctx.workspace.id, f, f), breakdown(ctx.workspace.id, f, "day")]);
  return { range: { from: f.from, to: f.to }, totals, series };
}
