import { expect, login, test } from "./fixtures";

const fmt = (n: number) => new Intl.NumberFormat("en-US").format(n);

test("owner signs in, lands in /app and sees the workspace's numbers", async ({ page, ws }) => {
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByTestId("workspace-name")).toHaveText(ws.name);
  const clicks = ws.creators[0].clicks + ws.creators[1].clicks;
  await expect(page.getByTestId("kpi-clicks-value")).toHaveText(fmt(clicks));
  await expect(page.getByTestId("kpi-conversions-value")).toHaveText(fmt(ws.creators[0].conversions + ws.creators[1].conversions));
  await expect(page.getByRole("link", { name: "Merchants" })).toBeVisible();
});

test("creator signs in and lands in /portal with only their own numbers", async ({ page, ws }) => {
  const [alice] = ws.creators;
  await login(page, alice);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByTestId("stat-clicks")).toHaveText(fmt(alice.clicks));
});

test("a creator is refused brand pages and brand APIs", async ({ page, ws }) => {
  await login(page, ws.creators[0]);
  await expect(page).toHaveURL(/\/portal$/);
  for (const path of ["/app", "/app/creators", "/app/merchants"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
  }
  for (const path of ["/api/creators", "/api/metrics/overview"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(403);
    expect(res.headers()["content-type"]).toContain("application/problem+json");
    expect((await res.json()).status).toBe(403);
  }
});

test("roles come from the permission table: analyst reads, but not merchants", async ({ page, ws }) => {
  await login(page, ws.analyst);
  await expect(page).toHaveURL(/\/app$/);
  const res = await page.request.get("/api/creators");
  expect(res.status()).toBe(200);
  const names = (await res.json()).creators.map((c: { name: string }) => c.name).sort();
  expect(names).toEqual(ws.creators.map((c) => c.name).sort());
  await expect(page.getByRole("link", { name: "Merchants" })).toHaveCount(0);
  expect((await page.goto("/app/merchants"))?.status()).toBe(403);
});

test("a wrong password and an unknown email get the same error, and no session", async ({ page, ws }) => {
  await login(page, { email: ws.owner.email, password: "wrong password" });
  const alert = page.locator("form").getByRole("alert");
  await expect(alert).toHaveText("That email and password do not match an account.");
  await login(page, { email: `nobody-${ws.tag}@example.test`, password: "whatever" });
  await expect(page.locator("form").getByRole("alert")).toHaveText("That email and password do not match an account.");
  expect((await page.request.get("/api/creators")).status()).toBe(401);
});

test("signed-out visitors are sent to the login page and keep no open redirect", async ({ page }) => {
  await page.goto("/app/creators");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fapp%2Fcreators/);
  const res = await page.request.get("/api/metrics/overview");
  expect(res.status()).toBe(401);
  expect((await res.json()).title).toBe("Authentication required");
});

test("pages render under the CSP: no violations while signing in and viewing the dashboard", async ({ page, ws }) => {
  const violations: string[] = [];
  page.on("console", (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
  const res = await page.goto("/login");
  expect(res?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByTestId("kpi-clicks-value")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("signing out ends the session: a copy of the old cookie is refused", async ({ page, browser, ws }) => {
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const other = await thief.newPage();
  await other.goto("/app");
  await expect(other).toHaveURL(/\/login\?callbackUrl=%2Fapp/);
  expect((await other.request.get("/api/creators")).status()).toBe(401);
  await thief.close();
});
