// Attribution never credits an invalid click (lib/tracking/invalid-clicks.ts):
// a bot's, or a repeat of the same visitor's click on the same link within
// 60 s. The order falls back to the coupon, or credits nobody, and says why.
import { afterAll, beforeAll, expect, it } from "vitest";
import { attribute } from "@/lib/attribution/attribute";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { placeClick } from "../support/postback";

let ws: TestWorkspace;
let first: string;
let repeat: string;
let later: string;
let bot: string;
const t0 = Date.now() - 3_600_000;

beforeAll(async () => {
  ws = await createTestWorkspace();
  const link = await prisma.trackingLink.findUniqueOrThrow({ where: { code: ws.creators[0].linkCode } });
  const ref = { linkId: link.id, creatorId: link.creatorId, campaignId: link.campaignId };
  // one visitor (one IP hash) throughout
  const ipHash = "ab".repeat(16);
  first = await placeClick(ws, ref, new Date(t0), { ipHash });
  repeat = await placeClick(ws, ref, new Date(t0 + 20_000), { ipHash });
  later = await placeClick(ws, ref, new Date(t0 + 30 * 60_000), { ipHash });
  bot = await placeClick(ws, ref, new Date(t0 + 60 * 60_000 - 5000), { isBot: true, ipHash });
});
afterAll(() => deleteTestWorkspace(ws));

const at = new Date();

it("credits a valid click, and the same visitor's click half an hour later", async () => {
  expect((await attribute({ workspaceId: ws.id, clickId: first, occurredAt: at })).attribution.method).toBe("click");
  expect((await attribute({ workspaceId: ws.id, clickId: later, occurredAt: at })).attribution.method).toBe("click");
});

it("never credits a repeat within 60 s or a bot, and says why", async () => {
  const r = await attribute({ workspaceId: ws.id, clickId: repeat, occurredAt: at });
  expect(r.attribution).toMatchObject({ method: "none", creatorId: null });
  expect(r.attribution.reason).toContain("within 60 seconds");
  const b = await attribute({ workspaceId: ws.id, clickId: bot, occurredAt: at });
  expect(b.attribution.reason).toContain("bot");
  const withCoupon = await attribute({ workspaceId: ws.id, clickId: repeat, coupon: ws.creators[1].couponCode, occurredAt: at });
  expect(withCoupon.attribution).toMatchObject({ method: "coupon", creatorId: ws.creators[1].creatorId });
});
