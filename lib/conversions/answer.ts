import type { Commission, Conversion } from "@/lib/generated/prisma/client";

export type AnswerConversion = Pick<Conversion, "id" | "isTest" | "event" | "orderId" | "amountMinor" | "currency" | "attributionMethod" | "creatorId" | "campaignId" | "attributionReason" | "isNewCustomer">;
export type AnswerCommission = Pick<Commission, "amountMinor" | "status" | "part" | "basis">;

// The postback's answer is derived from the stored rows only, so a retry
// gets exactly the first answer (plus duplicate: true).
export interface PostbackAnswer {
  id: string;
  duplicate: boolean;
  test: boolean;
  event: string;
  orderId: string;
  amountMinor: number;
  currency: string;
  attribution: { method: string; creatorId: string | null; campaignId: string | null; reason: string };
  newCustomer: boolean | null;
  /** basis: how the amount was computed and from which terms ("contract v3: 12% of each sale"); null on reversal lines */
  commissions: { amountMinor: number; status: string; part: string; basis: string | null }[];
}

/** The answer for one conversion and its own commissions. */
export function answerFor(c: AnswerConversion, commissions: AnswerCommission[], duplicate: boolean): PostbackAnswer {
  return {
    id: c.id,
    duplicate,
    test: c.isTest,
    event: c.event,
    orderId: c.orderId,
    amountMinor: c.amountMinor,
    currency: c.currency,
    attribution: { method: c.attributionMethod, creatorId: c.creatorId, campaignId: c.campaignId, reason: c.attributionReason },
    newCustomer: c.isNewCustomer,
    commissions: [...commissions]
      .sort((a, b) => a.part.localeCompare(b.part))
      .map((k) => ({ amountMinor: k.amountMinor, status: k.status, part: k.part, basis: k.basis })),
  };
}
