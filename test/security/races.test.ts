// Races on the money path, on real PostgreSQL over real HTTP: payout runs
// against each other, refunds and decisions against payout runs, decisions
// against each other, and concurrent sales against a campaign's cap. Each
// test fires the racing requests together and then checks the invariant on
// every row, whichever side won.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { addApprovedCommissions, addCommission, signInOverHttp, type SignedInFetch } from "../support/commissions";
import { startDoor, type RunningDoor } from "../support/doors";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { addMerchantKeys, signedPost, type MerchantKeys } from "../support/postback";

const DAY = 86_400_000;
const tomorrow = new Date(Date.now() + DAY).toISOString().slice(0, 10);
// distinct periods (a period is paid once), all ending tomorrow so every run may pay everything due
let periods = 0;
const nextPeriod = () => {
  periods += 1;
  return { periodStart: new Date(Date.UTC(2000, 0, periods)).toISOString().slice(0, 10), periodEnd: tomorrow };
};

// PGlite runs one transaction at a time, so on it these requests cannot interleave and the tests would prove nothing.
const onPostgres = describe.skipIf(process.env.CL_EMBEDDED_DB === "1");

// one workspace for the file; each test leaves no approved commission behind, so the next one's runs see only their own
let server: RunningDoor;
let ws: TestWorkspace;
let keys: MerchantKeys;
let owner: SignedInFetch;
let manager: SignedInFetch;

async function payoutLinesOf(workspaceId: string) {
  return prisma.payoutLine.findMany({ where: { workspaceId } });
}

onPostgres("races on the money path (PostgreSQL only: PGlite's single session serialises every transaction)", () => {
  beforeAll(async () => {
    ws = await createTestWorkspace();
    keys = await addMerchantKeys(ws.id, ws.merchantId);
    server = await startDoor("fast", { FAST_DOORS_ONLY: "0" });
    [owner, manager] = await Promise.all([signInOverHttp(server.url, ws.owner), signInOverHttp(server.url, ws.manager)]);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    if (!ws) return;
    await prisma.reviewItem.deleteMany({ where: { workspaceId: ws.id } });
    await deleteTestWorkspace(ws);
  });

  it("two payout runs for different periods started together split the commissions: each paid once, on one line, totals match the lines", async () => {
    for (let round = 0; round < 4; round++) {
      const made = [];
      for (let i = 0; i < 30; i++) made.push(await addCommission(ws, (i % 2) as 0 | 1, 100 + i, "approved"));
      const [a, b] = await Promise.all([owner("/api/payouts", { json: nextPeriod() }), owner("/api/payouts", { json: nextPeriod() })]);
      // both got a share, or the second found nothing left: never a 409 or a 500
      expect(["201,201", "201,422"]).toContain([a.status, b.status].sort().join(","));
      const lines = await payoutLinesOf(ws.id);
      for (const res of [a, b].filter((r) => r.status === 201)) {
        const { payout } = (await res.json()) as { payout: { id: string; lines: number; totalMinor: number } };
        const own = lines.filter((l) => l.payoutId === payout.id);
        expect(own.length).toBe(payout.lines);
        expect(own.reduce((s, l) => s + l.amountMinor, 0)).toBe(payout.totalMinor);
      }
      for (const res of [a, b].filter((r) => r.status === 422)) expect((await res.json()).detail).toMatch(/Nothing to pay/);
      // every commission of this round: paid, on exactly one line
      const ids = made.map((c) => c.id);
      expect(lines.filter((l) => ids.includes(l.commissionId ?? "")).map((l) => l.commissionId).sort()).toEqual([...ids].sort());
      expect(await prisma.commission.count({ where: { id: { in: ids }, status: "paid" } })).toBe(ids.length);
    }
  });

  it("a payout run with nothing approved answers 422 and writes no payout", async () => {
    await addCommission(ws, 0, 500, "pending", { holdUntil: new Date(Date.now() + 10 * DAY) });
    const period = nextPeriod();
    const res = await owner("/api/payouts", { json: period });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await prisma.payout.count({ where: { workspaceId: ws.id, periodStart: new Date(`${period.periodStart}T00:00:00Z`) } })).toBe(0);
  });

  it("a refund racing a payout run ends as a reversal (before payout) or a clawback (after), never neither", async () => {
    // the other creator's 400 commissions give the run real work, so refunds land before, during and after its claim
    await addApprovedCommissions(ws, 1, 400, 100);
    const orders = Array.from({ length: 40 }, (_, i) => `race-${ws.tag}-${i}`);
    const longAgo = new Date(Date.now() - 40 * DAY).toISOString(); // past the 30-day hold: the run approves them
    for (const order_id of orders) {
      const res = await signedPost(server.url, ws.merchantId, keys.current, { event: "sale", order_id, amount: 10_000, currency: "USD", coupon: ws.creators[0].couponCode, occurred_at: longAgo });
      expect(res.status).toBe(201);
    }
    const refund = (order_id: string) => signedPost(server.url, ws.merchantId, keys.current, { event: "refund", order_id, amount: 10_000, currency: "USD" });
    const payout = owner("/api/payouts", { json: nextPeriod() });
    // four streams of refunds, one after another in each, alongside the run
    const streams = [0, 1, 2, 3].map(async (k) => {
      const statuses: number[] = [];
      for (const order_id of orders.filter((_, i) => i % 4 === k)) statuses.push((await refund(order_id)).status);
      return statuses;
    });
    expect((await Promise.all(streams)).flat()).toEqual(orders.map(() => 201));
    const ran = await payout;

    const lines = await payoutLinesOf(ws.id);
    const outcomes = { reversed: 0, clawedBack: 0 };
    for (const order_id of orders) {
      const [sale, back] = await Promise.all(
        (["sale", "refund"] as const).map((event) =>
          prisma.conversion.findUniqueOrThrow({ where: { merchantId_orderId_event: { merchantId: ws.merchantId, orderId: order_id, event } }, include: { commissions: true } }),
        ),
      );
      const [commission] = sale.commissions;
      const onLines = lines.filter((l) => l.commissionId === commission.id);
      if (commission.status === "reversed") {
        outcomes.reversed += 1;
        expect(onLines).toEqual([]);
        expect(back.commissions).toEqual([]);
      } else {
        outcomes.clawedBack += 1;
        expect(commission.status).toBe("paid");
        expect(onLines).toHaveLength(1);
        expect(back.commissions).toMatchObject([{ amountMinor: -commission.amountMinor, status: "approved", note: "clawback: refunded after payout" }]);
      }
    }
    expect(outcomes.reversed + outcomes.clawedBack).toBe(orders.length);
    expect(ran.status).toBe(201);
    // the clawbacks are due at once: the next run pays them, netted against nothing else
    const next = await owner("/api/payouts", { json: nextPeriod() });
    if (outcomes.clawedBack === 0) expect(next.status).toBe(422);
    else expect((await next.json()).payout).toMatchObject({ lines: outcomes.clawedBack, totalMinor: -1_000 * outcomes.clawedBack });
  });

  it("a rejection racing a payout run: the commission is paid on a line or rejected, never both, and the loser is told", async () => {
    for (let round = 0; round < 12; round++) {
      const c = await addCommission(ws, 0, 700, "approved");
      const [decision, payout] = await Promise.all([
        manager("/api/commissions/decisions", { json: { commissionIds: [c.id], decision: "reject", note: "duplicate order" } }),
        owner("/api/payouts", { json: nextPeriod() }),
      ]);
      const row = await prisma.commission.findUniqueOrThrow({ where: { id: c.id }, include: { payoutLines: true } });
      if (row.status === "rejected") {
        expect([decision.status, payout.status]).toEqual([200, 422]);
        expect(row.payoutLines).toEqual([]);
      } else {
        expect(row.status).toBe("paid");
        expect([decision.status, payout.status]).toEqual([409, 201]);
        expect(row.payoutLines).toHaveLength(1);
      }
      const audits = await prisma.auditLog.findMany({ where: { workspaceId: ws.id, entityId: c.id } });
      expect(audits.map((a) => a.action)).toEqual(row.status === "rejected" ? ["commission.rejected"] : []);
    }
  });

  it("an approval and a rejection of one held commission racing: every answer and audit row tells what really happened", async () => {
    for (let round = 0; round < 8; round++) {
      const c = await addCommission(ws, 1, 300, "held");
      const [approve, reject] = await Promise.all([
        owner("/api/commissions/decisions", { json: { commissionIds: [c.id], decision: "approve" } }),
        manager("/api/commissions/decisions", { json: { commissionIds: [c.id], decision: "reject", note: "over the cap" } }),
      ]);
      // approve-then-reject is a legal sequence (both 200); reject-then-approve refuses the approval (409)
      const row = await prisma.commission.findUniqueOrThrow({ where: { id: c.id } });
      expect(row.status).toBe("rejected");
      expect(reject.status).toBe(200);
      expect([200, 409]).toContain(approve.status);
      // the audit trail replays from held to the final status: each decision saw the status it really moved
      const audits = await prisma.auditLog.findMany({ where: { workspaceId: ws.id, entityId: c.id } });
      const moves = audits.map((a) => [(a.before as { status: string }).status, (a.after as { status: string }).status]);
      expect(moves.sort()).toEqual(approve.status === 200 ? [["approved", "rejected"], ["held", "approved"]] : [["held", "rejected"]]);
    }
  });

  it("concurrent sales on a capped campaign never pay past the cap: base commissions sum to the cap, the excess is held", async () => {
    const campaignId = newId("cmp");
    await prisma.campaign.create({
      data: { id: campaignId, workspaceId: ws.id, name: `Capped ${ws.tag}`, utmCampaign: `capped-${ws.tag}`, startsAt: new Date(Date.now() - 40 * DAY), commissionType: "percent", commissionBps: 1000, currency: "USD", capPerCreatorMinor: 3_500, capPeriod: "month" },
    });
    const code = `CAP${ws.tag.toUpperCase()}`;
    await prisma.couponCode.create({ data: { id: newId("cpn"), workspaceId: ws.id, code, creatorId: ws.creators[0].creatorId, campaignId } });
    const at = new Date().toISOString();
    const sales = Array.from({ length: 12 }, (_, i) => ({ event: "sale", order_id: `cap-${ws.tag}-${i}`, amount: 10_000, currency: "USD", coupon: code, occurred_at: at }));
    const answers = await Promise.all(sales.map((s) => signedPost(server.url, ws.merchantId, keys.current, s)));
    expect(answers.map((r) => r.status)).toEqual(sales.map(() => 201));

    const commissions = await prisma.commission.findMany({ where: { workspaceId: ws.id, campaignId } });
    const sum = (part: string) => commissions.filter((c) => c.part === part).reduce((s, c) => s + c.amountMinor, 0);
    expect(sum("base")).toBe(3_500);
    expect(sum("excess")).toBe(12 * 1_000 - 3_500);
    expect(commissions.filter((c) => c.part === "excess").every((c) => c.status === "held")).toBe(true);
    expect(await prisma.reviewItem.count({ where: { workspaceId: ws.id, kind: "cap_reached" } })).toBe(1);
  });
});
