// PATCH /api/links/{id} – change a link's destination or disable / re-enable it (live within 5 s).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { updateLink } from "@/lib/links/mutate";
import { updateLinkSchema } from "@/lib/links/schema";

export const PATCH = withWorkspace<{ id: string }>("links.write", async ({ req, params, ctx }) => ({
  link: await updateLink(ctx, params.id, await parseJson(req, updateLinkSchema)),
}));
