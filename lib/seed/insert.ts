// Seed clicks go in through the same batched insert as live clicks; batches
// stay moderate so the embedded PGlite (one backend, wasm) is not handed
// megabyte-sized messages.
import type { Pool } from "pg";
import { insertClickRows, type ClickRow } from "@/lib/tracking/click-store";
import type { SeedClick } from "./traffic";

export async function insertClicks(pool: Pool, workspaceId: string, creatorIds: string[], clicks: SeedClick[], batchSize = 2_000): Promise<void> {
  const rows = clicks.map(
    (c): ClickRow => ({
      id: c.id,
      workspaceId,
      linkId: c.link.linkId,
      creatorId: creatorIds[c.creatorIdx],
      campaignId: c.link.campaignId,
      placement: c.placement,
      rawSub: null,
      occurredAt: new Date(c.at).toISOString(),
      country: c.country,
      referrerHost: c.referrerHost,
      device: c.device,
      isBot: c.isBot,
      ipHash: c.ipHash,
    }),
  );
  for (let i = 0; i < rows.length; i += batchSize) await insertClickRows(pool, rows.slice(i, i + batchSize));
}
