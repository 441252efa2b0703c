// GET /api/payouts/{id}/export – the payout as CSV, one row per creator.
import { withWorkspace } from "@/lib/api/with-workspace";
import { payoutCsv } from "@/lib/commissions/payout";

export const GET = withWorkspace<{ id: string }>("payouts.read", async ({ params, ctx }) =>
  new Response(await payoutCsv(ctx.workspace.id, params.id), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="payout-${params.id}.csv"` },
  }),
);
