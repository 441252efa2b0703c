// A sale and its commission straight in the database, for tests of what
// happens to commissions after they exist (payouts, decisions, the portal).
import { prisma } from "@/lib/db/prisma";
import type { CommissionPart, CommissionStatus } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import type { TestWorkspace } from "./factory";

const DAY = 86_400_000;

export interface CommissionOptions {
  isTest?: boolean;
  holdUntil?: Date;
  part?: CommissionPart;
  /** attach to this conversion instead of creating one */
  conversionId?: string;
  occurredAt?: Date;
}

export async function addCommission(ws: TestWorkspace, who: 0 | 1, amountMinor: number, status: CommissionStatus, opts: CommissionOptions = {}) {
  const c = ws.creators[who];
  const conversionId = opts.conversionId ?? newId("cnv");
  if (!opts.conversionId) {
    await prisma.conversion.create({
      data: { id: conversionId, workspaceId: ws.id, merchantId: ws.merchantId, orderId: conversionId, event: amountMinor < 0 ? "refund" : "sale", amountMinor: Math.abs(amountMinor) * 10, currency: "USD", occurredAt: opts.occurredAt ?? new Date(Date.now() - 40 * DAY), isTest: opts.isTest ?? false, attributionMethod: "coupon", attributionReason: `used your code ${c.couponCode}`, creatorId: c.creatorId, campaignId: ws.campaignId },
    });
  }
  const id = newId("com");
  await prisma.commission.create({
    data: { id, workspaceId: ws.id, conversionId, part: opts.part ?? "base", creatorId: c.creatorId, campaignId: ws.campaignId, amountMinor, currency: "USD", status, isTest: opts.isTest ?? false, holdUntil: opts.holdUntil ?? new Date(Date.now() - DAY) },
  });
  return { id, conversionId };
}
