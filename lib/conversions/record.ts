// One reported order event → one Conversion row, attributed, with its
// commissions, in one transaction. Idempotent on (merchant, order id, event)
// by an atomic claim (INSERT ... ON CONFLICT DO NOTHING), never
// check-then-set: concurrent retries wait on the unique index and then read
// the winner's row.
import { AppError } from "@/lib/api/errors";
import { attribute, type Attribution } from "@/lib/attribution/attribute";
import { createSaleCommissions } from "@/lib/commissions/create";
import { reverseSaleCommissions } from "@/lib/commissions/reverse";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { sha256Hex } from "@/lib/security/secret-box";
import { answerFor, type PostbackAnswer } from "./answer";
import type { PostbackInput } from "./schema";

type Tx = Prisma.TransactionClient;

export interface MerchantRef {
  id: string;
  workspaceId: string;
}

async function reversalAttribution(tx: Tx, merchantId: string, orderId: string): Promise<{ attribution: Attribution; sale: { id: string; amountMinor: number; currency: string } | null }> {
  const sale = await tx.conversion.findUnique({ where: { merchantId_orderId_event: { merchantId, orderId, event: "sale" } } });
  if (!sale) return { sale: null, attribution: { method: "none", reason: `no sale with order id ${orderId} was reported`, creatorId: null, campaignId: null, linkId: null, placement: null } };
  const { attributionMethod: method, creatorId, campaignId, linkId, placement } = sale;
  return { sale, attribution: { method, creatorId, campaignId, linkId, placement, reason: `reverses order ${orderId} (${sale.attributionReason})` } };
}

export async function recordConversion(merchant: MerchantRef, input: PostbackInput, isTest: boolean): Promise<{ answer: PostbackAnswer; created: boolean }> {
  const occurredAt = input.occurred_at ? new Date(input.occurred_at) : new Date();
  if (occurredAt.getTime() > Date.now() + 5 * 60_000) {
    throw new AppError("unprocessable", "occurred_at is in the future.", { errors: [{ path: "occurred_at", message: "must not be in the future" }] });
  }
  const customerHash = input.customer_ref ? sha256Hex(`${merchant.workspaceId}:${input.customer_ref}`) : null;

  return prisma.$transaction(async (tx) => {
    let attribution: Attribution;
    let sale: { id: string; amountMinor: number; currency: string } | null = null;
    if (input.event === "sale") {
      attribution = await attribute(tx, { workspaceId: merchant.workspaceId, clickId: input.click_id, coupon: input.coupon, occurredAt });
    } else {
      ({ attribution, sale } = await reversalAttribution(tx, merchant.id, input.order_id));
      if (sale && sale.currency !== input.currency) {
        throw new AppError("unprocessable", `currency ${input.currency} differs from the sale's ${sale.currency}.`, { errors: [{ path: "currency", message: `must be ${sale.currency}, the sale's currency` }] });
      }
    }
    const amountMinor = input.amount ?? sale?.amountMinor ?? 0;
    const isNewCustomer =
      input.event === "sale" && customerHash
        ? (await tx.conversion.count({ where: { workspaceId: merchant.workspaceId, customerHash, event: "sale", isTest, occurredAt: { lt: occurredAt } } })) === 0
        : null;

    const id = newId("cnv");
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Conversion" ("id", "workspaceId", "merchantId", "orderId", "event", "amountMinor", "currency", "clickId", "couponCode",
        "customerHash", "orderCountry", "occurredAt", "isTest", "attributionMethod", "attributionReason", "creatorId", "campaignId",
        "linkId", "placement", "isNewCustomer", "saleId")
      VALUES (${id}, ${merchant.workspaceId}, ${merchant.id}, ${input.order_id}, ${input.event}::"ConversionEvent", ${amountMinor}, ${input.currency},
        ${input.click_id ?? null}, ${input.coupon?.toUpperCase() ?? null}, ${customerHash}, ${input.order_country ?? null}, ${occurredAt}, ${isTest},
        ${attribution.method}::"AttributionMethod", ${attribution.reason}, ${attribution.creatorId}, ${attribution.campaignId},
        ${attribution.linkId}, ${attribution.placement}, ${isNewCustomer}, ${sale?.id ?? null})
      ON CONFLICT ("merchantId", "orderId", "event") DO NOTHING
      RETURNING "id"`;

    if (claimed.length === 0) {
      const first = await tx.conversion.findUniqueOrThrow({ where: { merchantId_orderId_event: { merchantId: merchant.id, orderId: input.order_id, event: input.event } }, include: { commissions: true } });
      if (first.amountMinor !== amountMinor || first.currency !== input.currency) {
        throw new AppError("conflict", `Order ${input.order_id} was already reported as a ${first.event} of ${first.amountMinor} ${first.currency} (minor units); this one says ${amountMinor} ${input.currency}. Report a change as a refund, or use a new order id.`);
      }
      return { answer: answerFor(first, first.commissions, true), created: false };
    }

    const row = await tx.conversion.findUniqueOrThrow({ where: { id } });
    if (input.event === "sale" && row.creatorId && row.campaignId) {
      await createSaleCommissions(tx, { id, workspaceId: row.workspaceId, creatorId: row.creatorId, campaignId: row.campaignId, amountMinor, currency: row.currency, occurredAt, isTest });
    } else if (input.event !== "sale" && sale) {
      await reverseSaleCommissions(tx, { id, workspaceId: row.workspaceId, amountMinor, event: input.event, occurredAt }, sale);
    }
    return { answer: answerFor(row, await tx.commission.findMany({ where: { conversionId: id } }), false), created: true };
  });
}
