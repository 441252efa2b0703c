import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, keepScreenshot, login, pickCreator, signedIn, test } from "./fixtures";

/** No serious or critical accessibility violation on the page as it stands. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

// The manager's provisioning story: a campaign, a link with its placement
// variants (copied, QR downloaded) and a code, then the creator's view of them.
test("a manager creates a campaign, a link and a code; the creator sees them in the portal", async ({ page, ws, browser }) => {
  test.setTimeout(240_000); // the whole story, including two waits on the link cache's lifetime and three axe passes (the campaigns list and the portal's links are in the accessibility walk)
  const shot = keepScreenshot;
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  const campaign = `Spring ${ws.tag}`;

  await page.goto("/app/campaigns");
  const form = page.getByRole("form", { name: "New campaign" });
  await form.getByLabel("Name", { exact: true }).fill(campaign);
  await form.getByLabel("UTM campaign value").fill(`Spring Launch`);
  await form.getByLabel("Percent").fill("12.5");
  await form.getByRole("button", { name: "Create campaign" }).click();
  // the slug rule is named next to its field, and nothing is created
  await expect(form.getByText("Use lowercase letters, digits and single hyphens, e.g. spring-launch.", { exact: true })).toBeVisible();
  await expect(form.getByText("Not saved: check the fields marked above.")).toBeVisible();
  await form.getByLabel("UTM campaign value").fill(`spring-${ws.tag}`);
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect(form.getByRole("status")).toHaveText("Campaign created.");
  await expect(page.getByRole("link", { name: campaign })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(campaign) })).toContainText("12.5% of each sale");
  await shot(page, "campaigns");

  // a terms change is a new version; the page says earlier orders keep theirs
  await page.getByRole("link", { name: campaign }).click();
  const edit = page.getByRole("form", { name: "Edit campaign" });
  await expect(edit.getByText("Changes apply to orders from now; earlier orders keep the terms in force when they happened.")).toBeVisible();
  await edit.getByLabel("Percent").fill("15");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved: terms version 2.");
  await expect(page.getByRole("row", { name: /^2 / })).toContainText("15% of each sale");
  await expect(page.getByRole("row", { name: /^1 / })).toContainText("12.5% of each sale");
  await shot(page, "campaign-versions");
  await expectAccessible(page);

  await page.goto("/app/links");
  const linkForm = page.getByRole("form", { name: "New link" });
  // the creator picker asks the server as the user types, a few at a time (never a list of every creator), and works from the keyboard
  const picker = linkForm.getByRole("combobox", { name: "Creator", exact: true });
  const searched = page.waitForRequest((r) => /\/api\/creators\?/.test(r.url()) && new URL(r.url()).searchParams.get("q") === ws.tag);
  await picker.fill(ws.tag);
  expect(new URL((await searched).url()).searchParams.get("limit")).toBe("8");
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  await expect(linkForm.getByRole("listbox", { name: "Creator suggestions" }).getByRole("option")).toHaveText([ws.creators[0].name, ws.creators[1].name]);
  await expect(linkForm.getByText("2 creators match.")).toBeVisible();
  await expectAccessible(page);
  await picker.press("ArrowDown");
  await picker.press("ArrowDown");
  await expect(linkForm.getByRole("option", { name: ws.creators[1].name })).toHaveAttribute("aria-selected", "true");
  await expect(picker).toHaveAttribute("aria-activedescendant", /.+/);
  await picker.press("ArrowUp");
  await picker.press("Enter");
  await expect(picker).toHaveValue(ws.creators[0].name);
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await picker.fill("nobody by this name");
  await expect(linkForm.getByText("No creator matches.")).toBeVisible();
  await picker.press("Escape");
  await expect(picker).toHaveAttribute("aria-expanded", "false");
  await pickCreator(linkForm, "Creator", ws.creators[0].name);
  await linkForm.getByLabel("Campaign").selectOption({ label: campaign });
  await linkForm.getByLabel("Destination URL").fill("http://shop.example/spring");
  await expect(linkForm.getByText("The destination must use https.")).toBeVisible();
  await linkForm.getByLabel("Destination URL").fill("https://evil.example/spring");
  await expect(linkForm.getByText("is not on the merchant's allow-listed domains (shop.example)")).toBeVisible();
  await linkForm.getByLabel("Destination URL").fill("https://shop.example/spring");
  await expect(linkForm.getByText("Allowed destination.")).toBeVisible();
  await linkForm.getByRole("button", { name: "Create link" }).click();
  await expect(linkForm.getByRole("status").filter({ hasText: "created with 8 variants" })).toBeVisible();

  const row = page.getByRole("listitem").filter({ hasText: campaign }).filter({ hasText: ws.creators[0].name }).first();
  await row.getByText("Variants, copy and QR codes").click();
  const story = row.getByTestId("variant-story");
  const storyUrl = (await story.locator("code").textContent())!;
  expect(storyUrl).toMatch(/\/r\/[a-z0-9]{7}\/story$/);
  await story.getByRole("button", { name: /^Copy Story link/ }).click();
  await expect(story.getByRole("button", { name: /^Copy Story link/ })).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(storyUrl);

  await shot(page, "links");
  await expectAccessible(page);
  const download = page.waitForEvent("download");
  await story.getByRole("link", { name: /^QR code SVG, Story/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^qr-[a-z0-9]{7}-story\.svg$/);
  expect(await readFile((await file.path())!, "utf8")).toContain("<svg");

  // disable from the list: the redirect answers 404 within the link cache's lifetime, and enable brings it back
  const path = new URL(storyUrl).pathname;
  expect((await page.request.get(path, { maxRedirects: 0 })).status()).toBe(302);
  await row.getByRole("button", { name: /^Disable link/ }).click();
  await expect(row.getByText("disabled", { exact: true })).toBeVisible();
  await expect.poll(async () => (await page.request.get(path, { maxRedirects: 0 })).status(), { timeout: 6_000 }).toBe(404);
  await row.getByRole("button", { name: /^Enable link/ }).click();
  await expect(row.getByText("live", { exact: true })).toBeVisible();
  await expect.poll(async () => (await page.request.get(path, { maxRedirects: 0 })).status(), { timeout: 6_000 }).toBe(302);

  const couponForm = page.getByRole("form", { name: "New coupon code" });
  await pickCreator(couponForm, "Code creator", ws.creators[0].name);
  await couponForm.getByLabel("Code campaign").selectOption({ label: campaign });
  await couponForm.getByLabel("Discount number").fill("15");
  await expect(couponForm.getByTestId("coupon-preview")).toHaveText("CREATORALICE15");
  await couponForm.getByRole("button", { name: "Create code" }).click();
  await expect(couponForm.getByRole("status").filter({ hasText: "Code CREATORALICE15 created." })).toBeVisible();
  // the same code again, typed in lower case, is named as taken
  await couponForm.getByLabel("Type it").check();
  await couponForm.getByLabel("Code", { exact: true }).fill("creatoralice15");
  await couponForm.getByRole("button", { name: "Create code" }).click();
  await expect(couponForm.getByText(`CREATORALICE15 is already ${ws.creators[0].name}'s code for ${campaign}.`)).toBeVisible();

  const creator = await signedIn(browser, ws.creators[0]);
  await creator.goto("/portal/links");
  await expect(creator.getByRole("heading", { name: new RegExp(campaign) })).toBeVisible();
  await expect(creator.getByText(storyUrl, { exact: true })).toBeVisible();
  await expect(creator.getByTestId("portal-coupon-code")).toContainText(["CREATORALICE15"]);
  await expect(creator.getByText(ws.creators[1].couponCode)).toHaveCount(0);
  await shot(creator, "portal-links");
  const svg = await creator.request.get(`${(await story.getByRole("link", { name: /^QR code SVG/ }).getAttribute("href"))!.replace("/api/qr/", "/api/qr/mine/")}`);
  expect(svg.status()).toBe(200);

  // the other creator sees none of it
  const other = await signedIn(browser, ws.creators[1]);
  await other.goto("/portal/links");
  await expect(other.getByText(storyUrl)).toHaveCount(0);
  await expect(other.getByText("CREATORALICE15")).toHaveCount(0);

  // the list's creator filter is the same picker; the choice stays in the URL and is shown again after the reload
  const filter = page.getByRole("form", { name: "Filter links and codes" });
  await pickCreator(filter, "Creator", ws.creators[1].name);
  await filter.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`creator=${ws.creators[1].creatorId}`));
  await expect(filter.getByRole("combobox", { name: "Creator", exact: true })).toHaveValue(ws.creators[1].name);
  await expect(page.getByRole("listitem").filter({ hasText: campaign })).toHaveCount(0);
});

test("an analyst sees campaigns and links but no form to change them", async ({ browser, ws }) => {
  const page = await signedIn(browser, ws.analyst);
  await page.goto("/app/campaigns");
  await expect(page.getByRole("heading", { name: "Campaigns" })).toBeVisible();
  await expect(page.getByRole("form", { name: "New campaign" })).toHaveCount(0);
  await page.goto("/app/links");
  await expect(page.getByRole("form", { name: "New link" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Disable/ })).toHaveCount(0);
});

test("a creator is refused the campaign and link pages", async ({ browser, ws }) => {
  const page = await signedIn(browser, ws.creators[0]);
  for (const path of ["/app/campaigns", "/app/links", `/app/campaigns/${ws.campaignId}`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
  }
});
