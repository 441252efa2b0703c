import { expect, login, test } from "./fixtures";

// A creator sees their own links, codes and numbers, never another creator's,
// in the page and in the API.
for (const who of [0, 1] as const) {
  test(`creator ${who === 0 ? "A" : "B"} sees only their own links, codes and totals`, async ({ page, ws }) => {
    const me = ws.creators[who];
    const other = ws.creators[1 - who];
    await login(page, me);
    await expect(page).toHaveURL(/\/portal$/);

    await page.goto("/portal/links");
    await expect(page.getByTestId("portal-link-code")).toHaveText([`/r/${me.linkCode}`]);
    await expect(page.getByTestId("portal-coupon-code")).toHaveText([me.couponCode]);
    await expect(page.getByText(other.linkCode)).toHaveCount(0);
    await expect(page.getByText(other.couponCode)).toHaveCount(0);

    const res = await page.request.get("/api/portal/summary");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.links.map((l: { code: string }) => l.code)).toEqual([me.linkCode]);
    expect(body.coupons.map((c: { code: string }) => c.code)).toEqual([me.couponCode]);
    expect(body.totals.clicks).toBe(me.clicks);
    expect(body.totals.netRevenueMinor).toBe(me.revenueMinor); // no refunds: net = gross
  });
}

test("brand users cannot use the creator portal API", async ({ page, ws }) => {
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  expect((await page.request.get("/api/portal/summary")).status()).toBe(403);
});
