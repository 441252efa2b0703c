// Every page a brand user or a creator can open, checked with axe in
// Chromium: no serious or critical WCAG 2 A/AA violation. The pages list is
// the navigation's own, so a new page is checked the day it is added.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { APP_PAGES, PORTAL_PAGES } from "../lib/navigation";
import { addCommission } from "../test/support/commissions";
import { expect, signedIn, test } from "./fixtures";

async function seriousViolations(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

test("brand pages have no serious or critical accessibility violations", async ({ browser, ws }) => {
  // one test walks every nav page with axe: give it time per page, not the default per test
  test.setTimeout(APP_PAGES.length * 10_000);
  const owner = await signedIn(browser, ws.owner);
  const found: string[] = [];
  // pages reached from another page rather than the navigation: a creator's scorecard, the weekly report, fraud settings
  const more = [`/app/creators/${ws.creators[0].creatorId}/scorecard`, "/app/reports/week", "/app/settings/fraud"];
  for (const href of [...APP_PAGES.map((p) => p.href), ...more]) found.push(...(await seriousViolations(owner, href)));
  expect(found).toEqual([]);
});

test("portal pages and the login page have no serious or critical accessibility violations", async ({ browser, page, ws }) => {
  test.setTimeout((PORTAL_PAGES.length + 1) * 10_000);
  const creator = await signedIn(browser, ws.creators[0]);
  const found: string[] = [];
  for (const { href } of PORTAL_PAGES) found.push(...(await seriousViolations(creator, href)));
  found.push(...(await seriousViolations(page, "/login")));
  expect(found).toEqual([]);
});

test("a conversion's page and the filtered ledgers have no serious or critical accessibility violations", async ({ browser, ws }) => {
  const { conversionId } = await addCommission(ws, 0, 900, "pending", { holdUntil: new Date(Date.now() + 86_400_000) });
  const owner = await signedIn(browser, ws.owner);
  const found: string[] = [];
  for (const path of [`/app/conversions/${conversionId}`, "/app/conversions?method=coupon&test=no", "/app/commissions?status=pending", "/app/postbacks?verdict=rejected", "/app/audit?actor=system"]) {
    found.push(...(await seriousViolations(owner, path)));
  }
  expect(found).toEqual([]);
});
