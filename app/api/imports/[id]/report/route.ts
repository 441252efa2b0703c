// GET /api/imports/{id}/report – the row-by-row report as CSV (row, name, email, outcome, reason; formulas escaped)
import { withWorkspace } from "@/lib/api/with-workspace";
import { importReportCsv } from "@/lib/imports/jobs";

export const GET = withWorkspace<{ id: string }>("creators.write", async ({ params, ctx }) => {
  const { fileName, csv } = await importReportCsv(ctx, params.id);
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"` } });
});
