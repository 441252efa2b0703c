// PUT /api/utm/convention – the workspace's UTM convention: allowed sources and mediums, source, medium, campaign pattern, term (owner, audited).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { saveConvention } from "@/lib/utm/convention";
import { conventionSchema } from "@/lib/utm/schema";

export const PUT = withWorkspace("utm.write", async ({ req, ctx }) => saveConvention(ctx, await parseJson(req, conventionSchema)));
