// POST /api/fraud/run – judge today so far (and yesterday, if the schedule has not) with the workspace's thresholds.
import { withWorkspace } from "@/lib/api/with-workspace";
import { runDetectionNow } from "@/lib/fraud/pass";

export const POST = withWorkspace("review.decide", async ({ ctx }) => runDetectionNow(ctx.workspace.id));
