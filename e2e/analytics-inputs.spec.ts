// The inputs behind cost, CPA, ROAS and CTR, and the window advisor, through
// the UI: a manager records, edits and deletes a cost; enters a post by hand
// and by CSV (preview, save, the same file again changes nothing); and reads
// the attribution window advisor, which also passes axe.
import AxeBuilder from "@axe-core/playwright";
import { prisma } from "../lib/db/prisma";
import { newClickId, newId } from "../lib/ids";
import { expect, login, test } from "./fixtures";

const DAY = 86_400_000;

test("the attribution window advisor shows the delays and what another window would have moved", async ({ page, ws }) => {
  const link = await prisma.trackingLink.findFirstOrThrow({ where: { workspaceId: ws.id, creatorId: ws.creators[0].creatorId } });
  const now = Date.now();
  // delays of 2 hours, 10 days and 20 days (past the 14-day window: credited to nobody, click id kept)
  for (const [i, delay] of [2 * 3_600_000, 10 * DAY, 20 * DAY].entries()) {
    const clickId = newClickId();
    const orderAt = new Date(now - DAY);
    await prisma.click.create({ data: { id: clickId, workspaceId: ws.id, linkId: link.id, creatorId: link.creatorId, campaignId: link.campaignId, placement: "story", occurredAt: new Date(orderAt.getTime() - delay), device: "mobile", ipHash: `${i}`.repeat(32) } });
    const inWindow = delay <= 14 * DAY;
    await prisma.conversion.create({
      data: {
        id: newId("cnv"), workspaceId: ws.id, merchantId: ws.merchantId, orderId: `adv-${ws.tag}-${i}`, event: "sale", amountMinor: 10_000 * (i + 1), currency: "USD", clickId, occurredAt: orderAt,
        attributionMethod: inWindow ? "click" : "none", attributionReason: inWindow ? "clicked your story link" : "the click was 20 days before the order, outside the campaign's 14-day window",
        creatorId: inWindow ? link.creatorId : null, campaignId: inWindow ? link.campaignId : null, linkId: inWindow ? link.id : null, placement: inWindow ? "story" : null,
      },
    });
  }
  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto(`/app/campaigns/${ws.campaignId}`);
  await page.getByRole("link", { name: /attribution window advisor/ }).click();
  await expect(page.getByRole("heading", { name: "Attribution window advisor" })).toBeVisible();
  const capture = page.getByRole("table").nth(1);
  await expect(capture.getByRole("row", { name: /14 days \(current\)/ })).toContainText("66.7%");
  await expect(capture.getByRole("row", { name: /30 days/ })).toContainText("100.0%");

  await page.getByLabel("Custom window (days)").fill("45");
  await page.getByLabel("Period").selectOption("30");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/period=30&custom=45/);
  const changes = page.getByRole("table").nth(2);
  await expect(changes.getByRole("row", { name: /^45 days/ })).toContainText("+$300.00");
  await expect(changes.getByRole("row", { name: /^7 days/ })).toContainText("-$200.00");

  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("a manager records, edits and deletes a creator's cost", async ({ page, ws }) => {
  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  await page.getByRole("link", { name: "Costs" }).click();
  const form = page.getByRole("form", { name: "New cost" });
  await form.getByLabel("Creator").selectOption({ label: ws.creators[1].name });
  await form.getByLabel("Kind").selectOption("gifted_product");
  await form.getByLabel("Amount (USD)").fill("45.50");
  await form.getByLabel("Day it counts on").fill("2026-11-02");
  await form.getByLabel("Note (optional)").fill("Launch kit");
  await form.getByRole("button", { name: "Record cost" }).click();
  await expect(page.getByRole("row", { name: /Launch kit/ })).toContainText("$45.50");
  await expect(page.getByTestId("cost-totals")).toHaveText("Total: Gifted product $45.50");

  const row = page.getByRole("row", { name: /Launch kit/ });
  await row.getByRole("button", { name: /^Edit/ }).click();
  const edit = page.getByRole("form", { name: "Edit cost" });
  await edit.getByLabel("Amount (USD)").fill("60");
  await edit.getByRole("button", { name: "Save cost" }).click();
  await expect(page.getByRole("row", { name: /Launch kit/ })).toContainText("$60.00");
  expect((await prisma.creatorCost.findFirstOrThrow({ where: { workspaceId: ws.id } })).amountMinor).toBe(6_000);

  await page.getByRole("row", { name: /Launch kit/ }).getByRole("button", { name: /^Delete/ }).click();
  await page.getByRole("button", { name: /^Confirm delete/ }).click();
  await expect(page.getByText("No costs recorded yet.")).toBeVisible();
  expect(await prisma.auditLog.count({ where: { workspaceId: ws.id, entityType: "CreatorCost" } })).toBe(3);
});

test("a manager enters a post by hand and uploads a CSV twice: the second upload changes nothing", async ({ page, ws }) => {
  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  await page.getByRole("link", { name: "Content posts" }).click();
  const form = page.getByRole("form", { name: "New content post" });
  await form.getByLabel("Placement").selectOption("story");
  await form.getByLabel("Post address (optional)").fill(`https://www.instagram.com/stories/a/${ws.tag}/`);
  await form.getByLabel("Posted at").fill("2026-11-02T18:00");
  await form.getByLabel("Impressions").fill("12,000");
  await form.getByRole("button", { name: "Save post" }).click();
  await expect(page.getByTestId("posts-total")).toHaveText("1 posts, 12,000 impressions.");

  const csv = `creator,campaign,placement,url,posted_at,impressions\n${ws.creators[1].email},launch-${ws.tag},post,https://www.instagram.com/p/${ws.tag}/,2026-11-03 18:00,9000\n${ws.creators[0].email},launch-${ws.tag},story,https://www.instagram.com/stories/a/${ws.tag}/,2026-11-02 18:00,12500\n`;
  const upload = async () => {
    await page.getByLabel("Posts CSV file").setInputFiles({ name: "posts.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check file" }).click();
  };
  await upload();
  await expect(page.getByTestId("posts-summary")).toHaveText("1 new, 1 to update, 0 unchanged, 0 with problems.");
  await page.getByRole("button", { name: "Save 2 posts" }).click();
  await expect(page.getByTestId("posts-summary")).toHaveText("Saved: 1 new, 1 to update, 0 unchanged, 0 with problems.");
  await expect(page.getByTestId("posts-total")).toHaveText("2 posts, 21,500 impressions.");

  await upload();
  await expect(page.getByTestId("posts-summary")).toHaveText("0 new, 0 to update, 2 unchanged, 0 with problems.");
  await expect(page.getByRole("button", { name: "Nothing to save" })).toBeDisabled();
});
