// Writes one chunk of planned rows with a few multi-row statements
// (INSERT ... SELECT FROM unnest, ON CONFLICT), never one statement per row.
// Rows another writer got to first (a coupon code taken, the email created
// meanwhile) come back as collisions: the caller rolls the chunk back and
// decides (all or nothing: stop; valid rows only: retry without them).
import type { Queryable } from "@/lib/db/sql";
import { newId } from "@/lib/ids";
import type { RowPlan } from "./plan";

export interface Collision {
  row: number;
  reason: string;
}

export async function writeChunk(db: Queryable, workspaceId: string, plans: RowPlan[]): Promise<Collision[]> {
  const collisions: Collision[] = [];
  const fresh = plans.filter((p) => p.creator.isNew);
  if (fresh.length) {
    const { rows } = await db.query<{ id: string }>({
      text: `INSERT INTO "Creator" (id, "workspaceId", name, email, "audienceCountry", status, "createdAt", "updatedAt")
             SELECT t.id, $1, t.name, t.email, t.country, 'active', now(), now()
             FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, name, email, country)
             ON CONFLICT ("workspaceId", email) DO NOTHING RETURNING id`,
      values: [workspaceId, fresh.map((p) => p.creator.id), fresh.map((p) => p.creator.name), fresh.map((p) => p.email), fresh.map((p) => p.creator.audienceCountry)],
    });
    const made = new Set(rows.map((r) => r.id));
    for (const p of fresh) if (!made.has(p.creator.id)) collisions.push({ row: p.row, reason: `${p.email} was created by someone else meanwhile; import the file again.` });
  }
  const changed = plans.filter((p) => p.creator.changed);
  if (changed.length) {
    await db.query({
      text: `UPDATE "Creator" c SET name = t.name, "audienceCountry" = coalesce(t.country, c."audienceCountry"), "updatedAt" = now()
             FROM unnest($2::text[], $3::text[], $4::text[]) AS t(id, name, country)
             WHERE c.id = t.id AND c."workspaceId" = $1`,
      values: [workspaceId, changed.map((p) => p.creator.id), changed.map((p) => p.creator.name), changed.map((p) => p.creator.audienceCountry)],
    });
  }
  const handles = plans.flatMap((p) => p.handles.map((h) => ({ ...h, creatorId: p.creator.id, id: newId("hdl") })));
  if (handles.length) {
    await db.query({
      text: `INSERT INTO "CreatorHandle" (id, "workspaceId", "creatorId", platform, handle)
             SELECT t.id, $1, t.creator_id, t.platform::"Platform", t.handle FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, creator_id, platform, handle)
             ON CONFLICT ("creatorId", platform) DO UPDATE SET handle = EXCLUDED.handle`,
      values: [workspaceId, handles.map((h) => h.id), handles.map((h) => h.creatorId), handles.map((h) => h.platform), handles.map((h) => h.handle)],
    });
  }
  const newLinks = plans.flatMap((p) => (p.link?.kind === "new" ? [{ ...p.link, creatorId: p.creator.id }] : []));
  if (newLinks.length) {
    // a link for this creator and campaign made meanwhile is kept as it is
    await db.query({
      text: `INSERT INTO "TrackingLink" (id, "workspaceId", code, "creatorId", "campaignId", "merchantId", "destinationUrl", "createdAt", "updatedAt")
             SELECT t.id, $1, t.code, t.creator_id, t.campaign_id, t.merchant_id, t.destination, now(), now()
             FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t(id, code, creator_id, campaign_id, merchant_id, destination)
             ON CONFLICT ("campaignId", "creatorId") DO NOTHING`,
      values: [workspaceId, ...(["id", "code", "creatorId", "campaignId", "merchantId", "destination"] as const).map((k) => newLinks.map((l) => l[k]))],
    });
  }
  const moved = plans.flatMap((p) => (p.link?.kind === "update" ? [p.link] : []));
  if (moved.length) {
    await db.query({
      text: `UPDATE "TrackingLink" l SET "destinationUrl" = t.destination, "updatedAt" = now()
             FROM unnest($2::text[], $3::text[]) AS t(id, destination) WHERE l.id = t.id AND l."workspaceId" = $1`,
      values: [workspaceId, moved.map((l) => l.id), moved.map((l) => l.destination)],
    });
  }
  const coupons = plans.flatMap((p) => (p.coupon ? [{ ...p.coupon, creatorId: p.creator.id, row: p.row }] : []));
  if (coupons.length) {
    // the unique (workspaceId, code) decides a race between two imports: the loser's code is not inserted
    const { rows } = await db.query<{ id: string }>({
      text: `INSERT INTO "CouponCode" (id, "workspaceId", code, "creatorId", "campaignId", "createdAt")
             SELECT t.id, $1, t.code, t.creator_id, t.campaign_id, now() FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, code, creator_id, campaign_id)
             ON CONFLICT ("workspaceId", code) DO NOTHING RETURNING id`,
      values: [workspaceId, coupons.map((c) => c.id), coupons.map((c) => c.code), coupons.map((c) => c.creatorId), coupons.map((c) => c.campaignId)],
    });
    const made = new Set(rows.map((r) => r.id));
    for (const c of coupons) if (!made.has(c.id)) collisions.push({ row: c.row, reason: `${c.code} was taken by another creator meanwhile.` });
  }
  return collisions;
}
