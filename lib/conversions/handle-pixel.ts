// GET /api/pixel.gif: orders reported by the browser snippet. Authenticated
// only by the public pixel key and the page's origin, both of which anyone can
// read or forge, so the pixel is a public channel: it reports sales only
// (never refunds, cancels or sandbox events), its sales are unverified (a
// server postback for the same order replaces them; record.ts) and their
// commissions wait for confirmation where the merchant's policy says so
// (pixel-policy.ts). It has its own per-merchant budget, spent after the
// origin check, so it cannot starve the merchant's server postbacks.
// It always answers the 1x1 GIF; the verdict is in the postback log.
import { AppError, toAppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { consume } from "@/lib/security/rate-limit";
import { chargeAuthFailure } from "./auth-failure";
import { countJunk, JUNK_COUNTERS } from "./junk-counter";
import { redact, rejectionReason, duplicateOf, writePostbackLog, type PostbackLogEntry } from "./log";
import { effectivePixelPolicy } from "./pixel-policy";
import { recordConversion } from "./record";
import { parsePixelInput } from "./schema";

const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

function pageOrigin(req: Request): string | null {
  const referer = req.headers.get("referer");
  if (!referer) return req.headers.get("origin");
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

const findPixelMerchant = (pixelKey: string) =>
  prisma.merchant.findUnique({
    where: { pixelKey },
    // a live signing secret or a GET token: whether the merchant could confirm a pixel sale from its server
    select: { id: true, workspaceId: true, pixelAllowedOrigins: true, pixelSalesPolicy: true, getTokenHash: true, secrets: { where: { revokedAt: null, isTest: false }, select: { id: true }, take: 1 } },
  });

export async function handlePixel(req: Request): Promise<Response> {
  const search = new URL(req.url).searchParams;
  const log: PostbackLogEntry = { workspaceId: null, merchantId: null, channel: "pixel", webhookId: null, httpStatus: 200, verdict: "rejected", reason: "", payload: null, conversionId: null, isTest: false };
  let status = 200;
  let quiet = false;
  // until the key and the page's origin check out, a refusal is the client's failure, not the merchant's
  let authenticated = false;
  try {
    const merchant = await findPixelMerchant(search.get("key") ?? "");
    if (!merchant) throw new AppError("unauthorized", "Unknown pixel key.");
    Object.assign(log, { workspaceId: merchant.workspaceId, merchantId: merchant.id });
    const origin = pageOrigin(req);
    if (merchant.pixelAllowedOrigins.length && (!origin || !merchant.pixelAllowedOrigins.includes(origin))) {
      throw new AppError("forbidden", `Page origin ${origin ?? "(none)"} is not among the merchant's allowed pixel origins.`);
    }
    authenticated = true;
    await consume("pixel", merchant.id);
    const raw: Record<string, string> = {};
    // "key" authenticates, "_" is the snippet's cache-buster
    for (const [k, v] of search) if (k !== "key" && k !== "_" && v !== "") raw[k] = v;
    log.payload = redact(raw);
    const input = parsePixelInput(raw);
    const policy = effectivePixelPolicy({ pixelSalesPolicy: merchant.pixelSalesPolicy, hasServerCredentials: merchant.secrets.length > 0 || merchant.getTokenHash !== null });
    const { answer, created } = await recordConversion(merchant, input, false, { ...log, httpStatus: 200 }, policy);
    if (created) return gif(200);
    Object.assign(log, duplicateOf(answer));
  } catch (e) {
    let error = toAppError(e);
    if (error.status >= 500) console.error("[pixel]", e);
    if (!authenticated && error.status < 500) ({ error, throttled: quiet } = await chargeAuthFailure(req.headers, error));
    status = error.status;
    log.reason = rejectionReason(error);
    // the body stays a GIF for the <img>; the status tells a developer what happened
  }
  log.httpStatus = status;
  // an unknown pixel key is counted, not logged (see handle-postback.ts)
  if (!log.merchantId) {
    if (!quiet) countJunk(JUNK_COUNTERS.unknownPixelKey);
  } else if (!quiet) await writePostbackLog(log).catch((e: Error) => console.error("[pixel] log write failed:", e.message));
  return gif(status);
}

const gif = (status: number) => new Response(GIF, { status, headers: { "content-type": "image/gif", "cache-control": "no-store", "content-length": String(GIF.length) } });
