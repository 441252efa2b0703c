// GET /api/pixel.gif: orders reported by the browser snippet. Authenticated
// only by the public pixel key and the page's origin (a pixel cannot keep a
// secret), then the same validation, idempotency and logging as postbacks.
// It always answers the 1x1 GIF; the verdict is in the postback log.
import { AppError, toAppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { consume } from "@/lib/security/rate-limit";
import { redact, rejectionReason, duplicateOf, writePostbackLog, type PostbackLogEntry } from "./log";
import { recordConversion } from "./record";
import { postbackSchema } from "./schema";

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

export async function handlePixel(req: Request): Promise<Response> {
  const search = new URL(req.url).searchParams;
  const log: PostbackLogEntry = { workspaceId: null, merchantId: null, channel: "pixel", webhookId: null, httpStatus: 200, verdict: "rejected", reason: "", payload: null, conversionId: null, isTest: false };
  let status = 200;
  try {
    const merchant = await prisma.merchant.findUnique({ where: { pixelKey: search.get("key") ?? "" }, select: { id: true, workspaceId: true, pixelAllowedOrigins: true } });
    if (!merchant) throw new AppError("unauthorized", "Unknown pixel key.");
    Object.assign(log, { workspaceId: merchant.workspaceId, merchantId: merchant.id });
    const origin = pageOrigin(req);
    if (merchant.pixelAllowedOrigins.length && (!origin || !merchant.pixelAllowedOrigins.includes(origin))) {
      throw new AppError("forbidden", `Page origin ${origin ?? "(none)"} is not among the merchant's allowed pixel origins.`);
    }
    await consume("postback", merchant.id);
    const raw: Record<string, string> = {};
    // "key" authenticates, "_" is the snippet's cache-buster
    for (const [k, v] of search) if (k !== "key" && k !== "_" && v !== "") raw[k] = v;
    log.payload = redact(raw);
    const input = postbackSchema.parse(raw);
    log.isTest = input.test;
    const { answer, created } = await recordConversion(merchant, input, input.test, { ...log, httpStatus: 200 });
    if (created) return gif(200);
    Object.assign(log, duplicateOf(answer));
  } catch (e) {
    const error = toAppError(e);
    if (error.status >= 500) console.error("[pixel]", e);
    status = error.status;
    log.reason = rejectionReason(error);
    // the body stays a GIF for the <img>; the status tells a developer what happened
  }
  log.httpStatus = status;
  await writePostbackLog(log).catch((e: Error) => console.error("[pixel] log write failed:", e.message));
  return gif(status);
}

const gif = (status: number) => new Response(GIF, { status, headers: { "content-type": "image/gif", "cache-control": "no-store", "content-length": String(GIF.length) } });
