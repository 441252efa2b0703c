import { z } from "zod";
import { decisionNote } from "@/lib/commissions/schema";

const decision = z.enum(["approve", "reject"]);
// the note goes to the creator's portal with a rejection, so a rejection must have one
const needsNote = (v: { decision: string; note?: string }) => v.decision !== "reject" || Boolean(v.note);
const noteError = { error: "a rejection needs a note saying why (the creator sees it)", path: ["note"] };

export const reviewDecisionSchema = z.object({ decision, note: decisionNote.optional() }).strict().refine(needsNote, noteError);
export type ReviewDecisionInput = z.infer<typeof reviewDecisionSchema>;

/** Several items decided the same way, all or none. */
export const bulkReviewDecisionSchema = z
  .object({ itemIds: z.array(z.string().min(1)).min(1, "choose at least one item").max(100, "at most 100 items per decision"), decision, note: decisionNote.optional() })
  .strict()
  .refine(needsNote, noteError);
export type BulkReviewDecisionInput = z.infer<typeof bulkReviewDecisionSchema>;

/** Some of the commissions an item holds, released or rejected; the item stays open for the rest. */
export const heldDecisionSchema = z
  .object({ commissionIds: z.array(z.string().min(1)).min(1, "name at least one commission").max(100, "at most 100 commissions per decision"), decision, note: decisionNote.optional() })
  .strict()
  .refine(needsNote, noteError);
export type HeldDecisionInput = z.infer<typeof heldDecisionSchema>;
