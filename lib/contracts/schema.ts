import { z } from "zod";

// One schema per boundary: a new version of a creator's contract terms
// (the creator edit form and POST /api/creators/{id}/contracts).
export const contractTermsSchema = z
  .object({
    paymentTerms: z.string().trim().min(1, { error: "Say how and when the creator is paid." }).max(2000),
    allowedContent: z.string().trim().min(1, { error: "Say what content is allowed." }).max(4000),
    disclosureText: z.string().trim().max(4000).default(""),
    // empty: the campaign's window applies
    attributionWindowDays: z.number().int().min(1, { error: "At least 1 day." }).max(365, { error: "At most 365 days." }).nullable().default(null),
    // the commission rule override: none (the campaign's rule), a percent in basis points or a flat amount in minor units
    commissionType: z.enum(["percent", "flat"]).nullable().default(null),
    commissionBps: z.number().int().min(0).max(10_000, { error: "At most 100%." }).nullable().default(null),
    commissionFlatMinor: z.number().int().min(0).max(100_000_000).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.commissionType === "percent" && v.commissionBps === null) ctx.addIssue({ code: "custom", path: ["commissionBps"], message: "Enter the percentage." });
    if (v.commissionType === "flat" && v.commissionFlatMinor === null) ctx.addIssue({ code: "custom", path: ["commissionFlatMinor"], message: "Enter the flat amount." });
  });

export type ContractTermsInput = z.input<typeof contractTermsSchema>;
export type ContractTerms = z.output<typeof contractTermsSchema>;

// The creator accepts exactly what the terms page showed: a newer version published meanwhile is a 409.
export const acceptTermsSchema = z
  .object({ briefId: z.string().min(1).max(64).optional(), contractId: z.string().min(1).max(64).optional() })
  .refine((v) => v.briefId || v.contractId, { error: "Nothing to accept: send briefId and/or contractId." });

export type AcceptTermsInput = z.infer<typeof acceptTermsSchema>;

// A new version of the workspace's disclosure brief (Settings).
export const briefSchema = z.object({
  title: z.string().trim().min(1, { error: "Give the brief a title." }).max(200),
  body: z.string().trim().min(1, { error: "Write what creators must do." }).max(20_000),
});

export type BriefInput = z.infer<typeof briefSchema>;
