// A manager imports creators from a CSV (preview with a rejected row
// explained, valid rows only, the report downloaded); an analyst cannot; a
// creator reads their earnings totals and a payout statement, and not
// another creator's.
import { readFile } from "node:fs/promises";
import { prisma } from "@/lib/db/prisma";
import { addCommission } from "../test/support/commissions";
import { expect, keepScreenshot, login, signedIn, test } from "./fixtures";

test("a manager uploads a CSV, sees the rejected row explained, imports the valid rows and downloads the report", async ({ page, browser, ws }) => {
  const csv = [
    "name,email,audience_country,instagram,campaign,coupon_code",
    `Nora Import,nora-${ws.tag}@example.test,US,@nora,launch-${ws.tag},NORA${ws.tag}`,
    `Broken Row,not-an-email,US,,launch-${ws.tag},`,
    `Taken Code,taken-${ws.tag}@example.test,,,launch-${ws.tag},${ws.creators[0].couponCode.toLowerCase()}`,
  ].join("\n");
  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/creators/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "creators.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText("3 rows: 1 new, 0 to update, 0 unchanged, 2 with problems.");
  const problems = page.getByTestId("import-problems");
  await expect(problems.getByRole("row").filter({ hasText: "not a valid email" })).toContainText("2email");
  await expect(problems.getByRole("row").filter({ hasText: "already taken by another creator" })).toContainText("3coupon_code");
  await keepScreenshot(page, "import-preview");

  await page.getByLabel(/Valid rows only/).check();
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("import-result")).toContainText("Imported: 1 created, 0 updated, 0 unchanged, 2 rejected.");
  await expect(page.getByRole("progressbar")).toHaveAttribute("value", "3");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the report (CSV)" }).click()]);
  const report = await readFile((await download.path())!, "utf8");
  expect(report.trim().split("\n")).toEqual([
    "row,name,email,outcome,reason",
    `1,Nora Import,nora-${ws.tag}@example.test,created,new creator`,
    `2,Broken Row,not-an-email,rejected,"email: ""not-an-email"" is not a valid email address."`,
    expect.stringMatching(/^3,Taken Code,.*,rejected,coupon_code: .* is already taken by another creator/),
  ]);
  const nora = await prisma.creator.findFirstOrThrow({ where: { workspaceId: ws.id, email: `nora-${ws.tag}@example.test` }, include: { coupons: true, links: true } });
  expect(nora.coupons.map((c) => c.code)).toEqual([`NORA${ws.tag}`.toUpperCase()]);
  expect(nora.links).toHaveLength(1);
  await expect(page.getByRole("row").filter({ hasText: "creators.csv" }).first()).toContainText("done (valid rows only)");

  const analyst = await signedIn(browser, ws.analyst);
  const refused = await analyst.goto("/app/creators/import");
  expect(refused?.status()).toBe(403);
});

test("a creator sees their earnings totals, filters the history, and reads a printable statement of their own lines only", async ({ page, browser, ws }) => {
  await addCommission(ws, 0, 2500, "approved");
  await addCommission(ws, 1, 9900, "approved");
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  const run = await page.request.post("/api/payouts", { data: { periodStart: "2000-01-01", periodEnd: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) } });
  expect(run.status()).toBe(201);
  const payoutId = ((await run.json()) as { payout: { id: string } }).payout.id;
  await addCommission(ws, 0, 1200, "pending", { holdUntil: new Date(Date.now() + 5 * 86_400_000) });
  await addCommission(ws, 0, 300, "held");

  const alice = await signedIn(browser, ws.creators[0]);
  await alice.getByRole("link", { name: "My earnings" }).click();
  await expect(alice.getByTestId("earnings-pending")).toHaveText("$12.00");
  await expect(alice.getByTestId("earnings-payable")).toContainText("payable from");
  await expect(alice.getByTestId("earnings-paid")).toHaveText("$25.00");
  await expect(alice.getByTestId("earnings-held")).toHaveText("$3.00");
  await expect(alice.getByTestId("earning-reason").first()).toContainText("used your code");
  await alice.getByRole("combobox", { name: "Status" }).selectOption("pending");
  await alice.getByRole("button", { name: "Filter" }).click();
  await expect(alice).toHaveURL(/status=pending/);
  await expect(alice.getByTestId("portal-commission-amount")).toHaveText(["$12.00"]);
  await keepScreenshot(alice, "earnings");

  await alice.getByRole("link", { name: "Statements", exact: true }).click();
  await expect(alice.getByTestId("statement-net")).toHaveText(["$25.00"]);
  await alice.getByRole("link", { name: /–/ }).click();
  await expect(alice).toHaveURL(new RegExp(`/portal/statements/${payoutId}$`));
  await expect(alice.getByTestId("statement-total")).toHaveText("$25.00");
  await expect(alice.getByTestId("statement-lines")).not.toContainText("$99.00");
  await alice.emulateMedia({ media: "print" });
  await expect(alice.getByRole("navigation").first()).toBeHidden();
  await keepScreenshot(alice, "statement-print");

  const bob = await signedIn(browser, ws.creators[1]);
  await bob.goto("/portal/statements");
  await expect(bob.getByTestId("statement-net")).toHaveText(["$99.00"]);
  const other = await bob.request.get(`/api/portal/statements/pay_nope`);
  expect(other.status()).toBe(404);
});
