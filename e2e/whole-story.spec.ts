import type { Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { acceptInvite, expect, inviteCreator, keepScreenshot, login, pickCreator, signedIn, test } from "./fixtures";

// The whole story, end to end, through nothing but the product's pages and
// HTTP endpoints (the fixture's workspace, owner and manager are the only
// starting point): a manager invites a creator, the creator joins and accepts
// the brief and terms, the manager gives them a campaign, a link and a code,
// a shopper clicks the link, the owner tests the integration in the sandbox,
// the merchant's server reports a signed live sale carrying the click, and
// both sides see the sale and why it was credited.

/** A phone's browser: the redirect counts it as a person (Playwright's own headless agent is a bot). */
const PHONE_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

test("invite → portal → campaign, link and code → click → sandbox test → signed live sale → conversions and earnings", async ({ page, browser, baseURL, ws }) => {
  test.setTimeout(180_000);
  let n = 0;
  const shot = (p: Page, name: string) => keepScreenshot(p, `${String(++n).padStart(2, "0")}-${name}`);
  const creatorName = `Nora Story ${ws.tag}`;
  const email = `story-${ws.tag}@example.test`;
  const campaign = `Summer ${ws.tag}`;

  // 1. the manager publishes the disclosure brief creators accept when they join
  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/settings");
  const brief = page.getByRole("form", { name: "Disclosure brief" });
  await brief.getByLabel("Brief title").fill("Disclose every post");
  await brief.getByLabel("Brief text").fill("Start every caption with #ad and tag the brand.");
  await brief.getByRole("button", { name: "Publish as version 1" }).click();
  await expect(brief.getByRole("status")).toContainText("Version 1 published");
  await shot(page, "settings-brief");

  // 2. the manager invites a new creator; the invite link is shown once
  await page.goto("/app/creators");
  await expect(page.getByRole("link", { name: "Import creators from a CSV file" })).toHaveAttribute("href", "/app/creators/import");
  await shot(page, "creators");
  const inviteUrl = await inviteCreator(page, { name: creatorName, email, instagram: "@nora.story" });
  await shot(page, "creator-invited");

  // 3. the creator opens it in a browser of their own, sets a password, accepts brief and terms, lands in the portal
  const creator = await acceptInvite(browser, inviteUrl, { name: creatorName, password: "nora's long passphrase" }, (p) => shot(p, "invite"));
  await shot(creator, "portal");

  // 4. the manager makes a campaign, a link and a coupon code for them
  await page.goto("/app/campaigns");
  const form = page.getByRole("form", { name: "New campaign" });
  await form.getByLabel("Name", { exact: true }).fill(campaign);
  await form.getByLabel("UTM campaign value").fill(`summer-${ws.tag}`);
  await form.getByLabel("Percent").fill("12.5");
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect(form.getByRole("status")).toHaveText("Campaign created.");
  await expect(page.getByRole("row", { name: new RegExp(campaign) })).toContainText("12.5% of each sale");
  await shot(page, "campaigns");

  await page.goto("/app/links");
  const linkForm = page.getByRole("form", { name: "New link" });
  await pickCreator(linkForm, "Creator", creatorName);
  await linkForm.getByLabel("Campaign").selectOption({ label: campaign });
  await linkForm.getByLabel("Destination URL").fill("https://shop.example/summer");
  await expect(linkForm.getByText("Allowed destination.")).toBeVisible();
  await linkForm.getByRole("button", { name: "Create link" }).click();
  await expect(linkForm.getByRole("status").filter({ hasText: "created with" })).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: campaign }).filter({ hasText: creatorName }).first();
  await row.getByText("Variants, copy and QR codes").click();
  const storyUrl = (await row.getByTestId("variant-story").locator("code").textContent())!;
  const [, code] = storyUrl.match(/\/r\/([a-z0-9]{7})\/story$/)!;

  const couponForm = page.getByRole("form", { name: "New coupon code" });
  await pickCreator(couponForm, "Code creator", creatorName);
  await couponForm.getByLabel("Code campaign").selectOption({ label: campaign });
  await couponForm.getByLabel("Discount number").fill("10");
  const coupon = (await couponForm.getByTestId("coupon-preview").textContent())!;
  expect(coupon).toMatch(/^[A-Z0-9]+10$/);
  await couponForm.getByRole("button", { name: "Create code" }).click();
  await expect(couponForm.getByRole("status").filter({ hasText: `Code ${coupon} created.` })).toBeVisible();
  await shot(page, "links");

  // the creator's page leads to their instruction sheet for the campaign
  await page.goto("/app/creators");
  await page.getByRole("link", { name: creatorName }).click();
  await page.getByRole("link", { name: new RegExp(`^${campaign}\\s*: instruction sheet for ${creatorName}$`) }).click();
  await expect(page).toHaveURL(/\/app\/sheets\/[^/]+\/[^/]+$/);
  await expect(page.getByText(storyUrl, { exact: true })).toBeVisible();
  await shot(page, "sheet");

  // the creator sees their link, their code and the way to their instruction sheet
  await creator.goto("/portal/links");
  await expect(creator.getByText(storyUrl, { exact: true })).toBeVisible();
  await expect(creator.getByTestId("portal-coupon-code")).toContainText([coupon]);
  await shot(creator, "portal-links");
  await creator.getByRole("link", { name: new RegExp(`^Instruction sheet\\s+for ${campaign}$`) }).click();
  await expect(creator).toHaveURL(/\/portal\/sheets\/[^/]+$/);
  await expect(creator.getByText(storyUrl, { exact: true })).toBeVisible();
  await expect(creator.getByTestId("sheet-code")).toHaveText(coupon);
  await shot(creator, "portal-sheet");

  // 5. a shopper on a phone clicks the story link: a 302 to the shop carrying the click id
  const redirect = await page.request.get(new URL(storyUrl).pathname, { maxRedirects: 0, headers: { "user-agent": PHONE_UA } });
  expect(redirect.status()).toBe(302);
  const location = new URL(redirect.headers()["location"]);
  expect(location.origin + location.pathname).toBe("https://shop.example/summer");
  const clk = location.searchParams.get("clk")!;
  expect(clk).toMatch(/^[A-Za-z0-9_-]{1,64}$/);

  // 6. the owner tests the integration in the sandbox: a test sale on the link's latest click (the first run makes the test secret)
  const owner = await signedIn(browser, ws.owner);
  await owner.goto("/app/merchants");
  await shot(owner, "merchants");
  await owner.getByRole("link", { name: "Integration guide and sandbox tester for Test Store" }).click();
  const merchantId = (await owner.getByTestId("integration-merchant-id").textContent())!.trim();
  expect(merchantId).toMatch(/^mer_/);
  const tester = owner.getByRole("form", { name: "Sandbox tester" });
  await tester.getByRole("radio", { name: "a link's latest click" }).check();
  await tester.getByLabel("Link", { exact: true }).selectOption(code);
  await tester.getByLabel("Amount (USD)").fill("80.00");
  // the click reaches the database in the redirect's next batch: send again until the tester finds it
  await expect(async () => {
    await tester.getByRole("button", { name: "Send test postback" }).click();
    await expect(tester.getByTestId("sandbox-verdict")).toHaveText("accepted", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(tester.getByTestId("sandbox-reason")).toContainText("clicked your");
  await expect(tester.getByTestId("sandbox-log")).toContainText("201 accepted test");
  await expect(tester.getByText("A test signing secret was made for this merchant")).toBeVisible();
  await shot(owner, "sandbox-tester");

  // 7. the owner makes a live signing secret (shown once), and the merchant's server posts a signed sale carrying the click
  await owner.goto("/app/merchants");
  const credentials = owner.getByRole("region", { name: "Postback credentials for Test Store" });
  await credentials.getByRole("button", { name: "New signing secret" }).click();
  const secret = (await credentials.getByTestId("new-credential").textContent())!;
  expect(secret).toMatch(/^whsec_/);
  await shot(owner, "merchants-secret");
  const orderId = `STORY-${ws.tag}`;
  const raw = JSON.stringify({ event: "sale", order_id: orderId, amount: 8000, currency: "USD", click_id: clk });
  const msgId = `msg_story_${ws.tag}`;
  const now = new Date();
  const sale = await fetch(`${baseURL}/api/postback/${merchantId}`, {
    method: "POST",
    headers: { "content-type": "application/json", "webhook-id": msgId, "webhook-timestamp": String(Math.floor(now.getTime() / 1000)), "webhook-signature": new Webhook(secret).sign(msgId, now, raw) },
    body: raw,
  });
  expect(sale.status).toBe(201);
  const answer = (await sale.json()) as { test?: boolean; attribution?: { method: string; reason: string } };
  expect(answer.test).toBeFalsy();
  expect(answer.attribution?.reason).toContain("clicked your");

  // 8. the conversion is on the brand's conversions page with its reason
  await page.goto("/app/conversions");
  const conversion = page.getByRole("row").filter({ hasText: orderId });
  await expect(conversion).toContainText(/clicked your .*link .*before the order/);
  await expect(conversion).toContainText("$80.00");
  await shot(page, "conversions");

  // 9. and the creator sees it in their earnings, with the same reason
  await creator.goto("/portal/earnings");
  await expect(creator.getByTestId("earning-reason").first()).toContainText("clicked your");
  await expect(creator.getByTestId("portal-commission-amount").first()).toHaveText("$10.00");
  await shot(creator, "portal-earnings");
});
