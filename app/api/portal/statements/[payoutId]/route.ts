// GET /api/portal/statements/{payoutId} – the caller's own lines of one payout as CSV (404 for a payout they have no line in)
import { withWorkspace } from "@/lib/api/with-workspace";
import { statementCsv } from "@/lib/statements/csv";

export const GET = withWorkspace<{ payoutId: string }>("portal.read", async ({ params, ctx }) => {
  const csv = await statementCsv(ctx, params.payoutId);
  return new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="statement-${params.payoutId.replace(/[^\w-]/g, "")}.csv"` } });
});
