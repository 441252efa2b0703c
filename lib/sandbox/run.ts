// The sandbox tester: a signed TEST postback sent from the server, through
// the same handler a merchant's store reaches (handlePostback, in process),
// so the verdict, the attribution sentence and the log line are the real
// ones. Signed with a test secret and marked test: true, it never counts in
// metrics or payouts.
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/api/errors";
import { audit } from "@/lib/audit/log";
import type { AuthContext } from "@/lib/auth/context";
import { handlePostback } from "@/lib/conversions/handle-postback";
import { sign } from "@/lib/conversions/signature";
import { prisma } from "@/lib/db/prisma";
import type { SandboxInput } from "@/lib/merchants/schema";
import { trackingUrl } from "@/lib/utm/public-url";
import { testSecretFor } from "./test-secret";

/** How far back the tester looks for a click on the chosen link. */
export const CLICK_LOOKBACK_DAYS = 30;

async function latestClick(workspaceId: string, merchantId: string, code: string, origin: string): Promise<string> {
  const link = await prisma.trackingLink.findFirst({ where: { workspaceId, code }, select: { id: true, merchantId: true } });
  if (!link) throw new AppError("unprocessable", "No such link.", { errors: [{ path: "value", message: "No link with this code in this workspace." }] });
  if (link.merchantId !== merchantId) throw new AppError("unprocessable", "This link sends shoppers to another merchant.", { errors: [{ path: "value", message: "This link belongs to another merchant: test it from that merchant." }] });
  const click = await prisma.click.findFirst({
    where: { workspaceId, linkId: link.id, occurredAt: { gte: new Date(Date.now() - CLICK_LOOKBACK_DAYS * 86_400_000) } },
    orderBy: { occurredAt: "desc" },
    select: { id: true },
  });
  if (!click) {
    throw new AppError("unprocessable", "No click on this link yet.", {
      errors: [{ path: "value", message: `No click on /r/${code} in the last ${CLICK_LOOKBACK_DAYS} days: open ${trackingUrl(origin, code)} once, then test again (or test a coupon code).` }],
    });
  }
  return click.id;
}

export async function runSandbox(ctx: AuthContext, merchantId: string, input: SandboxInput, origin: string) {
  const merchant = await prisma.merchant.findFirst({ where: { id: merchantId, workspaceId: ctx.workspace.id }, select: { id: true, currency: true } });
  if (!merchant) throw new AppError("not_found", "No such merchant in this workspace.");
  const attribution = input.kind === "link" ? { click_id: await latestClick(ctx.workspace.id, merchant.id, input.value, origin) } : { coupon: input.value };
  const { secret, created } = await testSecretFor(ctx, merchant.id);
  const body = JSON.stringify({ event: input.event, order_id: input.orderId || `test-${randomBytes(5).toString("hex")}`, amount: input.amountMinor, currency: merchant.currency, ...attribution, test: true });
  const id = `msg_sandbox_${randomBytes(8).toString("hex")}`;
  const ts = Math.floor(Date.now() / 1000);
  const headers = new Headers({ "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(ts), "webhook-signature": `v1,${sign(secret, id, ts, body)}` });
  const reply = await handlePostback(new Request(`${origin}/api/postback/${merchant.id}`, { method: "POST", headers, body }), merchant.id);
  const answer = JSON.parse(reply.body) as Record<string, unknown>;
  const log = await prisma.postbackLog.findFirst({
    where: { workspaceId: ctx.workspace.id, merchantId: merchant.id, webhookId: id },
    orderBy: { receivedAt: "desc" },
    select: { id: true, receivedAt: true, channel: true, httpStatus: true, verdict: true, reason: true, isTest: true, conversionId: true },
  });
  await prisma.$transaction((tx) => audit(tx, ctx, { action: "sandbox.postback_sent", entityType: "Merchant", entityId: merchant.id, after: { webhookId: id, status: reply.status, verdict: log?.verdict ?? null, testSecretMade: created } }));
  return { status: reply.status, request: JSON.parse(body) as Record<string, unknown>, answer, log, testSecretMade: created };
}
