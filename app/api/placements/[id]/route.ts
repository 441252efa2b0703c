// PATCH  /api/placements/{id} – { label }: rename a placement (its key stays: printed links use it).
// DELETE /api/placements/{id} – { confirm? }: remove it; 409 naming the recent clicks unless confirmed (owner, audited).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { removePlacement, renamePlacement } from "@/lib/utm/placements";
import { removePlacementSchema, renamePlacementSchema } from "@/lib/utm/schema";

export const PATCH = withWorkspace<{ id: string }>("utm.write", async ({ req, params, ctx }) => renamePlacement(ctx, params.id, await parseJson(req, renamePlacementSchema)));
export const DELETE = withWorkspace<{ id: string }>("utm.write", async ({ req, params, ctx }) => removePlacement(ctx, params.id, await parseJson(req, removePlacementSchema)));
