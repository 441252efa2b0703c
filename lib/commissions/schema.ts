import { z } from "zod";

export const payoutRunSchema = z
  .object({ periodStart: z.iso.date(), periodEnd: z.iso.date() })
  .refine((v) => v.periodStart < v.periodEnd, { error: "periodEnd must be after periodStart", path: ["periodEnd"] });

export type PayoutRunInput = z.infer<typeof payoutRunSchema>;

export const decisionNote = z.string().trim().max(500, "at most 500 characters");

/** A decision on commissions; a rejection must say why (the creator sees it). */
export const commissionDecisionSchema = z
  .object({
    commissionIds: z.array(z.string().min(1)).min(1, "name at least one commission").max(100, "at most 100 commissions per decision"),
    decision: z.enum(["approve", "reject"]),
    note: decisionNote.optional(),
  })
  .strict()
  .refine((v) => v.decision !== "reject" || Boolean(v.note), { error: "a rejection needs a note saying why", path: ["note"] });

export type CommissionDecisionInput = z.infer<typeof commissionDecisionSchema>;

const COMMISSION_STATUS_VALUES = ["pending", "held", "approved", "paid", "rejected", "reversed"] as const;

/** The answer to a decision on a selection: what happened to each row. */
export const selectionResultSchema = z.object({
  decision: z.enum(["approve", "reject"]),
  decided: z.number().int(),
  outcomes: z.array(
    z.object({
      id: z.string(),
      outcome: z.enum(["decided", "unchanged", "not_found"]),
      before: z.enum(COMMISSION_STATUS_VALUES).nullable(),
      status: z.enum(COMMISSION_STATUS_VALUES).nullable(),
    }),
  ),
});

export type SelectionResult = z.infer<typeof selectionResultSchema>;
