// GET /api/costs – the workspace's creator costs (?creator=, ?campaign=, ?page=), with totals.
// POST /api/costs – record a fixed fee or gifted product value for a creator and campaign.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { listCosts } from "@/lib/costs/list";
import { createCost } from "@/lib/costs/mutate";
import { createCostSchema } from "@/lib/costs/schema";
import { parseListState } from "@/lib/list/params";

export const GET = withWorkspace("creators.read", async ({ req, ctx }) => {
  const state = parseListState(Object.fromEntries(new URL(req.url).searchParams), { sorts: ["day"], defaultSort: "day", filters: ["creator", "campaign"] });
  return listCosts(ctx.workspace.id, { ...state.filters, page: state.page });
});

export const POST = withWorkspace("costs.write", async ({ req, ctx }) => {
  const cost = await createCost(ctx, await parseJson(req, createCostSchema));
  return Response.json({ cost }, { status: 201 });
});
