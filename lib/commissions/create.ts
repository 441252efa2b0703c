// Commissions for an attributed sale: the campaign's rule (percent, flat,
// tiered by the creator's revenue in the month), split at the creator's cap
// with the excess held for review. Runs inside the conversion's transaction,
// serialised per creator and campaign so two sales cannot both fit under a cap.
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { formatMoney } from "@/lib/format";
import { commissionFor, splitAtCap } from "./compute";
import { periodOf } from "./period";

type Tx = Prisma.TransactionClient;
const DAY_MS = 86_400_000;

export interface SaleForCommission {
  id: string;
  workspaceId: string;
  creatorId: string;
  campaignId: string;
  amountMinor: number;
  currency: string;
  occurredAt: Date;
  isTest: boolean;
}

export async function createSaleCommissions(tx: Tx, sale: SaleForCommission) {
  const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: sale.campaignId } });
  const month = periodOf(sale.occurredAt, "month");
  // only caps and tiers depend on the creator's other sales; only they need the serialising lock
  const dependsOnHistory = campaign.capPerCreatorMinor !== null || campaign.commissionType === "tiered";
  if (dependsOnHistory) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`commission:${sale.creatorId}:${sale.campaignId}`}))`;
  const revenueBefore =
    campaign.commissionType === "tiered"
      ? ((await tx.conversion.aggregate({
          where: { creatorId: sale.creatorId, campaignId: sale.campaignId, event: "sale", isTest: sale.isTest, occurredAt: { gte: month.from, lt: sale.occurredAt }, id: { not: sale.id } },
          _sum: { amountMinor: true },
        }))._sum.amountMinor ?? 0)
      : 0;
  const amount = commissionFor(campaign, sale.amountMinor, revenueBefore);

  let earned = 0;
  if (campaign.capPerCreatorMinor !== null) {
    const period = periodOf(sale.occurredAt, campaign.capPeriod ?? "month");
    const sum = await tx.commission.aggregate({
      where: { creatorId: sale.creatorId, campaignId: sale.campaignId, isTest: sale.isTest, part: "base", status: { notIn: ["rejected", "reversed"] }, conversion: { occurredAt: { gte: period.from, lt: period.to } } },
      _sum: { amountMinor: true },
    });
    earned = sum._sum.amountMinor ?? 0;
  }
  const { base, excess } = splitAtCap(amount, earned, campaign.capPerCreatorMinor);
  const holdUntil = new Date(sale.occurredAt.getTime() + campaign.holdingDays * DAY_MS);
  const common = { workspaceId: sale.workspaceId, conversionId: sale.id, creatorId: sale.creatorId, campaignId: sale.campaignId, currency: sale.currency, isTest: sale.isTest, holdUntil };
  const rows: Prisma.CommissionCreateManyInput[] = [{ ...common, id: newId("com"), part: "base", amountMinor: base, status: "pending", note: null }];
  if (excess > 0) {
    const cap = formatMoney(campaign.capPerCreatorMinor ?? 0, sale.currency);
    rows.push({ ...common, id: newId("com"), part: "excess", amountMinor: excess, status: "held", note: `over the ${cap} per-${campaign.capPeriod ?? "month"} cap: held for review` });
    await tx.reviewItem.createMany({
      data: [{ id: newId("rev"), workspaceId: sale.workspaceId, kind: "cap_reached", dedupeKey: `cap_reached:${sale.creatorId}:${sale.campaignId}:${month.from.toISOString().slice(0, 7)}${sale.isTest ? ":test" : ""}`, creatorId: sale.creatorId, conversionId: sale.id, evidence: { capMinor: campaign.capPerCreatorMinor, earnedBeforeMinor: earned, thisCommissionMinor: amount, heldMinor: excess } }],
      skipDuplicates: true,
    });
  }
  await tx.commission.createMany({ data: rows });
  return rows;
}
