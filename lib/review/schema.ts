import { z } from "zod";
import { decisionNote } from "@/lib/commissions/schema";

export const reviewDecisionSchema = z
  .object({ decision: z.enum(["approve", "reject"]), note: decisionNote.optional() })
  .strict()
  .refine((v) => v.decision !== "reject" || Boolean(v.note), { error: "a rejection needs a note saying why", path: ["note"] });

export type ReviewDecisionInput = z.infer<typeof reviewDecisionSchema>;
