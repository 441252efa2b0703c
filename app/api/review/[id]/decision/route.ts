// POST /api/review/{id}/decision – approve or reject a review item, with the commissions it holds.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { reviewDecisionSchema } from "@/lib/review/schema";
import { decideReviewItem } from "@/lib/review/decide";

export const POST = withWorkspace<{ id: string }>("review.decide", async ({ req, params, ctx }) => decideReviewItem(ctx, params.id, await parseJson(req, reviewDecisionSchema)));
