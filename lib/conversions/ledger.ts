// The conversions ledger: every order, refund and cancel, newest first, with
// the creator it credited, filtered by what the URL says and paged by keyset
// on (occurredAt, id). The filter → where translation is shared with the
// analytics export, so a filtered page and a filtered export are the same rows.
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readKeysetPage, type CursorRequest } from "@/lib/list/cursor";
import { dayParam, idParam, textParam, yesNoParam, type FilterValues } from "@/lib/list/filters";
import { zonedDayRange } from "@/lib/list/zoned-days";

export const CONVERSION_PAGE_SIZE = 50;
export const ATTRIBUTION_METHODS = ["click", "coupon", "none"] as const;
export const CONVERSION_EVENTS = ["sale", "refund", "cancel"] as const;

/** What an order can be filtered by; the commissions ledger filters its lines by their order the same way. */
export const orderFilterShape = {
  from: dayParam,
  to: dayParam,
  creator: idParam,
  campaign: idParam,
  placement: textParam,
  method: z.enum(ATTRIBUTION_METHODS),
  test: yesNoParam,
  pixel: yesNoParam,
};

export const conversionFilterShape = { ...orderFilterShape, event: z.enum(CONVERSION_EVENTS) };

export type ConversionFilters = FilterValues<typeof conversionFilterShape>;

/** The rows a filter selects in one workspace; days are the workspace's calendar days. */
export function conversionWhere(workspaceId: string, timeZone: string, f: ConversionFilters): Prisma.ConversionWhereInput {
  return {
    workspaceId,
    occurredAt: zonedDayRange(f.from, f.to, timeZone),
    creatorId: f.creator,
    campaignId: f.campaign,
    placement: f.placement,
    attributionMethod: f.method,
    event: f.event,
    isTest: f.test,
    ...(f.pixel === undefined ? {} : f.pixel ? { channel: "pixel" } : { channel: { not: "pixel" } }),
  };
}

export const CONVERSION_ROW_SELECT = {
  id: true, occurredAt: true, orderId: true, event: true, amountMinor: true, currency: true, isTest: true, channel: true, history: true,
  attributionMethod: true, attributionReason: true, creatorId: true, campaignId: true, placement: true,
} as const satisfies Prisma.ConversionSelect;

export function listConversions(workspaceId: string, timeZone: string, f: ConversionFilters, page: CursorRequest) {
  return readKeysetPage("occurredAt", CONVERSION_PAGE_SIZE, page, (q) =>
    prisma.conversion.findMany({ where: { AND: [conversionWhere(workspaceId, timeZone, f), q.where] }, orderBy: q.orderBy, take: q.take, select: CONVERSION_ROW_SELECT }),
  );
}

export type ConversionRow = Awaited<ReturnType<typeof listConversions>>["rows"][number];
