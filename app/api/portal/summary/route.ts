// GET /api/portal/summary – the signed-in creator's own totals, links and codes.
import { withWorkspace } from "@/lib/api/with-workspace";
import { ownRows } from "@/lib/auth/context";
import { listLinksAndCoupons } from "@/lib/links/list";
import { loadOverview } from "@/lib/metrics/overview";

export const GET = withWorkspace("portal.read", async ({ ctx }) => {
  const scope = ownRows(ctx);
  const [{ totals }, { links, coupons }] = await Promise.all([loadOverview(scope, 30), listLinksAndCoupons(scope)]);
  return {
    totals,
    links: links.map((l) => ({ code: l.code, campaign: l.campaign.name, disabled: l.disabledAt !== null })),
    coupons: coupons.map((c) => ({ code: c.code, campaign: c.campaign.name })),
  };
});
