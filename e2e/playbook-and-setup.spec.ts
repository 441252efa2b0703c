import { prisma } from "../lib/db/prisma";
import { expect, login, signedIn, test } from "./fixtures";

// The UTM playbook, merchant setup and instruction sheets in the browser: an
// owner edits the convention, the linter flags a campaign value and its fix
// clears it, the sandbox tester shows a verdict, and the sheet prints without
// the app's chrome (for the brand and, own rows only, in the portal).

test("an owner edits the convention; the linter flags a bad campaign value and the one-click fix clears it", async ({ page, ws }) => {
  await prisma.campaign.update({ where: { id: ws.campaignId }, data: { utmCampaign: `Launch-${ws.tag}` } });
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await page.getByRole("link", { name: "UTM playbook" }).click();

  const form = page.getByRole("form", { name: "Edit the UTM convention" });
  await form.getByLabel("Allowed mediums").fill("influencer, affiliate, paid-social");
  await form.getByLabel("utm_medium", { exact: true }).fill("tv");
  await form.getByRole("button", { name: "Save convention" }).click();
  await expect(form.getByText("medium-allowed: pick one of the allowed mediums.")).toBeVisible();
  await form.getByLabel("utm_medium", { exact: true }).fill("paid-social");
  await form.getByRole("button", { name: "Save convention" }).click();
  await expect(form.getByRole("status")).toHaveText(/Saved/);
  await expect(page.getByTestId("utm-convention")).toContainText("paid-social");

  // the taxonomy: keys are lowercase; a new one is offered by the builder at once
  const add = page.getByRole("form", { name: "Add a placement" });
  await add.getByLabel("New key").fill("Podcast");
  await add.getByLabel("Label").fill("Podcast");
  await add.getByRole("button", { name: "Add placement" }).click();
  await expect(add.getByText(/Keys are lowercase/)).toBeVisible();
  await add.getByLabel("New key").fill("podcast");
  await add.getByRole("button", { name: "Add placement" }).click();
  await expect(page.getByTestId("placement-podcast")).toBeVisible();

  const row = page.getByTestId("lint-row").filter({ hasText: `Launch-${ws.tag}` });
  await expect(row).toContainText("lowercase");
  await row.getByRole("button", { name: `Fix: lowercase it to "launch-${ws.tag}"` }).click();
  await expect(page.getByTestId("lint-clean")).toBeVisible();
  expect((await prisma.campaign.findUniqueOrThrow({ where: { id: ws.campaignId } })).utmCampaign).toBe(`launch-${ws.tag}`);

  // the builder now makes the creator's story link
  const builder = page.getByRole("form", { name: "URL builder" });
  await builder.getByLabel("Placement (utm_content)").selectOption("story");
  await builder.getByRole("button", { name: "Build URL" }).click();
  await expect(builder.getByTestId("builder-result")).toContainText(/\/r\/[A-Za-z0-9_-]+\/story/);
});

test("a manager reads the playbook but cannot edit it; an analyst cannot use the sandbox tester", async ({ browser, ws }) => {
  const manager = await signedIn(browser, ws.manager);
  await manager.goto("/app/utm");
  await expect(manager.getByRole("heading", { name: "Linter" })).toBeVisible();
  await expect(manager.getByRole("form", { name: "Edit the UTM convention" })).toHaveCount(0);
  const analyst = await signedIn(browser, ws.analyst);
  const res = await analyst.request.post(`/api/sandbox/${ws.merchantId}`, { data: { kind: "coupon", value: ws.creators[0].couponCode, amountMinor: 100 } });
  expect(res.status()).toBe(403);
});

test("the sandbox tester sends a signed test postback and shows the verdict, the reason and the log line", async ({ page, ws }) => {
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/merchants");
  await page.getByRole("link", { name: "Integration guide and sandbox tester for Test Store" }).click();
  await expect(page.getByTestId("integration-merchant-id")).toHaveText(ws.merchantId);
  await expect(page.getByText(`/api/postback/${ws.merchantId}`).first()).toBeVisible();

  const tester = page.getByRole("form", { name: "Sandbox tester" });
  await tester.getByRole("radio", { name: "a coupon code" }).check();
  await tester.getByRole("textbox", { name: "Coupon code" }).fill(ws.creators[0].couponCode);
  await tester.getByLabel("Amount (USD)").fill("49.99");
  await tester.getByRole("button", { name: "Send test postback" }).click();
  await expect(tester.getByTestId("sandbox-verdict")).toHaveText("accepted");
  await expect(tester.getByTestId("sandbox-reason")).toContainText("coupon");
  await expect(tester.getByTestId("sandbox-log")).toContainText("201 accepted test");
  const conversions = await prisma.conversion.findMany({ where: { workspaceId: ws.id } });
  expect(conversions.map((c) => [c.isTest, c.amountMinor])).toEqual([[true, 4999]]);

  await page.goto("/app/merchants");
  await expect(page.getByTestId("check-sandbox")).toHaveAttribute("data-done", "true");

  // domains are host names, validated; removing one live links use needs a confirmation
  const settings = page.getByRole("form", { name: "Domains and pixel origins for Test Store" });
  await settings.getByLabel("Allowed destination domains").fill("https://shop.example/p");
  await settings.getByRole("button", { name: "Save domains and origins" }).click();
  await expect(settings.getByText(/Enter a host name like shop.example/)).toBeVisible();
  await settings.getByLabel("Allowed destination domains").fill("www.shop.example");
  await settings.getByRole("button", { name: "Save domains and origins" }).click();
  await expect(settings.getByRole("alert")).toContainText("2 live link(s) point at a domain you are removing");
  expect((await prisma.merchant.findUniqueOrThrow({ where: { id: ws.merchantId } })).allowedDomains).toEqual(["shop.example"]);
  await settings.getByLabel("Allowed destination domains").fill("shop.example\nwww.shop.example");
  await settings.getByLabel("Pixel origins").fill("https://shop.example");
  await settings.getByRole("button", { name: "Save domains and origins" }).click();
  await expect(settings.getByRole("status")).toHaveText("Saved.");
  expect(await prisma.merchant.findUniqueOrThrow({ where: { id: ws.merchantId }, select: { allowedDomains: true, pixelAllowedOrigins: true } })).toEqual({ allowedDomains: ["shop.example", "www.shop.example"], pixelAllowedOrigins: ["https://shop.example"] });
});

test("the instruction sheet prints without the app's chrome, and a creator sees only their own in the portal", async ({ page, browser, ws }) => {
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await page.getByRole("link", { name: "Instruction sheets" }).click();
  await page.getByRole("link", { name: `Open sheet for ${ws.creators[0].name}` }).click();
  const sheet = page.getByTestId("sheet");
  await expect(sheet.getByTestId("sheet-code")).toHaveText(ws.creators[0].couponCode);
  await expect(sheet.getByTestId("sheet-links")).toContainText(`/r/${ws.creators[0].linkCode}/story`);
  await expect(sheet.getByTestId("sheet-window")).toContainText("within 14 days after clicking your link");

  await page.emulateMedia({ media: "print" });
  await expect(page.locator("aside")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(sheet.getByTestId("sheet-links")).toBeVisible();

  const bob = await signedIn(browser, ws.creators[1]);
  await bob.getByRole("link", { name: "My instruction sheets" }).click();
  await bob.getByRole("link", { name: `Launch ${ws.tag}` }).click();
  await expect(bob.getByTestId("sheet-code")).toHaveText(ws.creators[1].couponCode);
  await expect(bob.getByTestId("sheet")).not.toContainText(ws.creators[0].couponCode);
  await bob.emulateMedia({ media: "print" });
  await expect(bob.locator("aside")).toBeHidden();
});
