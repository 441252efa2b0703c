// Every page a brand user or a creator can open, checked with axe in
// Chromium: no serious or critical WCAG 2 A/AA violation. The pages list is
// the navigation's own, so a new page is checked the day it is added.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { APP_PAGES, PORTAL_PAGES } from "../lib/navigation";
import { prisma } from "../lib/db/prisma";
import { addCommission } from "../test/support/commissions";
import { expect, signedIn, test } from "./fixtures";

// The app's shell (navigation, account menu) is the same component on every
// page: it is checked whole on the first page of each walk, and only the
// page's own <main> after that, which spares axe most of its work.
async function seriousViolations(page: Page, path: string, scope: "whole" | "main" = "main") {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const { violations } = await (scope === "main" ? axe.include("main") : axe).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

// pages reached from another page rather than the navigation: a creator's scorecard, the weekly report, fraud settings
const brandPaths = (creatorId: string) => [...APP_PAGES.map((p) => p.href), `/app/creators/${creatorId}/scorecard`, "/app/reports/week", "/app/settings/fraud"];
// the walk in parts, so both workers share it and each part has its own time budget
const PARTS = 3;

for (let part = 0; part < PARTS; part++) {
  test(`brand pages, part ${part + 1} of ${PARTS}: no serious or critical accessibility violations`, async ({ browser, ws }) => {
    const paths = brandPaths(ws.creators[0].creatorId).filter((_, i) => i % PARTS === part);
    test.setTimeout(30_000 + paths.length * 20_000);
    // a link whose destination left the allow-list: the UTM linter lists an issue only a person
    // can fix ("by hand"), a row the pages show only when such data exists
    await prisma.trackingLink.updateMany({ where: { workspaceId: ws.id, code: ws.creators[0].linkCode }, data: { destinationUrl: "https://elsewhere.example/landing" } });
    const owner = await signedIn(browser, ws.owner);
    const found: string[] = [];
    for (const [i, href] of paths.entries()) found.push(...(await seriousViolations(owner, href, i === 0 ? "whole" : "main")));
    expect(found).toEqual([]);
  });
}

test("portal pages and the login page have no serious or critical accessibility violations", async ({ browser, page, ws }) => {
  test.setTimeout(30_000 + (PORTAL_PAGES.length + 1) * 20_000);
  const creator = await signedIn(browser, ws.creators[0]);
  const found: string[] = [];
  for (const [i, { href }] of PORTAL_PAGES.entries()) found.push(...(await seriousViolations(creator, href, i === 0 ? "whole" : "main")));
  found.push(...(await seriousViolations(page, "/login", "whole")));
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
