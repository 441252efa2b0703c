// POST /api/payouts {periodStart, periodEnd} – run a payout for the period (owners).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { runPayout } from "@/lib/commissions/payout";
import { payoutRunSchema } from "@/lib/commissions/schema";

export const POST = withWorkspace("payouts.run", async ({ req, ctx }) => Response.json({ payout: await runPayout(ctx, await parseJson(req, payoutRunSchema)) }, { status: 201 }));
