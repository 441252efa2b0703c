// GET /api/exports/{conversions|clicks}?from=&to=&format=csv|ndjson&… – the analytics team's streamed export with UTMs.
import { withWorkspace } from "@/lib/api/with-workspace";
import { exportResponse } from "@/lib/exports/export";

export const GET = withWorkspace<{ kind: string }>("analytics.export", async ({ req, params, ctx }) => exportResponse(ctx, params.kind, req));
