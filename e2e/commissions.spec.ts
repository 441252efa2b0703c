import { prisma } from "../lib/db/prisma";
import { newId } from "../lib/ids";
import { addCommission } from "../test/support/commissions";
import { createTestWorkspace, deleteTestWorkspace } from "../test/support/factory";
import { expect, login, signedIn, test } from "./fixtures";

const DAY = 86_400_000;
const later = () => new Date(Date.now() + 20 * DAY);

test("a manager approves a commission early and rejects one with a note; only its creator sees the note", async ({ page, browser, ws }) => {
  const early = await addCommission(ws, 0, 450, "pending", { holdUntil: later() });
  const doubtful = await addCommission(ws, 0, 600, "pending", { holdUntil: later() });
  await addCommission(ws, 1, 700, "pending", { holdUntil: later() });

  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  await page.getByRole("link", { name: "Commissions" }).click();
  await page.getByLabel(`Select commission on order ${early.conversionId}`).check();
  await page.getByRole("button", { name: "Approve selected" }).click();
  await expect(page.getByTestId(`status-${early.id}`)).toHaveText("approved");

  // a rejection without a note is refused by the server, and nothing changes
  await page.getByLabel(`Select commission on order ${doubtful.conversionId}`).check();
  await page.getByRole("button", { name: "Reject selected" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "note:" })).toHaveText("note: a rejection needs a note saying why");
  expect((await prisma.commission.findUniqueOrThrow({ where: { id: doubtful.id } })).status).toBe("pending");
  await page.getByLabel("Note", { exact: true }).fill("Order was placed by the creator herself");
  await page.getByRole("button", { name: "Reject selected" }).click();
  await expect(page.getByTestId(`status-${doubtful.id}`)).toHaveText("rejected");

  expect(await prisma.commission.findUniqueOrThrow({ where: { id: doubtful.id } })).toMatchObject({ status: "rejected", note: "Order was placed by the creator herself", approvedAt: null });
  expect((await prisma.commission.findUniqueOrThrow({ where: { id: early.id } })).approvedAt).not.toBeNull();
  expect(await prisma.auditLog.count({ where: { workspaceId: ws.id, action: { in: ["commission.approved", "commission.rejected"] }, actorId: ws.manager.id } })).toBe(2);

  const alice = await signedIn(browser, ws.creators[0]);
  await alice.getByRole("link", { name: "My earnings" }).click();
  await expect(alice.getByTestId("portal-commission-note")).toContainText(["Order was placed by the creator herself"]);
  await expect(alice.getByTestId("portal-commission-amount")).toHaveCount(2);

  const bob = await signedIn(browser, ws.creators[1]);
  await bob.getByRole("link", { name: "My earnings" }).click();
  await expect(bob.getByTestId("portal-commission-amount")).toHaveText(["$7.00"]);
  await expect(bob.getByText("Order was placed by the creator herself")).toHaveCount(0);
});

test("decisions are all-or-nothing, scoped to the workspace, and need commissions.approve", async ({ page, browser, ws }) => {
  const pending = await addCommission(ws, 0, 300, "pending", { holdUntil: later() });
  const paid = await addCommission(ws, 0, 500, "paid");
  const other = await createTestWorkspace();
  try {
    const foreign = await addCommission(other, 0, 900, "pending", { holdUntil: later() });
    await login(page, ws.owner);
    await expect(page).toHaveURL(/\/app$/);
    const decide = (data: object) => page.request.post("/api/commissions/decisions", { data });

    const mixed = await decide({ commissionIds: [pending.id, paid.id], decision: "approve" });
    expect(mixed.status()).toBe(409);
    expect((await mixed.json()).detail).toContain(`Commission ${paid.id} is paid`);
    expect((await prisma.commission.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("pending");

    expect((await decide({ commissionIds: [foreign.id], decision: "approve" })).status()).toBe(404);
    expect((await prisma.commission.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("pending");

    const empty = await decide({ commissionIds: [], decision: "approve" });
    expect(empty.status()).toBe(422);
    expect((await empty.json()).errors[0].path).toBe("commissionIds");

    const analyst = await signedIn(browser, ws.analyst);
    expect((await analyst.request.post("/api/commissions/decisions", { data: { commissionIds: [pending.id], decision: "approve" } })).status()).toBe(403);
    await analyst.goto("/app/commissions");
    await expect(analyst.getByTestId(`status-${pending.id}`)).toHaveText("pending");
    await expect(analyst.getByRole("button", { name: /Approve/ })).toHaveCount(0);
    expect((await prisma.commission.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("pending");
  } finally {
    await deleteTestWorkspace(other);
  }
});

test("approving a cap review item releases the held excess; a second decision is refused", async ({ page, ws }) => {
  const base = await addCommission(ws, 0, 1_500, "pending", { holdUntil: later(), occurredAt: new Date() });
  const excess = await addCommission(ws, 0, 500, "held", { holdUntil: later(), conversionId: base.conversionId, part: "excess" });
  const itemId = newId("rev");
  await prisma.reviewItem.create({
    data: { id: itemId, workspaceId: ws.id, kind: "cap_reached", dedupeKey: `cap_reached:${ws.creators[0].creatorId}:${ws.campaignId}:test`, creatorId: ws.creators[0].creatorId, conversionId: base.conversionId, evidence: { capMinor: 1_500, heldMinor: 500 } },
  });

  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/review");
  await page.getByLabel("Note for cap reached item").fill("Agreed bonus for the launch week");
  await page.getByRole("button", { name: "Approve cap reached item" }).click();
  await expect(page.getByTestId(`review-status-${itemId}`)).toHaveText("approved: Agreed bonus for the launch week");

  expect((await prisma.commission.findUniqueOrThrow({ where: { id: excess.id } })).status).toBe("approved");
  expect((await prisma.commission.findUniqueOrThrow({ where: { id: base.id } })).status).toBe("pending");
  expect(await prisma.reviewItem.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({ status: "approved", decidedById: ws.manager.id });

  const again = await page.request.post(`/api/review/${itemId}/decision`, { data: { decision: "reject", note: "changed my mind" } });
  expect(again.status()).toBe(409);
  expect((await prisma.commission.findUniqueOrThrow({ where: { id: excess.id } })).status).toBe("approved");
});
