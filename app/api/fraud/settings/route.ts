// GET /api/fraud/settings – the workspace's fraud thresholds; PUT – an owner changes them (audited).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { readThresholds, saveThresholds } from "@/lib/fraud/settings";
import { thresholdsSchema } from "@/lib/fraud/thresholds";

export const GET = withWorkspace("review.read", async ({ ctx }) => readThresholds(ctx.workspace.id));
export const PUT = withWorkspace("workspace.settings", async ({ req, ctx }) => saveThresholds(ctx, await parseJson(req, thresholdsSchema)));
