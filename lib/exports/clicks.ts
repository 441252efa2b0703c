// Clicks for the analytics team: a date range (workspace calendar days) and
// filters, oldest first, in keyset batches on (occurredAt, id), each with
// the UTMs the redirect appended. Never the IP hash: it is for fraud checks
// inside the app, not for export.
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { keysetOrder, keysetWhere } from "@/lib/list/cursor";
import { dayParam, idParam, textParam, yesNoParam, type FilterValues } from "@/lib/list/filters";
import { zonedDayRange } from "@/lib/list/zoned-days";
import type { BatchSource } from "./stream";
import { UTM_KEYS, utmResolver } from "./utm";
import type { ExportRow } from "./formats";

export const CLICK_DEVICES = ["mobile", "tablet", "desktop", "bot", "other"] as const;

export const clickFilterShape = {
  from: dayParam,
  to: dayParam,
  creator: idParam,
  campaign: idParam,
  placement: textParam,
  country: z.string().regex(/^[A-Za-z]{2}$/).transform((c) => c.toUpperCase()),
  device: z.enum(CLICK_DEVICES),
  bot: yesNoParam,
};

export type ClickFilters = FilterValues<typeof clickFilterShape>;

export function clickWhere(workspaceId: string, timeZone: string, f: ClickFilters): Prisma.ClickWhereInput {
  return { workspaceId, occurredAt: zonedDayRange(f.from, f.to, timeZone), creatorId: f.creator, campaignId: f.campaign, placement: f.placement, country: f.country, device: f.device, isBot: f.bot };
}

export const CLICK_COLUMNS = ["id", "occurred_at", "link_id", "creator_id", "creator_name", "campaign_id", "placement", "raw_sub", "country", "device", "referrer_host", "is_bot", ...UTM_KEYS] as const;

type Row = ExportRow<(typeof CLICK_COLUMNS)[number]>;

export async function clickExport(workspaceId: string, timeZone: string, filters: ClickFilters): Promise<BatchSource<Row>> {
  const utm = await utmResolver(workspaceId);
  const where = clickWhere(workspaceId, timeZone, filters);
  return {
    cursorOf: (r) => ({ at: new Date(String(r.occurred_at)), id: String(r.id) }),
    async fetch(after, size) {
      const page = { cursor: after, direction: "newer" as const };
      const rows = await prisma.click.findMany({
        where: { AND: [where, keysetWhere("occurredAt", page)] },
        orderBy: keysetOrder("occurredAt", page),
        take: size,
        select: { id: true, occurredAt: true, linkId: true, creatorId: true, campaignId: true, placement: true, rawSub: true, country: true, device: true, referrerHost: true, isBot: true },
      });
      return rows.map((c) => ({
        id: c.id, occurred_at: c.occurredAt.toISOString(), link_id: c.linkId, creator_id: c.creatorId, creator_name: utm.names.get(c.creatorId) ?? null,
        campaign_id: c.campaignId, placement: c.placement, raw_sub: c.rawSub, country: c.country, device: c.device, referrer_host: c.referrerHost, is_bot: c.isBot,
        ...utm(c.creatorId, c.campaignId, c.placement),
      }));
    },
  };
}
