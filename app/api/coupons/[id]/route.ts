// PATCH /api/coupons/{id} – disable or re-enable a coupon code (a disabled code credits nobody).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { updateCoupon } from "@/lib/coupons/mutate";
import { updateCouponSchema } from "@/lib/coupons/schema";

export const PATCH = withWorkspace<{ id: string }>("links.write", async ({ req, params, ctx }) => ({
  coupon: await updateCoupon(ctx, params.id, await parseJson(req, updateCouponSchema)),
}));
