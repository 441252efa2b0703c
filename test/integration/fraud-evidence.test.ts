// The visitors a velocity flag shows are told apart by their IP hash: every
// hash of a day begins with that day (lib/tracking/ip-hash.ts), so a label
// cut from the hash's start would name every visitor the same.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { enrich } from "@/lib/fraud/enrich";
import type { Flag } from "@/lib/fraud/detect";
import { ipHashDayTag } from "@/lib/tracking/ip-hash";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { placeClick } from "../support/postback";

let ws: TestWorkspace;
const day = "2026-03-10";
const at = (minute: number) => new Date(Date.parse(`${day}T15:00:00Z`) + minute * 60_000);
const visitors = ["a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"].map((hmac) => ipHashDayTag(at(0).getTime()) + hmac);

beforeAll(async () => {
  ws = await createTestWorkspace();
  const link = await prisma.trackingLink.findFirstOrThrow({ where: { workspaceId: ws.id, creatorId: ws.creators[0].creatorId } });
  const ref = { linkId: link.id, creatorId: link.creatorId, campaignId: link.campaignId };
  for (const [v, count] of [[0, 6], [1, 4]] as const) {
    for (let i = 0; i < count; i++) await placeClick(ws, ref, at(v * 30 + i * 2), { ipHash: visitors[v] });
  }
});
afterAll(async () => deleteTestWorkspace(ws));

describe("ip velocity evidence", () => {
  it("labels each visitor by the end of its hash, not by the day every hash starts with", async () => {
    const flag: Flag = {
      kind: "ip_velocity", creatorId: ws.creators[0].creatorId, periodStart: new Date(`${day}T00:00:00Z`), periodEnd: new Date(`${day}T23:59:59Z`), conversionId: null, summary: "test",
      evidence: { kind: "ip_velocity", day, velocityClicks: 10, validClicks: 2, invalidClicks: 8, repeats: 8, windowMinutes: 10 },
    };
    const evidence = await enrich(pool, ws.id, flag);
    expect(evidence.kind === "ip_velocity" && evidence.bursts).toEqual([
      { visitor: "a3b4c5d6 · mobile", clicks: 6 },
      { visitor: "c3d2e1f0 · mobile", clicks: 4 },
    ]);
  });
});
