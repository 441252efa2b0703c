// Reports: filters kept in the URL, the comparison period, a breakdown and its
// CSV, the creator scorecard and the weekly report, over raw traffic each
// test writes into its own workspace (test workspaces count days in UTC;
// the factory's synthetic totals are dropped first).
import { parse } from "csv-parse/sync";
import { addDays } from "../lib/analytics/calendar";
import { reportWeeks } from "../lib/analytics/weekly";
import { addTraffic, daysAgo, onlyRawTraffic } from "../test/support/traffic";
import { expect, login, test } from "./fixtures";

test.beforeEach(async ({ ws }) => onlyRawTraffic(ws));

const todayUtc = () => new Date().toISOString().slice(0, 10);
const noon = (day: string) => new Date(`${day}T12:00:00Z`);
const sales = (n: number, amountMinor: number) => Array.from({ length: n }, () => amountMinor);

test("filters live in the URL: applied, kept on reload, searched creators, bad values fall back", async ({ page, ws }) => {
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  const bar = page.getByRole("form", { name: "Report filters" });
  await bar.getByLabel("Date range").selectOption("7d");
  await bar.getByLabel("Compare with").selectOption("last_year");
  await bar.getByLabel("Device").selectOption("mobile");
  await bar.getByLabel("Placement").selectOption("story");
  const [alice] = ws.creators;
  await bar.getByRole("combobox", { name: "Creator" }).fill(alice.name.slice(0, 12));
  await page.getByRole("option", { name: alice.name }).click();
  await bar.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`/app\\?preset=7d&compare=last_year&creator=${alice.creatorId}&placement=story&device=mobile$`));

  await page.reload();
  await expect(bar.getByLabel("Date range")).toHaveValue("7d");
  await expect(bar.getByLabel("Compare with")).toHaveValue("last_year");
  await expect(bar.getByLabel("Device")).toHaveValue("mobile");
  await expect(bar.getByRole("combobox", { name: "Creator" })).toHaveValue(alice.name);
  await expect(bar.getByLabel("From", { exact: true })).toHaveValue(addDays(todayUtc(), -6));

  // editing a date makes the range custom; the URL then holds the dates
  await bar.getByLabel("From", { exact: true }).fill("2026-01-05");
  await bar.getByLabel("To", { exact: true }).fill("2026-01-20");
  await bar.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/preset=custom&from=2026-01-05&to=2026-01-20/);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByText(/Custom range: Jan 5\s?–\s?20, 2026/)).toBeVisible();

  // a hand-edited URL with nonsense shows the default report, not an error
  const res = await page.goto("/app?preset=fortnight&from=2026-02-30&to=x&device=fridge&country=Germany&compare=sideways");
  expect(res?.status()).toBe(200);
  await expect(bar.getByLabel("Date range")).toHaveValue("30d");
  await expect(bar.getByLabel("Device")).toHaveValue("");
  await expect(bar.getByLabel("Compare with")).toHaveValue("previous");
});

test("the Overview compares every KPI with the previous period and sets invalid clicks and unattributed orders apart", async ({ page, ws }) => {
  await addTraffic(ws, 0, { at: daysAgo(0), clicks: 100, sales: sales(4, 5_000) });
  await addTraffic(ws, 0, { at: daysAgo(40), clicks: 50, sales: sales(2, 4_000) });
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await expect(page.getByTestId("kpi-clicks-value")).toHaveText("100");
  await expect(page.getByTestId("kpi-clicks-delta")).toContainText("+100.0%");
  await expect(page.getByTestId("kpi-clicks-delta")).toContainText("(was 50)");
  await expect(page.getByTestId("kpi-conversionRate-value")).toHaveText("4.0%");
  await expect(page.getByTestId("kpi-conversionRate-delta")).toContainText("±0.00 pp");
  await expect(page.getByTestId("kpi-aovMinor-value")).toHaveText("$50.00");
  await expect(page.getByTestId("kpi-aovMinor-delta")).toContainText("+25.0%");
  await expect(page.getByTestId("kpi-netRevenueMinor-value")).toHaveText("$200.00");
  await expect(page.getByTestId("kpi-grossRevenueMinor-value")).toHaveText("$200.00");
  await expect(page.getByRole("region", { name: "Not counted above" }).getByTestId("kpi-invalidClicks-value")).toHaveText("0");
  await expect(page.getByRole("region", { name: "Not counted above" }).getByTestId("kpi-unattributedOrders-value")).toHaveText("0");

  // the same dates last year hold nothing: no change can be computed from zero
  await page.goto("/app?compare=last_year");
  await expect(page.getByTestId("kpi-clicks-delta")).toContainText("n/a");
  await page.goto("/app?compare=none");
  await expect(page.getByTestId("kpi-clicks-value")).toHaveText("100");
  await expect(page.getByTestId("kpi-clicks-delta")).toHaveCount(0);
});

test("a breakdown sorts by any column and exports exactly the table as CSV", async ({ page, ws }) => {
  await addTraffic(ws, 0, { at: daysAgo(1), clicks: 120, sales: sales(3, 7_000), placement: "story" });
  await addTraffic(ws, 1, { at: daysAgo(2), clicks: 80, sales: sales(4, 2_500), placement: "post" });
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/reports/creator");
  const table = page.getByTestId("breakdown-table");
  const [alice, bob] = ws.creators;
  await expect(table.locator("tbody th")).toHaveText([alice.name, bob.name]); // net revenue: $210 before $100
  await table.getByRole("link", { name: "Conversions" }).click();
  await expect(page).toHaveURL(/sort=conversions&dir=desc/);
  await expect(table.locator("tbody th")).toHaveText([bob.name, alice.name]);
  await expect(table.getByRole("columnheader", { name: "Conversions" })).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByTestId("breakdown-chart")).toBeVisible();

  const cells = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? "").trim())));
  const headers = await table.locator("thead th").evaluateAll((ths) => ths.map((t) => (t.textContent ?? "").replace(/[▲▼]/g, "").trim()));
  const download = page.waitForEvent("download");
  await page.getByTestId("csv-export").click();
  const file = await (await download).path();
  const csv = parse(await import("node:fs/promises").then((fs) => fs.readFile(file, "utf8"))) as string[][];
  expect(csv[0]).toEqual(headers);
  expect(csv.slice(1)).toEqual(cells);
  expect(csv[1][0]).toBe(bob.name);

  // another dimension keeps the filters, and an unknown one is a 404
  await page.getByRole("link", { name: "Placement", exact: true }).click();
  await expect(page).toHaveURL(/\/app\/reports\/placement$/);
  await expect(table.locator("tbody th")).toHaveText(["Story", "Post"]);
  expect((await page.request.get("/api/reports/planet")).status()).toBe(404);
});

test("the scorecard shows a creator against the campaign average", async ({ page, ws }) => {
  await addTraffic(ws, 0, { at: daysAgo(3), clicks: 100, sales: sales(5, 6_000) }); // 5.0%, AOV $60
  await addTraffic(ws, 1, { at: daysAgo(4), clicks: 300, sales: sales(3, 4_000) }); // 1.0%, AOV $40
  const [alice] = ws.creators;
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/reports/creator");
  await page.getByRole("link", { name: alice.name }).click();
  await expect(page).toHaveURL(new RegExp(`/app/creators/${alice.creatorId}/scorecard`));
  await expect(page.getByRole("heading", { name: `${alice.name}: scorecard` })).toBeVisible();
  await expect(page.getByTestId("score-conversionRate-creator")).toHaveText("5.0%");
  await expect(page.getByTestId("score-conversionRate-campaign")).toHaveText("2.0%"); // 8 / 400
  await expect(page.getByTestId("score-conversionRate-diff")).toHaveText("+3.00 pp");
  await expect(page.getByTestId("score-aovMinor-creator")).toHaveText("$60.00");
  await expect(page.getByTestId("score-aovMinor-campaign")).toHaveText("$52.50"); // 42,000 / 8
  await expect(page.getByTestId("score-aovMinor-diff")).toHaveText("+14.3%");
  await expect(page.getByTestId("score-clicks-diff")).toHaveText("25.0% of the campaign");
  await expect(page.getByRole("region", { name: "Best placements" })).toContainText("Story");
  await expect(page.getByTestId("daily-chart")).toBeVisible();
});

test("the weekly report lists movers and who to scale up or pause, with the rule", async ({ page, ws }) => {
  const { week, before } = reportWeeks(todayUtc());
  const [alice, bob] = ws.creators;
  await addTraffic(ws, 0, { at: noon(addDays(week.from, 2)), clicks: 200, sales: sales(8, 5_000) }); // 4.0%, up from $100
  await addTraffic(ws, 0, { at: noon(addDays(before.from, 2)), clicks: 150, sales: sales(2, 5_000) });
  await addTraffic(ws, 1, { at: noon(addDays(week.from, 3)), clicks: 250, sales: sales(1, 3_000) }); // 0.4%, down from $300
  await addTraffic(ws, 1, { at: noon(addDays(before.from, 3)), clicks: 100, sales: sales(3, 10_000) });
  await login(page, ws.owner);
  await page.getByRole("link", { name: "Weekly report" }).click();
  await expect(page).toHaveURL(/\/app\/reports\/weekly$/);
  await expect(page.getByRole("region", { name: "Top movers" })).toContainText(alice.name);
  await expect(page.getByRole("region", { name: "Top movers" })).toContainText("+$300.00");
  await expect(page.getByRole("region", { name: "Bottom movers" })).toContainText(bob.name);
  await expect(page.getByRole("region", { name: "Bottom movers" })).toContainText("−$270.00");
  await expect(page.getByTestId("scale-up").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("scale-up").locator("tbody tr")).toHaveAttribute("data-rule", "scale-converts");
  await expect(page.getByTestId("scale-up")).toContainText(alice.name);
  await expect(page.getByTestId("pause").locator("tbody tr")).toHaveAttribute("data-rule", "pause-low-rate");
  await expect(page.getByTestId("pause")).toContainText(bob.name);
  await expect(page.getByTestId("workspace-rate")).toHaveText("2.0%"); // 9 / 450
  await expect(page.locator("#rule-scale-converts")).toContainText("At least 100 valid clicks");

  // printed: the report without the app's chrome, filters or buttons
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("form", { name: "Report filters" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("heading", { name: /Weekly report:/ })).toBeVisible();
});
