import { z } from "zod";
import { LINK_CODE } from "@/lib/tracking/link-lookup";

// One schema per boundary, shared by the route handler and (later) the form.
const destinationUrl = z.string().trim().max(2048);

export const createLinkSchema = z.object({
  creatorId: z.string().min(1, { error: "Choose the creator." }),
  campaignId: z.string().min(1),
  /** defaults to the campaign's merchant */
  merchantId: z.string().min(1).optional(),
  destinationUrl,
  code: z.string().regex(LINK_CODE, { error: "Use 1–64 letters, digits, - or _." }).optional(),
});

export const updateLinkSchema = z
  .object({ destinationUrl: destinationUrl.optional(), disabled: z.boolean().optional() })
  .refine((v) => v.destinationUrl !== undefined || v.disabled !== undefined, { error: "Nothing to change: send destinationUrl and/or disabled." });

export type CreateLinkInput = z.infer<typeof createLinkSchema>;
export type UpdateLinkInput = z.infer<typeof updateLinkSchema>;

// Responses, parsed on the way out (GET /api/links): only these fields leave the server.
const names = { creator: z.object({ name: z.string() }), campaign: z.object({ name: z.string(), utmCampaign: z.string() }) };
export const linkResponseSchema = z.object({ id: z.string(), code: z.string(), creatorId: z.string(), campaignId: z.string(), destinationUrl: z.string(), disabledAt: z.date().nullable(), createdAt: z.date(), ...names });
export const couponResponseSchema = z.object({ id: z.string(), code: z.string(), creatorId: z.string(), campaignId: z.string(), disabledAt: z.date().nullable(), createdAt: z.date(), ...names });
export const linksResponseSchema = z.object({ links: z.array(linkResponseSchema), coupons: z.array(couponResponseSchema) });
