// GET /api/reports/{dimension}?<report filters>&sort&dir – the breakdown table as CSV: the rows, order and figures the page shows.
import { AppError } from "@/lib/api/errors";
import { withWorkspace } from "@/lib/api/with-workspace";
import { breakdownCsv } from "@/lib/analytics/breakdown-csv";
import { DIMENSIONS } from "@/lib/analytics/types";

export const GET = withWorkspace<{ dimension: string }>("workspace.read", async ({ req, params, ctx }) => {
  const dim = DIMENSIONS.find((d) => d === params.dimension);
  if (!dim) throw new AppError("not_found", `No breakdown by "${params.dimension}".`);
  const { csv, filename } = await breakdownCsv(ctx.workspace, dim, Object.fromEntries(new URL(req.url).searchParams));
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` } });
});
