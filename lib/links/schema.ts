import { z } from "zod";
import { LINK_CODE } from "@/lib/tracking/link-lookup";

// One schema per boundary, shared by the route handler and (later) the form.
const destinationUrl = z.string().trim().max(2048);

export const createLinkSchema = z.object({
  creatorId: z.string().min(1),
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
