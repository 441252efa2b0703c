// GET /api/metrics/overview?<report filters> – the Overview's figures: KPIs with the comparison period, the trend and the creators breakdown.
import { withWorkspace } from "@/lib/api/with-workspace";
import { breakdown } from "@/lib/analytics/breakdown";
import { kpiReport, reportFilters, trend } from "@/lib/analytics/report";

export const GET = withWorkspace("workspace.read", async ({ req, ctx }) => {
  const { filters } = reportFilters(ctx.workspace, Object.fromEntries(new URL(req.url).searchParams));
  const [report, series, creators] = await Promise.all([kpiReport(ctx.workspace, filters), trend(ctx.workspace, filters), breakdown(ctx.workspace.id, filters, "creator")]);
  return { ...report, series, creators };
});
