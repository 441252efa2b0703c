// POST /api/review/{id}/commissions – release or reject some of the commissions an open review item holds.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { decideHeld } from "@/lib/review/decide";
import { heldDecisionSchema } from "@/lib/review/schema";

export const POST = withWorkspace<{ id: string }>("review.decide", async ({ req, params, ctx }) => decideHeld(ctx, params.id, await parseJson(req, heldDecisionSchema)));
