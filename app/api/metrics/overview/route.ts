// GET /api/metrics/overview?days=30 – workspace totals, daily series and per-creator rows.
import { z } from "zod";
import { withWorkspace } from "@/lib/api/with-workspace";
import { loadOverview } from "@/lib/metrics/overview";

const query = z.object({ days: z.coerce.number().int().min(1).max(365).default(30) });

export const GET = withWorkspace("workspace.read", async ({ req, ctx }) => {
  const { days } = query.parse(Object.fromEntries(new URL(req.url).searchParams));
  return loadOverview({ workspaceId: ctx.workspace.id }, days);
});
