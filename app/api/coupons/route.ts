// POST /api/coupons – a coupon code for a creator and campaign, typed or made
// from a pattern; unique per workspace without regard to case (409 names whose it is).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { createCoupon } from "@/lib/coupons/mutate";
import { createCouponSchema } from "@/lib/coupons/schema";

export const POST = withWorkspace("links.write", async ({ req, ctx }) => {
  const coupon = await createCoupon(ctx, await parseJson(req, createCouponSchema));
  return Response.json({ coupon }, { status: 201 });
});
