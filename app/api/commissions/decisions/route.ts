// POST /api/commissions/decisions – approve (before the holding period ends, or release held) or reject commissions.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { decideCommissions } from "@/lib/commissions/decide";
import { commissionDecisionSchema } from "@/lib/commissions/schema";

export const POST = withWorkspace("commissions.approve", async ({ req, ctx }) => decideCommissions(ctx, await parseJson(req, commissionDecisionSchema)));
