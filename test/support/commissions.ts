// A sale and its commission straight in the database, for tests of what
// happens to commissions after they exist (payouts, decisions, the portal).
import { prisma } from "@/lib/db/prisma";
import type { CommissionPart, CommissionStatus } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import type { TestWorkspace } from "./factory";

const DAY = 86_400_000;

export interface CommissionOptions {
  isTest?: boolean;
  holdUntil?: Date;
  part?: CommissionPart;
  /** attach to this conversion instead of creating one */
  conversionId?: string;
  occurredAt?: Date;
}

export async function addCommission(ws: TestWorkspace, who: 0 | 1, amountMinor: number, status: CommissionStatus, opts: CommissionOptions = {}) {
  const c = ws.creators[who];
  const conversionId = opts.conversionId ?? newId("cnv");
  if (!opts.conversionId) {
    await prisma.conversion.create({
      data: { id: conversionId, workspaceId: ws.id, merchantId: ws.merchantId, orderId: conversionId, event: amountMinor < 0 ? "refund" : "sale", amountMinor: Math.abs(amountMinor) * 10, currency: "USD", occurredAt: opts.occurredAt ?? new Date(Date.now() - 40 * DAY), isTest: opts.isTest ?? false, attributionMethod: "coupon", attributionReason: `used your code ${c.couponCode}`, creatorId: c.creatorId, campaignId: ws.campaignId },
    });
  }
  const id = newId("com");
  await prisma.commission.create({
    data: { id, workspaceId: ws.id, conversionId, part: opts.part ?? "base", creatorId: c.creatorId, campaignId: ws.campaignId, amountMinor, currency: "USD", status, isTest: opts.isTest ?? false, holdUntil: opts.holdUntil ?? new Date(Date.now() - DAY) },
  });
  return { id, conversionId };
}

/**
 * A user signed in over HTTP the way a browser does it (next-auth's CSRF
 * token, then the credentials callback): returns a fetch that carries the
 * session cookie and, on writes, the app's own Origin.
 */
export async function signInOverHttp(baseUrl: string, who: { email: string; password: string }) {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: new URL(baseUrl).origin },
    body: new URLSearchParams({ csrfToken, email: who.email, password: who.password, json: "true" }),
  });
  keep(login);
  if (![...jar.keys()].some((k) => k.endsWith("session-token"))) throw new Error(`sign-in of ${who.email} failed: ${login.status} ${login.headers.get("location")}`);
  return (path: string, init: { method?: string; json?: unknown } = {}) =>
    fetch(`${baseUrl}${path}`, {
      method: init.method ?? (init.json === undefined ? "GET" : "POST"),
      redirect: "manual",
      headers: { cookie: cookie(), origin: new URL(baseUrl).origin, "sec-fetch-site": "same-origin", ...(init.json === undefined ? {} : { "content-type": "application/json" }) },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
}

export type SignedInFetch = Awaited<ReturnType<typeof signInOverHttp>>;

/** Many approved commissions at once (one sale each), to give a payout run real work. */
export async function addApprovedCommissions(ws: TestWorkspace, who: 0 | 1, count: number, amountMinor: number) {
  const c = ws.creators[who];
  const rows = Array.from({ length: count }, () => ({ conversionId: newId("cnv"), id: newId("com") }));
  await prisma.conversion.createMany({
    data: rows.map((r) => ({ id: r.conversionId, workspaceId: ws.id, merchantId: ws.merchantId, orderId: r.conversionId, event: "sale" as const, amountMinor: amountMinor * 10, currency: "USD", occurredAt: new Date(Date.now() - 40 * DAY), attributionMethod: "coupon" as const, attributionReason: `used your code ${c.couponCode}`, creatorId: c.creatorId, campaignId: ws.campaignId })),
  });
  await prisma.commission.createMany({
    data: rows.map((r) => ({ id: r.id, workspaceId: ws.id, conversionId: r.conversionId, creatorId: c.creatorId, campaignId: ws.campaignId, amountMinor, currency: "USD", status: "approved" as const, holdUntil: new Date(Date.now() - DAY) })),
  });
  return rows.map((r) => r.id);
}
