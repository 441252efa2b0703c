import { z } from "zod";

export const payoutRunSchema = z
  .object({ periodStart: z.iso.date(), periodEnd: z.iso.date() })
  .refine((v) => v.periodStart < v.periodEnd, { error: "periodEnd must be after periodStart", path: ["periodEnd"] });

export type PayoutRunInput = z.infer<typeof payoutRunSchema>;
