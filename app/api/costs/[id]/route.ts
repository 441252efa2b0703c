// PATCH /api/costs/{id} – edit a cost; DELETE /api/costs/{id} – remove it. Both audited.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { deleteCost, updateCost } from "@/lib/costs/mutate";
import { updateCostSchema } from "@/lib/costs/schema";

export const PATCH = withWorkspace<{ id: string }>("costs.write", async ({ req, params, ctx }) => ({
  cost: await updateCost(ctx, params.id, await parseJson(req, updateCostSchema)),
}));

export const DELETE = withWorkspace<{ id: string }>("costs.write", async ({ params, ctx }) => {
  await deleteCost(ctx, params.id);
  return new Response(null, { status: 204 });
});
