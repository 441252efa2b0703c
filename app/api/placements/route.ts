// POST /api/placements – { key, label }: add a placement to the taxonomy (owner, audited; a taken key is 409).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { createPlacement } from "@/lib/utm/placements";
import { createPlacementSchema } from "@/lib/utm/schema";

export const POST = withWorkspace("utm.write", async ({ req, ctx }) => Response.json(await createPlacement(ctx, await parseJson(req, createPlacementSchema)), { status: 201 }));
