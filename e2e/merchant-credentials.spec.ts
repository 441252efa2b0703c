import type { APIRequestContext } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { prisma } from "../lib/db/prisma";
import { addMerchantKeys } from "../test/support/postback";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../test/support/factory";
import { expect, login, signedIn, test } from "./fixtures";

let n = 0;
/** A signed postback exactly as a merchant using the standardwebhooks package sends it. */
function postSigned(request: APIRequestContext, ws: TestWorkspace, secret: string, extra: Record<string, unknown> = {}) {
  const body = JSON.stringify({ event: "sale", order_id: `cred-${ws.tag}-${++n}`, amount: 2500, currency: "USD", coupon: ws.creators[0].couponCode, ...extra });
  const id = `msg_${ws.tag}_${n}`;
  const now = new Date();
  return request.post(`/api/postback/${ws.merchantId}`, {
    data: Buffer.from(body),
    headers: { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(Math.floor(now.getTime() / 1000)), "webhook-signature": new Webhook(secret).sign(id, now, body) },
  });
}

test("an owner makes a signing secret, a merchant's signed postback is accepted with it, and revoking it stops it", async ({ page, ws }) => {
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await page.getByRole("link", { name: "Merchants" }).click();
  const credentials = page.getByRole("region", { name: "Postback credentials for Test Store" });

  await credentials.getByRole("button", { name: "New signing secret" }).click();
  const secret = (await credentials.getByTestId("new-credential").textContent())!;
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  expect((await postSigned(page.request, ws, secret)).status()).toBe(201);

  await credentials.getByRole("button", { name: "New test secret" }).click();
  await expect(credentials.getByTestId("new-credential")).not.toHaveText(secret);
  const testSecret = (await credentials.getByTestId("new-credential").textContent())!;
  const sandbox = await postSigned(page.request, ws, testSecret);
  expect(sandbox.status()).toBe(201);
  expect((await sandbox.json()).test).toBe(true);

  await credentials.getByRole("button", { name: `Revoke ${secret.slice(0, 10)}…` }).click();
  await credentials.getByRole("button", { name: `Confirm revoke ${secret.slice(0, 10)}…` }).click();
  await expect(credentials.getByRole("button", { name: `Revoke ${secret.slice(0, 10)}…` })).toHaveCount(0);
  // the instance that revoked it forgets it at once
  const refused = await postSigned(page.request, ws, secret);
  expect(refused.status()).toBe(401);

  const audits = await prisma.auditLog.findMany({ where: { workspaceId: ws.id, action: { startsWith: "merchant_secret." } } });
  expect(audits.map((a) => a.action).sort()).toEqual(["merchant_secret.created", "merchant_secret.created", "merchant_secret.revoked"]);
  expect(JSON.stringify(audits)).not.toContain(secret.slice(10));
  expect(JSON.stringify(await prisma.merchantSecret.findMany({ where: { merchantId: ws.merchantId } }))).not.toContain(secret.slice(10));
});

test("a new GET token replaces the old one", async ({ page, ws }) => {
  const { getToken: old } = await addMerchantKeys(ws.id, ws.merchantId);
  const get = (token: string) => page.request.get(`/api/postback/${ws.merchantId}?token=${encodeURIComponent(token)}&order_id=get-${ws.tag}-${++n}&amount=1500&currency=USD&coupon=${ws.creators[0].couponCode}`);
  expect((await get(old)).status()).toBe(201);
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/merchants");
  await page.getByRole("button", { name: "New GET token" }).click();
  const token = (await page.getByTestId("new-credential").textContent())!;
  expect(token).toMatch(/^gtk_/);
  expect((await get(token)).status()).toBe(201);
  expect((await get(old)).status()).toBe(401);
});

test("only owners manage credentials, and only their own workspace's", async ({ page, browser, ws }) => {
  const other = await createTestWorkspace();
  try {
    await login(page, ws.manager);
    await expect(page).toHaveURL(/\/app$/);
    await page.goto("/app/merchants");
    await expect(page.getByRole("cell", { name: ws.merchantId })).toBeVisible();
    await expect(page.getByRole("button", { name: "New signing secret" })).toHaveCount(0);
    expect((await page.request.post(`/api/merchants/${ws.merchantId}/secrets`, { data: {} })).status()).toBe(403);

    const owner = await signedIn(browser, ws.owner);
    expect((await owner.request.post(`/api/merchants/${other.merchantId}/secrets`, { data: {} })).status()).toBe(404);
    expect((await owner.request.post(`/api/merchants/${other.merchantId}/get-token`)).status()).toBe(404);
    const bad = await owner.request.post(`/api/merchants/${ws.merchantId}/secrets`, { data: { test: "yes" } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).errors[0].path).toBe("test");
    expect(await prisma.merchantSecret.count({ where: { merchantId: { in: [ws.merchantId, other.merchantId] } } })).toBe(0);
  } finally {
    await deleteTestWorkspace(other);
  }
});
