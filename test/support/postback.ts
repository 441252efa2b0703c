// Helpers for postback tests: a merchant with signing secrets and a GET token,
// clicks placed at exact times, and a signer that is the standardwebhooks
// package itself (what merchants use).
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { prisma } from "@/lib/db/prisma";
import { newClickId, newId } from "@/lib/ids";
import { sealSecret, sha256Hex } from "@/lib/security/secret-box";

export interface MerchantKeys {
  current: string;
  previous: string;
  revoked: string;
  test: string;
  getToken: string;
}

const whsec = () => `whsec_${randomBytes(24).toString("base64")}`;

export async function addMerchantKeys(workspaceId: string, merchantId: string): Promise<MerchantKeys> {
  const keys = { current: whsec(), previous: whsec(), revoked: whsec(), test: whsec(), getToken: `gtk_${randomBytes(18).toString("base64url")}` };
  const secret = (s: string, extra: { isTest?: boolean; revokedAt?: Date } = {}) => ({ id: newId("sec"), workspaceId, merchantId, secretEncrypted: sealSecret(s), hint: s.slice(0, 10), ...extra });
  await prisma.merchantSecret.createMany({
    data: [secret(keys.current), secret(keys.previous), secret(keys.revoked, { revokedAt: new Date() }), secret(keys.test, { isTest: true })],
  });
  await prisma.merchant.update({ where: { id: merchantId }, data: { getTokenHash: sha256Hex(keys.getToken) } });
  return keys;
}

// each click is a different visitor unless a test names one: a visitor's repeat within 60 s is an invalid click, never credited
export async function placeClick(ws: { id: string }, link: { linkId: string; creatorId: string; campaignId: string }, at: Date, opts: { isBot?: boolean; placement?: string; ipHash?: string } = {}) {
  const id = newClickId();
  await prisma.click.create({
    data: { id, workspaceId: ws.id, linkId: link.linkId, creatorId: link.creatorId, campaignId: link.campaignId, placement: opts.placement ?? "story", occurredAt: at, device: opts.isBot ? "bot" : "mobile", isBot: opts.isBot ?? false, ipHash: opts.ipHash ?? randomBytes(16).toString("hex") },
  });
  return id;
}

export function signedPost(baseUrl: string, merchantId: string, secret: string, body: unknown, opts: { timestamp?: Date; msgId?: string; tamper?: (raw: string) => string } = {}) {
  const raw = JSON.stringify(body);
  const msgId = opts.msgId ?? `msg_${randomBytes(8).toString("hex")}`;
  const timestamp = opts.timestamp ?? new Date();
  const signature = new Webhook(secret).sign(msgId, timestamp, raw);
  return fetch(`${baseUrl}/api/postback/${merchantId}`, {
    method: "POST",
    headers: { "content-type": "application/json", "webhook-id": msgId, "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)), "webhook-signature": signature },
    body: opts.tamper ? opts.tamper(raw) : raw,
  });
}

/** A GET postback with the merchant's token and the fields as query parameters. */
export function tokenGet(baseUrl: string, merchantId: string, token: string, fields: Record<string, string | number | boolean>) {
  const q = new URLSearchParams({ token, ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])) });
  return fetch(`${baseUrl}/api/postback/${merchantId}?${q}`);
}

/** A hit on the image pixel, as a shop's page (or anyone who read the key from it) sends it. */
export function pixelHit(baseUrl: string, key: string, fields: Record<string, string | number | boolean>, headers: Record<string, string> = {}) {
  const q = new URLSearchParams({ key, ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])) });
  return fetch(`${baseUrl}/api/pixel.gif?${q}`, { headers });
}

/** A new merchant in the workspace with its own pixel key and credentials, so each test spends budgets nobody else touches. */
export async function addMerchant(workspaceId: string, opts: { name: string; pixelAllowedOrigins: string[] }) {
  const id = newId("mer");
  const pixelKey = `pk_${id}`;
  await prisma.merchant.create({ data: { id, workspaceId, name: opts.name, currency: "USD", allowedDomains: ["shop.example"], pixelKey, pixelAllowedOrigins: opts.pixelAllowedOrigins } });
  return { id, pixelKey, keys: await addMerchantKeys(workspaceId, id) };
}
