// A merchant's setup checklist, from what actually happened: a live signing
// secret or GET token made, the first accepted live postback, the pixel seen,
// a sandbox order passed, and the last refusal with its reason.
import { prisma } from "@/lib/db/prisma";

export interface ChecklistStep {
  key: "credentials" | "sandbox" | "live_postback" | "pixel";
  label: string;
  done: boolean;
  detail: string | null;
  at: Date | null;
}

export interface Checklist {
  steps: ChecklistStep[];
  lastError: { at: Date; channel: string; httpStatus: number; reason: string } | null;
}

export async function merchantChecklist(workspaceId: string, merchantId: string, hasGetToken: boolean): Promise<Checklist> {
  const logWhere = { workspaceId, merchantId };
  const [liveSecret, firstLive, lastTest, lastPixel, lastError] = await Promise.all([
    prisma.merchantSecret.findFirst({ where: { workspaceId, merchantId, isTest: false, revokedAt: null }, orderBy: { createdAt: "asc" }, select: { createdAt: true, hint: true } }),
    prisma.postbackLog.findFirst({ where: { ...logWhere, isTest: false, verdict: "accepted", channel: { in: ["post", "get"] } }, orderBy: { receivedAt: "asc" }, select: { receivedAt: true, channel: true } }),
    prisma.postbackLog.findFirst({ where: { ...logWhere, isTest: true, verdict: "accepted" }, orderBy: { receivedAt: "desc" }, select: { receivedAt: true } }),
    prisma.postbackLog.findFirst({ where: { ...logWhere, channel: "pixel" }, orderBy: { receivedAt: "desc" }, select: { receivedAt: true, verdict: true } }),
    prisma.postbackLog.findFirst({ where: { ...logWhere, verdict: "rejected" }, orderBy: { receivedAt: "desc" }, select: { receivedAt: true, channel: true, httpStatus: true, reason: true } }),
  ]);
  const credentialsDetail = liveSecret ? `signing secret ${liveSecret.hint}…` : hasGetToken ? "GET token set" : "no live signing secret or GET token yet";
  return {
    steps: [
      { key: "credentials", label: "Secret made", done: Boolean(liveSecret) || hasGetToken, detail: credentialsDetail, at: liveSecret?.createdAt ?? null },
      { key: "sandbox", label: "Sandbox order passed", done: Boolean(lastTest), detail: lastTest ? "last accepted test postback" : "run the sandbox tester", at: lastTest?.receivedAt ?? null },
      { key: "live_postback", label: "First live postback received", done: Boolean(firstLive), detail: firstLive ? `by ${firstLive.channel === "get" ? "GET" : "signed POST"}` : "waiting for the store's first order", at: firstLive?.receivedAt ?? null },
      { key: "pixel", label: "Pixel seen", done: Boolean(lastPixel), detail: lastPixel ? `last hit ${lastPixel.verdict}` : "no pixel hit yet (only needed without server postbacks)", at: lastPixel?.receivedAt ?? null },
    ],
    lastError: lastError ? { at: lastError.receivedAt, channel: lastError.channel, httpStatus: lastError.httpStatus, reason: lastError.reason } : null,
  };
}
