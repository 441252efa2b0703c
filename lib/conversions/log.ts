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

export function redact(payload: unknown): Record<string, unknown> | null {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return payload === null || payload === undefined ? null : { body: "(not a JSON object)" };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(payload)) {
    if (SECRET_FIELDS.has(k.toLowerCase())) continue;
    out[k] = k === "customer_ref" ? "(hashed)" : v;
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
