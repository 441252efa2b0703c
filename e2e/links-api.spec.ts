import { prisma } from "../lib/db/prisma";
import { expect, login, signedIn, test } from "./fixtures";

test("links are saved only with allow-listed https destinations; a bad one writes nothing", async ({ page, ws }) => {
  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  const campaign = await prisma.campaign.create({ data: { id: `cmp_e2e_${ws.tag}`, workspaceId: ws.id, name: "E2E", utmCampaign: `e2e-${ws.tag}`, startsAt: new Date(), commissionType: "percent", commissionBps: 500, currency: "USD" } });
  const base = { creatorId: ws.creators[0].creatorId, campaignId: campaign.id, merchantId: ws.merchantId };
  for (const destinationUrl of ["https://shop.example.evil.example/x", "https://shop.example@evil.example/", "http://shop.example/x", "javascript:alert(1)"]) {
    const res = await page.request.post("/api/links", { data: { ...base, destinationUrl } });
    expect(res.status(), destinationUrl).toBe(422);
    const problem = await res.json();
    expect(problem.errors[0].path).toBe("destinationUrl");
  }
  expect(await prisma.trackingLink.count({ where: { campaignId: campaign.id } })).toBe(0);
  expect((await page.request.post("/api/links", { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } })).status()).toBe(400);

  const created = await page.request.post("/api/links", { data: { ...base, destinationUrl: "https://shop.example/new?ref=1" } });
  expect(created.status()).toBe(201);
  const { link } = await created.json();
  const first = await page.request.get(`/r/${link.code}/reel`, { maxRedirects: 0 });
  expect(first.status()).toBe(302);
  expect(first.headers().location).toMatch(/^https:\/\/shop\.example\/new\?ref=1&utm_source=/);

  // a disable is live within 5 s (link cache lifetime 4 s)
  expect((await page.request.patch(`/api/links/${link.id}`, { data: { disabled: true } })).status()).toBe(200);
  await expect.poll(async () => (await page.request.get(`/r/${link.code}`, { maxRedirects: 0 })).status(), { timeout: 5_000 }).toBe(404);
  const log = await prisma.auditLog.findMany({ where: { workspaceId: ws.id, entityId: link.id }, orderBy: { createdAt: "asc" } });
  expect(log.map((l) => l.action)).toEqual(["link.created", "link.updated"]);
});

test("analysts and creators cannot write links", async ({ browser, ws }) => {
  for (const who of [ws.analyst, ws.creators[0]]) {
    const page = await signedIn(browser, who);
    const res = await page.request.post("/api/links", { data: { creatorId: ws.creators[0].creatorId, campaignId: ws.campaignId, merchantId: ws.merchantId, destinationUrl: "https://shop.example/x" } });
    expect(res.status(), who.email).toBe(403);
  }
});
