// One schema per boundary: the cost form and /api/costs share it. Amounts
// are integer minor units in the campaign's currency (the server sets the
// currency from the campaign, so a campaign's costs never mix currencies).
import { z } from "zod";

export const COST_KINDS = ["fixed_fee", "gifted_product"] as const;
export const COST_KIND_LABELS: Record<(typeof COST_KINDS)[number], string> = { fixed_fee: "Fixed fee", gifted_product: "Gifted product" };
const INT4 = 2_147_483_647;

const fields = {
  creatorId: z.string().min(1, { error: "Choose the creator." }),
  campaignId: z.string().min(1, { error: "Choose the campaign." }),
  kind: z.enum(COST_KINDS, { error: "Choose fixed fee or gifted product." }),
  amountMinor: z.number({ error: "Enter the amount." }).int().min(1, { error: "Enter an amount above zero." }).max(INT4, { error: "That amount is too large." }),
  // the workspace-local calendar day the cost counts on
  incurredOn: z.iso.date({ error: "Enter the day as YYYY-MM-DD." }).refine((d) => d >= "2000-01-01" && d <= "2100-12-31", { error: "Enter a day between 2000 and 2100." }),
  note: z.string().trim().max(500, { error: "Keep the note under 500 characters." }).nullish().transform((s) => s || null),
};

export const createCostSchema = z.object(fields).strict();
export const updateCostSchema = z
  .object(fields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { error: "Send at least one field to change." });

export type CreateCostInput = z.infer<typeof createCostSchema>;
export type UpdateCostInput = z.infer<typeof updateCostSchema>;
