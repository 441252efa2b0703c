// GET /api/portal/summary – the signed-in creator's own last 30 days (KPIs), links and codes.
import { withWorkspace } from "@/lib/api/with-workspace";
import { creatorSummary } from "@/lib/analytics/portal";
import { ownRows } from "@/lib/auth/context";
import { listLinksAndCoupons } from "@/lib/links/list";

export const GET = withWorkspace("portal.read", async ({ ctx }) => {
  const [{ range, totals }, { links, coupons }] = await Promise.all([creatorSummary(ctx), listLinksAndCoupons(ownRows(ctx))]);
  return {
    range,
    totals,
    links: links.map((l) => ({ code: l.code, campaign: l.campaign.name, disabled: l.disabledAt !== null })),
    coupons: coupons.map((c) => ({ code: c.code, campaign: c.campaign.name })),
  };
});
