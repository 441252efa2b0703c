// Commissions for an attributed sale: the campaign's rule, or the creator's
// contract override (percent, flat, tiered by the creator's revenue in the
// month), each line naming which (`basis`), split at the creator's cap
// with the excess held for review. Planning is pure; only caps and tiers read
// the creator's history, and only they lock a row (see readHistory).
import type { Prisma } from "@/lib/generated/prisma/client";
import { describeBasis, type AppliedRules } from "@/lib/attribution/contract-terms";
import type { CampaignRules } from "@/lib/attribution/signals";
import { formatMoney } from "@/lib/format";
import { newId } from "@/lib/ids";
import { commissionFor, splitAtCap } from "./compute";
import { periodOf } from "./period";

type Tx = Prisma.TransactionClient;
const DAY_MS = 86_400_000;

export interface SaleForCommission {
  workspaceId: string;
  creatorId: string;
  campaignId: string;
  amountMinor: number;
  currency: string;
  occurredAt: Date;
  isTest: boolean;
}

export interface CommissionHistory {
  /** the creator's revenue in the campaign this month, before this sale (tiers) */
  revenueBeforeMinor: number;
  /** base commission already earned in the cap period (caps) */
  earnedMinor: number;
}

export interface PlannedCommission {
  id: string;
  part: "base" | "excess";
  amountMinor: number;
  status: "pending" | "held";
  holdUntil: Date;
  note: string | null;
  /** how the amount was computed and from which terms ("contract v3: 12% of each sale") */
  basis: string | null;
}

export interface CommissionPlan {
  commissions: PlannedCommission[];
  /** a cap_reached review item, claimed by its dedupe key */
  review: { id: string; dedupeKey: string; evidence: Record<string, number | null> } | null;
}

export const NO_HISTORY: CommissionHistory = { revenueBeforeMinor: 0, earnedMinor: 0 };

export function dependsOnHistory(campaign: CampaignRules): boolean {
  return campaign.capPerCreatorMinor !== null || campaign.commissionType === "tiered";
}

/**
 * Reads the creator's history with their Creator row locked until the sale's
 * commissions are claimed, so two concurrent sales cannot both fit under a
 * cap (or both count as the month's first revenue for a tier). A row lock,
 * not an advisory lock: advisory locks are per node on a distributed
 * database (BRIEF, "Scale path"). Only capped or tiered sales come here.
 */
export async function readHistory(tx: Tx, campaign: CampaignRules, sale: SaleForCommission): Promise<CommissionHistory> {
  await tx.$queryRaw`SELECT id FROM "Creator" WHERE id = ${sale.creatorId} AND "workspaceId" = ${sale.workspaceId} FOR UPDATE`;
  const month = periodOf(sale.occurredAt, "month");
  const period = periodOf(sale.occurredAt, campaign.capPeriod ?? "month");
  const [revenue, earned] = await Promise.all([
    campaign.commissionType === "tiered"
      ? tx.conversion.aggregate({ where: { creatorId: sale.creatorId, campaignId: campaign.id, event: "sale", isTest: sale.isTest, occurredAt: { gte: month.from, lt: sale.occurredAt } }, _sum: { amountMinor: true } })
      : null,
    campaign.capPerCreatorMinor !== null
      ? tx.commission.aggregate({
          where: { creatorId: sale.creatorId, campaignId: campaign.id, isTest: sale.isTest, part: "base", status: { notIn: ["rejected", "reversed"] }, conversion: { occurredAt: { gte: period.from, lt: period.to } } },
          _sum: { amountMinor: true },
        })
      : null,
  ]);
  return { revenueBeforeMinor: revenue?._sum.amountMinor ?? 0, earnedMinor: earned?._sum.amountMinor ?? 0 };
}

export function planSaleCommissions(campaign: AppliedRules, sale: SaleForCommission, history: CommissionHistory): CommissionPlan {
  const amount = commissionFor(campaign, sale.amountMinor, history.revenueBeforeMinor);
  const { base, excess } = splitAtCap(amount, history.earnedMinor, campaign.capPerCreatorMinor);
  const holdUntil = new Date(sale.occurredAt.getTime() + campaign.holdingDays * DAY_MS);
  const basis = describeBasis(campaign, sale.currency);
  const commissions: PlannedCommission[] = [{ id: newId("com"), part: "base", amountMinor: base, status: "pending", holdUntil, note: null, basis }];
  if (excess === 0) return { commissions, review: null };

  const capPeriod = campaign.capPeriod ?? "month";
  commissions.push({ id: newId("com"), part: "excess", amountMinor: excess, status: "held", holdUntil, note: `over the ${formatMoney(campaign.capPerCreatorMinor ?? 0, sale.currency)} per-${capPeriod} cap: held for review`, basis });
  const month = periodOf(sale.occurredAt, "month").from.toISOString().slice(0, 7);
  return {
    commissions,
    review: {
      id: newId("rev"),
      dedupeKey: `cap_reached:${sale.creatorId}:${campaign.id}:${month}${sale.isTest ? ":test" : ""}`,
      evidence: { capMinor: campaign.capPerCreatorMinor, earnedBeforeMinor: history.earnedMinor, thisCommissionMinor: amount, heldMinor: excess },
    },
  };
}
