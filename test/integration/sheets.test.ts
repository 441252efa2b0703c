// Instruction sheets against the test database: a creator's own link and
// code per campaign, the window and priority in plain words, the current
// disclosure brief, and nothing across creators or workspaces.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { listSheets, loadSheet, sheetCampaigns } from "@/lib/sheets/load";
import { priorityWords, windowWords } from "@/lib/sheets/words";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";

let ws: TestWorkspace;
let other: TestWorkspace;
beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace(), createTestWorkspace()]);
  await prisma.disclosureBrief.createMany({
    data: [
      { id: newId("brief"), workspaceId: ws.id, version: 1, title: "Old brief", body: "old words" },
      { id: newId("brief"), workspaceId: ws.id, version: 2, title: "Say #ad", body: "Start every caption with #ad." },
    ],
  });
});
afterAll(async () => Promise.all([deleteTestWorkspace(ws), deleteTestWorkspace(other)]));

describe("loadSheet", () => {
  it("has the creator's own link, code, every placement but 'other' with guidance, and the newest brief", async () => {
    const sheet = await loadSheet({ workspaceId: ws.id, creatorId: ws.creators[0].creatorId }, ws.campaignId);
    expect(sheet.link?.code).toBe(ws.creators[0].linkCode);
    expect(sheet.coupons).toEqual([ws.creators[0].couponCode]);
    expect(sheet.placements.map((p) => p.key)).toEqual(["bio", "newsletter", "post", "reel", "story", "video"]);
    expect(sheet.placements.find((p) => p.key === "story")?.guidance).toContain("link sticker");
    expect(sheet.brief).toMatchObject({ version: 2, body: "Start every caption with #ad." });
    expect(sheet.acceptedAt).toBeNull();
    expect(JSON.stringify(sheet)).not.toContain(ws.creators[1].couponCode);
  });

  it("a campaign of another workspace, or a creator of another workspace, is not found", async () => {
    for (const [scope, campaignId] of [
      [{ workspaceId: ws.id, creatorId: ws.creators[0].creatorId }, other.campaignId],
      [{ workspaceId: ws.id, creatorId: other.creators[0].creatorId }, other.campaignId],
      [{ workspaceId: ws.id, creatorId: other.creators[0].creatorId }, ws.campaignId],
    ] as const) {
      const e = await loadSheet(scope, campaignId).then(() => null, (x: unknown) => x);
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).status).toBe(404);
    }
  });

  it("lists the creator's campaigns, and the brand's index searches by name", async () => {
    expect((await sheetCampaigns({ workspaceId: ws.id, creatorId: ws.creators[1].creatorId })).map((c) => c.id)).toEqual([ws.campaignId]);
    expect((await listSheets(ws.id, "alice", 1)).rows.map((r) => r.creatorId)).toEqual([ws.creators[0].creatorId]);
    expect((await listSheets(ws.id, "", 1)).total).toBe(2);
  });
});

describe("plain words", () => {
  it("says the window and the code the way a creator reads it", () => {
    expect(windowWords({ days: 14, contract: null }, ["MAYA15"])).toBe(
      "If someone buys within 14 days after clicking your link, the sale is credited to you, as long as they did not click another creator's link for this campaign after yours (the last click counts). If they type your code MAYA15 at checkout, the sale is yours too, even without a click.",
    );
    expect(windowWords({ days: 1, contract: null }, [])).toContain("within 1 day after");
    expect(windowWords({ days: 45, contract: "contract v3" }, [])).toContain("within 45 days (your contract v3) after");
    expect(priorityWords("coupon")).toContain("the code wins");
  });
});
