// Merchant setup against the test database: domain and origin validation,
// the audited settings edit (confirming before live links break), the setup
// checklist, the integration examples (never a secret), and the sandbox
// tester, which records a TEST conversion through the real postback handler
// and never a live one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import { merchantChecklist } from "@/lib/merchants/checklist";
import { createSigningSecret } from "@/lib/merchants/credentials";
import { integrationExamples } from "@/lib/merchants/examples";
import { merchantSettingsSchema, sandboxSchema } from "@/lib/merchants/schema";
import { saveMerchantSettings } from "@/lib/merchants/settings";
import { runSandbox } from "@/lib/sandbox/run";
import { actorsOf, refusal } from "../support/actors";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { placeClick } from "../support/postback";

// secrets are sealed under the app key; npm test provides one, a bare vitest run may not
process.env.ENCRYPTION_KEY ??= "merchant-setup-test-key";
const ORIGIN = "http://127.0.0.1:9";
let ws: TestWorkspace;
let owner: AuthContext;
let manager: AuthContext;

beforeAll(async () => {
  ws = await createTestWorkspace();
  ({ owner, manager } = await actorsOf(ws));
});
afterAll(async () => {
  await prisma.reviewItem.deleteMany({ where: { workspaceId: ws.id } });
  await deleteTestWorkspace(ws);
});

describe("domains and pixel origins", () => {
  it.each([
    ["https://shop.example", "allowedDomains.0"],
    ["shop.example/path", "allowedDomains.0"],
    ["shop.example:8443", "allowedDomains.0"],
    ["*.", "allowedDomains.0"],
    ["shop", "allowedDomains.0"],
  ])("refuses the domain %s, naming %s", (domain, path) => {
    const r = merchantSettingsSchema.safeParse({ allowedDomains: [domain], pixelAllowedOrigins: [] });
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it.each([["shop.example"], ["http://shop.example"], ["https://shop.example/checkout"], ["https://user:pw@shop.example"]])("refuses the pixel origin %s", (o) => {
    const r = merchantSettingsSchema.safeParse({ allowedDomains: ["shop.example"], pixelAllowedOrigins: [o] });
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain("pixelAllowedOrigins.0");
  });

  it("accepts hosts, wildcards and origins, lowercasing hosts; refuses an empty domain list and duplicates", () => {
    expect(merchantSettingsSchema.parse({ allowedDomains: ["Shop.Example", "*.cdn.shop.example"], pixelAllowedOrigins: ["https://shop.example", "http://localhost:3000"] })).toEqual({
      allowedDomains: ["shop.example", "*.cdn.shop.example"],
      pixelAllowedOrigins: ["https://shop.example", "http://localhost:3000"],
      confirm: false,
    });
    expect(merchantSettingsSchema.safeParse({ allowedDomains: [], pixelAllowedOrigins: [] }).success).toBe(false);
    expect(merchantSettingsSchema.safeParse({ allowedDomains: ["a.example", "a.example"], pixelAllowedOrigins: [] }).success).toBe(false);
  });

  it("saves (audited), and removing a domain live links use needs a confirmation", async () => {
    const added = await saveMerchantSettings(owner, ws.merchantId, merchantSettingsSchema.parse({ allowedDomains: ["shop.example", "www.shop.example"], pixelAllowedOrigins: ["https://shop.example"] }));
    expect(added.linksBroken).toBe(0);
    const e = await refusal(saveMerchantSettings(owner, ws.merchantId, merchantSettingsSchema.parse({ allowedDomains: ["www.shop.example"], pixelAllowedOrigins: [] })));
    expect(e.status).toBe(409);
    expect(e.message).toContain("2 live link(s)");
    expect((await prisma.merchant.findUniqueOrThrow({ where: { id: ws.merchantId } })).allowedDomains).toEqual(["shop.example", "www.shop.example"]);
    const audits = await prisma.auditLog.findMany({ where: { workspaceId: ws.id, action: "merchant.settings_saved" } });
    expect(audits).toHaveLength(1);
    expect(audits[0].before).toMatchObject({ allowedDomains: ["shop.example"] });
    await saveMerchantSettings(owner, ws.merchantId, merchantSettingsSchema.parse({ allowedDomains: ["shop.example"], pixelAllowedOrigins: [] }));
  });

  it("another workspace's merchant is not found", async () => {
    const other = await createTestWorkspace();
    try {
      expect((await refusal(saveMerchantSettings(owner, other.merchantId, merchantSettingsSchema.parse({ allowedDomains: ["x.example"], pixelAllowedOrigins: [] })))).status).toBe(404);
    } finally {
      await deleteTestWorkspace(other);
    }
  });
});

describe("sandbox tester", () => {
  it("a manager without a test secret is told to ask an owner; nothing is sent", async () => {
    const e = await refusal(runSandbox(manager, ws.merchantId, sandboxSchema.parse({ kind: "coupon", value: ws.creators[0].couponCode, amountMinor: 4999 }), ORIGIN));
    expect(e.status).toBe(409);
    expect(await prisma.postbackLog.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("an owner's run makes a test secret, records a TEST conversion by coupon and shows the reason and the log line", async () => {
    const r = await runSandbox(owner, ws.merchantId, sandboxSchema.parse({ kind: "coupon", value: ws.creators[0].couponCode, amountMinor: 4999 }), ORIGIN);
    expect(r.status).toBe(201);
    expect(r.testSecretMade).toBe(true);
    expect(r.answer).toMatchObject({ test: true, attribution: { method: "coupon", creatorId: ws.creators[0].creatorId } });
    expect((r.answer as { attribution: { reason: string } }).attribution.reason).toMatch(/code/i);
    expect(r.log).toMatchObject({ verdict: "accepted", isTest: true, httpStatus: 201 });
    const conversion = await prisma.conversion.findUniqueOrThrow({ where: { id: (r.answer as { id: string }).id }, include: { commissions: true } });
    expect(conversion.isTest).toBe(true);
    expect(conversion.commissions.every((c) => c.isTest)).toBe(true);
    expect(await prisma.conversion.count({ where: { workspaceId: ws.id, isTest: false } })).toBe(0);
    // the secret stays on the server
    expect(JSON.stringify(r)).not.toContain("whsec_");
  });

  it("by link: uses the link's latest click; without a click it says how to make one", async () => {
    const none = await refusal(runSandbox(manager, ws.merchantId, sandboxSchema.parse({ kind: "link", value: ws.creators[1].linkCode, amountMinor: 1000 }), ORIGIN));
    expect(none.extra.errors?.[0]).toMatchObject({ path: "value", message: expect.stringContaining(`/r/${ws.creators[1].linkCode}`) });
    const link = await prisma.trackingLink.findUniqueOrThrow({ where: { code: ws.creators[1].linkCode } });
    await placeClick(ws, { linkId: link.id, creatorId: link.creatorId, campaignId: link.campaignId }, new Date(Date.now() - 2 * 86_400_000), { placement: "bio" });
    const r = await runSandbox(manager, ws.merchantId, sandboxSchema.parse({ kind: "link", value: ws.creators[1].linkCode, amountMinor: 1000 }), ORIGIN);
    expect(r.answer).toMatchObject({ test: true, attribution: { method: "click", creatorId: ws.creators[1].creatorId, reason: "clicked your bio link 2 days before the order" } });
  });

  it("an unknown coupon is still a test order, with the reason nobody was credited", async () => {
    const r = await runSandbox(owner, ws.merchantId, sandboxSchema.parse({ kind: "coupon", value: "NOPE123", amountMinor: 500 }), ORIGIN);
    expect(r.answer).toMatchObject({ test: true, attribution: { method: "none" } });
    expect((r.answer as { attribution: { reason: string } }).attribution.reason).toContain("NOPE123");
  });

  it("refuses a non-integer amount naming the field", () => {
    expect(sandboxSchema.safeParse({ kind: "coupon", value: "X", amountMinor: 49.99 }).error?.issues[0].path).toEqual(["amountMinor"]);
  });
});

describe("checklist and examples", () => {
  it("reflects secrets, sandbox runs and the last error", async () => {
    const before = await merchantChecklist(ws.id, ws.merchantId, false);
    expect(before.steps.find((s) => s.key === "credentials")?.done).toBe(false);
    expect(before.steps.find((s) => s.key === "sandbox")?.done).toBe(true);
    expect(before.steps.find((s) => s.key === "live_postback")?.done).toBe(false);
    await createSigningSecret(owner, ws.merchantId, { test: false });
    await prisma.postbackLog.create({ data: { id: `pbl_${ws.tag}`, workspaceId: ws.id, merchantId: ws.merchantId, channel: "post", httpStatus: 401, verdict: "rejected", reason: "signature rejected" } });
    const after = await merchantChecklist(ws.id, ws.merchantId, false);
    expect(after.steps.find((s) => s.key === "credentials")?.done).toBe(true);
    expect(after.lastError).toMatchObject({ httpStatus: 401, reason: "signature rejected" });
  });

  it("fills in the merchant's ids and only placeholders for secrets", () => {
    const ex = integrationExamples({ origin: "https://ledger.example", merchantId: ws.merchantId, pixelKey: `pk_${ws.tag}`, currency: "USD", sampleCoupon: null });
    expect(ex.curl).toContain(`https://ledger.example/api/postback/${ws.merchantId}`);
    expect(ex.curl).toContain("$SECRET");
    expect(ex.node).toContain("standardwebhooks");
    expect(ex.get).toContain("token=$TOKEN");
    expect(ex.pixel).toContain(`key=pk_${ws.tag}`);
    expect(Object.values(ex).join("\n")).not.toMatch(/whsec_[A-Za-z0-9+/]{8}|gtk_[A-Za-z0-9_-]{8}/);
  });
});
