// POST /api/commissions/selection – approve or reject a selection from the ledger, reporting per row what happened.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { decideSelection } from "@/lib/commissions/decide";
import { selectionDecisionSchema } from "@/lib/commissions/schema";

export const POST = withWorkspace("commissions.approve", async ({ req, ctx }) => decideSelection(ctx, await parseJson(req, selectionDecisionSchema)));
