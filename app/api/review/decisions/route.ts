// POST /api/review/decisions – approve or reject several review items at once, all or none.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { decideReviewItems } from "@/lib/review/decide";
import { bulkReviewDecisionSchema } from "@/lib/review/schema";

export const POST = withWorkspace("review.decide", async ({ req, ctx }) => decideReviewItems(ctx, await parseJson(req, bulkReviewDecisionSchema)));
