import { z } from "zod";
import { COUPON_CODE } from "./pattern";

// One schema per boundary: the coupon form and POST /api/coupons. Either a
// typed code or a pattern (with the discount number when it uses one).
export const createCouponSchema = z
  .object({
    creatorId: z.string().min(1, { error: "Choose the creator." }),
    campaignId: z.string().min(1, { error: "Choose the campaign." }),
    code: z
      .string()
      .trim()
      .transform((s) => s.toUpperCase())
      .pipe(z.string().regex(COUPON_CODE, { error: "Use 3–32 letters, digits, - or _." }))
      .optional(),
    pattern: z.string().trim().min(1).max(64).optional(),
    discount: z.number().int().min(0).max(100_000).nullish(),
  })
  .refine((v) => (v.code === undefined) !== (v.pattern === undefined), { error: "Type a code or give a pattern (one of the two).", path: ["code"] });

export const updateCouponSchema = z.object({ disabled: z.boolean() });

export type CreateCouponInput = z.infer<typeof createCouponSchema>;
export type UpdateCouponInput = z.infer<typeof updateCouponSchema>;
