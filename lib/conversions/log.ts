// The postback inspector's record: every request, accepted or not, with its
// verdict and reason. Payloads are stored redacted: never the GET token, never
// a signature, and the customer reference only as its hash.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PostbackChannel, PostbackVerdict } from "@/lib/generated/prisma/enums";
import type { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";

export interface PostbackLogEntry {
  workspaceId: string | null;
  merchantId: string | null;
  channel: PostbackChannel;
  webhookId: string | null;
  httpStatus: number;
  verdict: PostbackVerdict;
  reason: string;
  payload: Record<string, unknown> | null;
  conversionId: string | null;
  isTest: boolean;
}

const SECRET_FIELDS = new Set(["token", "signature", "secret", "webhook-signature"]);

// jsonb cannot hold NUL, nor a lone UTF-16 surrogate: a refused request's payload may carry either, and its log line must still be written
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function storable(v: unknown): unknown {
  if (typeof v === "string") return v.replace(UNSTORABLE, "\uFFFD");
  if (Array.isArray(v)) return v.map(storable);
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [storable(k), storable(x)]));
  return v;
}

export function redact(payload: unknown): Record<string, unknown> | null {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return payload === null || payload === undefined ? null : { body: "(not a JSON object)" };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(payload)) {
    if (SECRET_FIELDS.has(k.toLowerCase())) continue;
    // defineProperty: a "__proto__" key stays a plain field of the logged payload
    Object.defineProperty(out, storable(k) as string, { value: k === "customer_ref" ? "(hashed)" : storable(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The log fields for a retry answered with the first answer (accepted lines are written with the conversion). */
export function duplicateOf(answer: { id: string }): Pick<PostbackLogEntry, "verdict" | "reason" | "conversionId"> {
  return { verdict: "duplicate", reason: "retry of an order event already recorded; nothing changed", conversionId: answer.id };
}

/** What the log says about a refused request: each invalid field, or the error. */
export function rejectionReason(error: AppError): string {
  return error.extra.errors?.map((f) => `${f.path}: ${f.message}`).join("; ") || error.message;
}

export async function writePostbackLog(entry: PostbackLogEntry): Promise<void> {
  await prisma.postbackLog.create({ data: { id: newId("pbl"), ...entry, payload: (entry.payload ?? undefined) as Prisma.InputJsonObject | undefined } });
}
