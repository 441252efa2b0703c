// The commissions ledger: commission lines newest first (by when they were
// recorded), with their creator, order and status, filtered by the URL and
// paged by keyset on (createdAt, id). Placement, attribution and pixel-only
// filter on the line's conversion.
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orderFilterShape } from "@/lib/conversions/ledger";
import { readKeysetPage, type CursorRequest } from "@/lib/list/cursor";
import type { FilterValues } from "@/lib/list/filters";
import { zonedDayRange } from "@/lib/list/zoned-days";

export const COMMISSION_PAGE_SIZE = 50;
export const COMMISSION_STATUSES = ["pending", "held", "approved", "paid", "rejected", "reversed"] as const;

export const commissionFilterShape = { ...orderFilterShape, status: z.enum(COMMISSION_STATUSES) };

export type CommissionFilters = FilterValues<typeof commissionFilterShape>;

export function commissionWhere(workspaceId: string, timeZone: string, f: CommissionFilters): Prisma.CommissionWhereInput {
  const conversion: Prisma.ConversionWhereInput = {
    placement: f.placement,
    attributionMethod: f.method,
    ...(f.pixel === undefined ? {} : f.pixel ? { channel: "pixel" } : { channel: { not: "pixel" } }),
  };
  const onConversion = f.placement !== undefined || f.method !== undefined || f.pixel !== undefined;
  return {
    workspaceId,
    createdAt: zonedDayRange(f.from, f.to, timeZone),
    creatorId: f.creator,
    campaignId: f.campaign,
    status: f.status,
    isTest: f.test,
    ...(onConversion ? { conversion: { ...conversion, workspaceId } } : {}),
  };
}

export const COMMISSION_ROW_SELECT = {
  id: true, createdAt: true, part: true, creatorId: true, campaignId: true, amountMinor: true, currency: true, status: true, isTest: true, holdUntil: true, note: true, basis: true,
  conversion: { select: { id: true, orderId: true, occurredAt: true, placement: true, attributionMethod: true, channel: true } },
} as const satisfies Prisma.CommissionSelect;

export function listCommissions(workspaceId: string, timeZone: string, f: CommissionFilters, page: CursorRequest) {
  return readKeysetPage("createdAt", COMMISSION_PAGE_SIZE, page, (q) =>
    prisma.commission.findMany({ where: { AND: [commissionWhere(workspaceId, timeZone, f), q.where] }, orderBy: q.orderBy, take: q.take, select: COMMISSION_ROW_SELECT }),
  );
}

export type CommissionRow = Awaited<ReturnType<typeof listCommissions>>["rows"][number];
