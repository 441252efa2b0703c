// The postback log as a ledger: every request received, newest first,
// filtered by verdict and merchant (state in the URL), keyset-paged on
// (receivedAt, id).
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readKeysetPage, type CursorRequest } from "@/lib/list/cursor";
import { dayParam, idParam, yesNoParam, type FilterValues } from "@/lib/list/filters";
import { zonedDayRange } from "@/lib/list/zoned-days";

export const POSTBACK_PAGE_SIZE = 50;
export const POSTBACK_VERDICTS = ["accepted", "duplicate", "rejected"] as const;

export const postbackFilterShape = { from: dayParam, to: dayParam, verdict: z.enum(POSTBACK_VERDICTS), merchant: idParam, test: yesNoParam };
export type PostbackFilters = FilterValues<typeof postbackFilterShape>;

export function postbackWhere(workspaceId: string, timeZone: string, f: PostbackFilters): Prisma.PostbackLogWhereInput {
  return { workspaceId, receivedAt: zonedDayRange(f.from, f.to, timeZone), verdict: f.verdict, merchantId: f.merchant, isTest: f.test };
}

export function listPostbacks(workspaceId: string, timeZone: string, f: PostbackFilters, page: CursorRequest) {
  return readKeysetPage("receivedAt", POSTBACK_PAGE_SIZE, page, (q) =>
    prisma.postbackLog.findMany({ where: { AND: [postbackWhere(workspaceId, timeZone, f), q.where] }, orderBy: q.orderBy, take: q.take, select: { id: true, receivedAt: true, channel: true, httpStatus: true, verdict: true, reason: true, isTest: true, merchantId: true, conversionId: true } }),
  );
}

export async function merchantOptions(workspaceId: string) {
  const rows = await prisma.merchant.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return rows.map((m) => ({ value: m.id, label: m.name }));
}
