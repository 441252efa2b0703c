// GET /api/links – links and coupon codes of the workspace.
// POST /api/links – create a creator's link for a campaign (destination checked against the merchant's
// allow-list); answers with its sub-ID variant per placement.
import { parseJson } from "@/lib/api/body";
import { appOrigin } from "@/lib/api/same-origin";
import { withWorkspace } from "@/lib/api/with-workspace";
import { listLinksAndCoupons, listPlacements } from "@/lib/links/list";
import { createLink } from "@/lib/links/mutate";
import { createLinkSchema, linksResponseSchema } from "@/lib/links/schema";
import { linkVariants } from "@/lib/links/variants";

export const GET = withWorkspace("links.read", async ({ ctx }) => linksResponseSchema.parse(await listLinksAndCoupons({ workspaceId: ctx.workspace.id })));

export const POST = withWorkspace("links.write", async ({ req, ctx }) => {
  const link = await createLink(ctx, await parseJson(req, createLinkSchema));
  const variants = linkVariants(appOrigin(req.url), link.code, await listPlacements(ctx.workspace.id));
  return Response.json({ link, variants }, { status: 201 });
});
