import { z } from "zod";

export const payoutRunSchema = z
  .object({ periodStart: z.iso.date(), periodEnd: z.iso.date() })
  .refine((v) => v.periodStart < v.periodEnd, { error: "periodEnd must be after periodStart", path: ["periodEnd"] });

export type PayoutRunInput = z.infer<typeof payoutRunSchema>;

const COMMISSION_STATUS_VALUES = ["pending", "held", "approved", "paid", "rejected", "reversed"] as const;

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

/**
 * A decision on a selection from the ledger, with the status each row had
 * when the person ticked it: a row that changed since (decided by someone
 * else meanwhile) is reported, not decided again.
 */
export const selectionDecisionSchema = z
  .object({
    commissionIds: z.array(z.string().min(1)).min(1, "select at least one commission").max(100, "at most 100 commissions per decision"),
    seen: z.record(z.string(), z.enum(COMMISSION_STATUS_VALUES)),
    decision: z.enum(["approve", "reject"]),
    note: decisionNote.optional(),
  })
  .strict()
  .refine((v) => v.decision !== "reject" || Boolean(v.note), { error: "a rejection needs a note saying why", path: ["note"] })
  .refine((v) => v.commissionIds.every((id) => id in v.seen), { error: "say the status you saw for every selected commission", path: ["seen"] });

export type SelectionDecisionInput = z.infer<typeof selectionDecisionSchema>;


/** The answer to a decision on a selection: what happened to each row. */
export const selectionResultSchema = z.object({
  decision: z.enum(["approve", "reject"]),
  decided: z.number().int(),
  outcomes: z.array(
    z.object({
      id: z.string(),
      outcome: z.enum(["decided", "changed", "unchanged", "not_found"]),
      before: z.enum(COMMISSION_STATUS_VALUES).nullable(),
      status: z.enum(COMMISSION_STATUS_VALUES).nullable(),
    }),
  ),
});

export type SelectionResult = z.infer<typeof selectionResultSchema>;
