import { prisma } from "../lib/db/prisma";
import { newId } from "../lib/ids";
import { addCommission } from "../test/support/commissions";
import { addLedgerRows } from "../test/support/ledger";
import { placeClick } from "../test/support/postback";
import { expect, login, test } from "./fixtures";

const DAY = 86_400_000;

test("conversions: filters live in the URL, pages go older and back, every row names its creator", async ({ page, ws }) => {
  await addLedgerRows(ws, 400, new Date(Date.now() - DAY), 3_600_000);
  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  await page.getByRole("link", { name: "Conversions" }).click();
  // the list's own form: the Overview's filter bar also has a "Creator" field until the new page replaces it
  const filters = page.getByRole("search", { name: "Filter conversions" });
  await filters.getByLabel("Creator").selectOption({ label: ws.creators[0].name });
  await filters.getByLabel("Attribution").selectOption("click");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`creator=${ws.creators[0].creatorId}.*method=click|method=click.*creator=${ws.creators[0].creatorId}`));
  await expect(page.getByTestId("credited-creator").first()).toHaveText(ws.creators[0].name);
  const credited = await page.getByTestId("credited-creator").allTextContents();
  expect(new Set(credited)).toEqual(new Set([ws.creators[0].name]));
  const expected = await prisma.conversion.count({ where: { workspaceId: ws.id, creatorId: ws.creators[0].creatorId, attributionMethod: "click" } });

  // the filtered set spans pages: walk it to the end, counting rows once each
  // the URL changes when the loading state shows, before the next page's rows:
  // wait for the first row to change (pages share no row) before reading one
  const orders = page.getByTestId("conversion-order");
  const pager = page.getByRole("navigation", { name: "Pages" });
  const seen = new Set<string>();
  for (;;) {
    // a streamed page arrives in a hidden container before it is swapped in: test ids already
    // match its rows there, role queries (the pager's links) only once it is shown
    await expect(pager).toBeVisible();
    const rows = await orders.allTextContents();
    for (const t of rows) seen.add(t);
    const older = pager.getByRole("link", { name: "Older" });
    if ((await older.count()) === 0) break;
    await older.click();
    await expect(page).toHaveURL(/older=.*method=click|method=click.*older=/);
    await expect(orders.first()).not.toHaveText(rows[0]);
  }
  expect(seen.size).toBe(expected);
  await page.getByRole("link", { name: "Newer" }).click();
  await expect(page).toHaveURL(/newer=/);
  await page.reload();
  await expect(filters.getByLabel("Attribution")).toHaveValue("click");
  await page.getByRole("link", { name: "Newest" }).click();
  await expect(page).not.toHaveURL(/older=|newer=/);
  await expect(filters.getByLabel("Creator")).toHaveValue(ws.creators[0].creatorId);
});

test("commissions: bulk approve a selection, told per row what happened; a paid row cannot be selected", async ({ page, ws }) => {
  const later = new Date(Date.now() + 20 * DAY);
  const a = await addCommission(ws, 0, 410, "pending", { holdUntil: later });
  const b = await addCommission(ws, 1, 520, "held", { holdUntil: later });
  const c = await addCommission(ws, 1, 630, "pending", { holdUntil: later });
  const paid = await addCommission(ws, 0, 740, "paid");
  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/commissions?status=pending");
  await expect(page.getByTestId(`status-${b.id}`)).toHaveCount(0);
  await page.goto("/app/commissions");
  await expect(page.getByLabel(`Select commission on order ${paid.conversionId}`)).toHaveCount(0);
  await page.getByLabel(`Select commission on order ${a.conversionId}`).check();
  await page.getByLabel(`Select commission on order ${b.conversionId}`).check();
  // someone else approves one of them meanwhile: it is reported, not decided again
  await prisma.commission.update({ where: { id: b.id }, data: { status: "approved" } });
  await page.getByRole("button", { name: "Approve selected" }).click();
  await expect(page.getByRole("status").getByText("1 of 2 approved.")).toBeVisible();
  await expect(page.getByTestId("selection-outcomes").locator("[data-outcome=decided]")).toContainText(a.conversionId);
  await expect(page.getByTestId("selection-outcomes").locator("[data-outcome=changed]")).toContainText(b.conversionId);
  await expect(page.getByTestId(`status-${a.id}`)).toHaveText("approved");
  await expect(page.getByTestId(`status-${c.id}`)).toHaveText("pending");
  expect(await prisma.auditLog.count({ where: { workspaceId: ws.id, entityType: "Commission", entityId: { in: [a.id, b.id, c.id] } } })).toBe(1);
});

test("a conversion's page: its click, the attribution sentence, commission lines with their history, the refund", async ({ page, ws }) => {
  const alice = ws.creators[0];
  const link = await prisma.trackingLink.findUniqueOrThrow({ where: { code: alice.linkCode } });
  const clickId = await placeClick(ws, { linkId: link.id, creatorId: link.creatorId, campaignId: link.campaignId }, new Date(Date.now() - 3 * DAY), { placement: "reel" });
  const saleId = newId("cnv");
  await prisma.conversion.create({
    data: { id: saleId, workspaceId: ws.id, merchantId: ws.merchantId, orderId: `A-${ws.tag}`, event: "sale", amountMinor: 12_000, currency: "USD", clickId, occurredAt: new Date(Date.now() - DAY), attributionMethod: "click", attributionReason: "clicked your reel link 2 days before the order", creatorId: alice.creatorId, campaignId: ws.campaignId, linkId: link.id, placement: "reel" },
  });
  const line = await addCommission(ws, 0, 1_200, "pending", { conversionId: saleId, holdUntil: new Date(Date.now() + 20 * DAY) });
  await prisma.conversion.create({
    data: { id: newId("cnv"), workspaceId: ws.id, merchantId: ws.merchantId, orderId: `A-${ws.tag}`, event: "refund", amountMinor: 3_000, currency: "USD", occurredAt: new Date(), attributionMethod: "click", attributionReason: `reverses order A-${ws.tag}`, creatorId: alice.creatorId, campaignId: ws.campaignId, placement: "reel", saleId },
  });

  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/commissions");
  await page.getByLabel(`Select commission on order A-${ws.tag}`).check();
  await page.getByLabel("Note", { exact: true }).fill("checked with the store");
  await page.getByRole("button", { name: "Approve selected" }).click();
  await expect(page.getByTestId(`status-${line.id}`)).toHaveText("approved");

  await page.goto("/app/conversions");
  await page.getByRole("link", { name: `A-${ws.tag} (sale)` }).click();
  await expect(page).toHaveURL(`/app/conversions/${saleId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order A-${ws.tag}: sale`);
  await expect(page.getByTestId("attribution-sentence")).toHaveText(`Credited to ${alice.name}: clicked your reel link 2 days before the order`);
  const click = page.getByRole("region", { name: "The click" });
  await expect(click).toContainText(`/r/${alice.linkCode}`);
  await expect(click).toContainText("reel");
  await expect(click).toContainText("mobile");
  await expect(page.getByTestId(`line-status-${line.id}`)).toHaveText("approved");
  await expect(page.getByTestId("commission-audit")).toHaveText([/approved by Manager .*\(“checked with the store”\)/]);
  await expect(page.getByRole("region", { name: "Refunds and cancels" })).toContainText("$30.00");
  await expect(page.getByRole("region", { name: "Earlier versions" })).toContainText("None: this is the only version reported.");
});
