// PATCH /api/creators/{id} – edit profile, handles, audience country or status (status "archived" archives).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { updateCreator } from "@/lib/creators/mutate";
import { updateCreatorSchema } from "@/lib/creators/schema";

export const PATCH = withWorkspace<{ id: string }>("creators.write", async ({ req, params, ctx }) => ({
  creator: await updateCreator(ctx, params.id, await parseJson(req, updateCreatorSchema)),
}));
