// The Review page with real flags: the sentence and the evidence drawn (no
// JSON), one held commission rejected on its own, the item rejected with a
// note, and the creator reading that note in the portal; the thresholds page
// saves an owner's change. Both pages pass axe with content on them.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { prisma } from "../lib/db/prisma";
import type { Flag } from "../lib/fraud/detect";
import type { Evidence } from "../lib/fraud/evidence";
import { raiseItem } from "../lib/fraud/raise";
import { sentenceOf } from "../lib/fraud/sentences";
import { addCommission } from "../test/support/commissions";
import { deleteFraudRows } from "../test/support/fraud-scenario-db";
import { expect, keepScreenshot, login, signedIn, test } from "./fixtures";

const DAY = 86_400_000;

async function serious(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

function flagOf(creatorId: string, from: Date, to: Date, evidence: Evidence): Flag {
  return { kind: evidence.kind, creatorId, periodStart: from, periodEnd: to, conversionId: null, summary: sentenceOf(evidence), evidence };
}

test("a reviewer sees the evidence drawn, rejects one held commission and then the item; the creator reads the note", async ({ page, browser, ws }) => {
  const from = new Date(Date.now() - 3 * DAY);
  const to = new Date(Date.now() - DAY);
  const inside = new Date(Date.now() - 2 * DAY);
  const a = await addCommission(ws, 0, 450, "pending", { occurredAt: inside, holdUntil: new Date(Date.now() + 20 * DAY) });
  const b = await addCommission(ws, 0, 650, "approved", { occurredAt: inside });
  const day = inside.toISOString().slice(0, 10);
  const timeline = Array.from({ length: 29 }, (_, i) => ({ day: new Date(Date.now() - (30 - i) * DAY).toISOString().slice(0, 10), clicks: i === 28 ? 2400 : 90 + (i % 5), sales: 2 }));
  const spike = await raiseItem(ws.id, flagOf(ws.creators[0].creatorId, from, to, { kind: "click_spike", day, clicks: 2400, usualClicks: 92, robustZ: 61, sales: 2, expectedSales: 48, timeline }), { kind: "click_spike", day, clicks: 2400, usualClicks: 92, robustZ: 61, sales: 2, expectedSales: 48, timeline });
  const countries = [{ country: "US", clicks: 40, orders: 12 }, { country: "VN", clicks: 300, orders: 0 }];
  const mismatch: Evidence = { kind: "country_mismatch", from: day, to: day, mismatched: 9, clickSales: 12, audienceCountry: "US", countries };
  await raiseItem(ws.id, flagOf(ws.creators[1].creatorId, from, to, mismatch), mismatch);
  try {
    await login(page, ws.owner);
    await expect(page).toHaveURL(/\/app$/);
    await page.goto("/app/review");
    const card = page.getByTestId(`review-item-${spike!.id}`);
    await expect(card).toContainText("orders from your links did not follow");
    await expect(card.getByRole("figure")).toBeVisible();
    await expect(page.locator("code", { hasText: '"kind"' })).toHaveCount(0);
    expect(await serious(page)).toEqual([]);
    await keepScreenshot(page, "review-page");

    await card.getByLabel(`Note for commission on order ${b.conversionId}`).fill("bought through the click farm");
    await card.getByRole("button", { name: `Reject commission on order ${b.conversionId}` }).click();
    await expect(card.getByTestId(`held-status-${b.id}`)).toHaveText("rejected: bought through the click farm");
    await card.getByLabel(/^Note for click spike item/).fill("The spike came from a click farm, not your audience");
    await card.getByRole("button", { name: /^Reject click spike item/ }).click();
    await expect(page.getByTestId(`review-status-${spike!.id}`)).toHaveText("rejected: The spike came from a click farm, not your audience");
    expect((await prisma.commission.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("rejected");

    await page.goto("/app/review?kind=country_mismatch");
    await expect(page.getByRole("heading", { name: "country mismatch" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "click spike" })).toHaveCount(0);

    const creator = await signedIn(browser, ws.creators[0]);
    await creator.goto("/portal/earnings");
    await expect(creator.getByTestId("review-notice")).toContainText("Note from the brand: The spike came from a click farm, not your audience");
    const other = await signedIn(browser, ws.creators[1]);
    await other.goto("/portal");
    await expect(other.getByText(/click farm/)).toHaveCount(0);
  } finally {
    await deleteFraudRows(ws.id);
  }
});

test("an owner tunes a threshold; it is saved and audited", async ({ page, ws }) => {
  try {
    await login(page, ws.owner);
    await expect(page).toHaveURL(/\/app$/);
    await page.goto("/app/settings/fraud");
    await page.getByRole("group", { name: /Click spike/ }).getByLabel("Fewest clicks in a day to consider").fill("500");
    await page.getByRole("button", { name: "Save thresholds" }).click();
    await expect(page.getByRole("status")).toHaveText(/Saved/);
    expect(await serious(page)).toEqual([]);
    const stored = await prisma.fraudSettings.findUniqueOrThrow({ where: { workspaceId: ws.id } });
    expect(stored.thresholds).toMatchObject({ spike: { minClicks: 500 } });
    expect(await prisma.auditLog.count({ where: { workspaceId: ws.id, action: "fraud.thresholds" } })).toBe(1);
  } finally {
    await deleteFraudRows(ws.id);
  }
});
