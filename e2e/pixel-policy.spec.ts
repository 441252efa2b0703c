import { prisma } from "../lib/db/prisma";
import { addMerchantKeys, pixelHit, signedPost } from "../test/support/postback";
import { expect, login, signedIn, test } from "./fixtures";

test("an owner chooses what pixel-only commissions wait for; the choice is audited and a manager cannot make it", async ({ page, browser, ws }) => {
  await addMerchantKeys(ws.id, ws.merchantId);
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/merchants");
  const control = page.getByRole("region", { name: "Pixel-only sales for Test Store" });
  // a merchant with server credentials holds them by default
  await expect(control.getByTestId("pixel-policy-in-force")).toContainText("held until");

  await control.getByRole("combobox").selectOption("approve_after_hold");
  await control.getByRole("button", { name: "Save pixel policy" }).click();
  await expect(control.getByTestId("pixel-policy-in-force")).toContainText("approved after the holding period");
  expect((await prisma.merchant.findUniqueOrThrow({ where: { id: ws.merchantId } })).pixelSalesPolicy).toBe("approve_after_hold");
  const [entry] = await prisma.auditLog.findMany({ where: { workspaceId: ws.id, action: "merchant.pixel_sales_policy_set" } });
  expect(entry).toMatchObject({ actorId: ws.owner.id, entityId: ws.merchantId, before: { pixelSalesPolicy: null }, after: { pixelSalesPolicy: "approve_after_hold" } });

  const manager = await signedIn(browser, ws.manager);
  const refused = await manager.request.post(`/api/merchants/${ws.merchantId}/pixel-sales-policy`, { data: { policy: null } });
  expect(refused.status()).toBe(403);
  expect((await prisma.merchant.findUniqueOrThrow({ where: { id: ws.merchantId } })).pixelSalesPolicy).toBe("approve_after_hold");
});

test("the conversions page and the creator's earnings show which sales only the pixel reported, until the server confirms", async ({ page, browser, baseURL, ws }) => {
  const keys = await addMerchantKeys(ws.id, ws.merchantId);
  const orderId = `PXO-${ws.tag}`;
  expect((await pixelHit(baseURL!, `pk_${ws.tag}`, { order_id: orderId, amount: 4200, currency: "USD", coupon: ws.creators[0].couponCode })).status).toBe(200);

  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/conversions");
  const row = page.getByRole("row").filter({ hasText: orderId });
  await expect(row.getByTestId("pixel-only")).toBeVisible();

  const creator = await signedIn(browser, ws.creators[0]);
  await creator.goto("/portal/earnings");
  await expect(creator.getByTestId("pixel-only")).toBeVisible();
  await expect(creator.getByTestId("portal-commission-note")).toContainText("pixel-only sale");

  expect((await signedPost(baseURL!, ws.merchantId, keys.current, { order_id: orderId, amount: 4200, currency: "USD", coupon: ws.creators[0].couponCode })).status).toBe(201);
  await page.reload();
  await expect(row).toContainText("confirming a pixel report");
  await expect(row.getByTestId("pixel-only")).toHaveCount(0);
});
