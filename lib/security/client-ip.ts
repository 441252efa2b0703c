// The one answer to "who is the client": the socket's peer address, or, with
// TRUSTED_PROXY_HOPS proxies in front of the app, the address that many hops
// from the end of X-Forwarded-For. Our HTTP server computes it once per
// request and stamps it on CLIENT_IP_HEADER (replacing anything a client
// sent), so handlers behind Next.js, which cannot see the socket, read the
// same value as the fast doors.
import type { IncomingMessage } from "node:http";

export const CLIENT_IP_HEADER = "x-creator-ledger-client-ip";

const TRUSTED_HOPS = Math.max(0, Math.floor(Number(process.env.TRUSTED_PROXY_HOPS ?? 0)) || 0);

export interface HeaderReader {
  get(name: string): string | null;
}

const normalise = (ip: string) => ip.trim().replace(/^::ffff:/, "") || "0.0.0.0";

/** From the peer address and the X-Forwarded-For chain: entries beyond the trusted hops are the client's own words and ignored. */
export function resolveClientIp(peer: string | undefined, forwardedFor: string | string[] | null | undefined): string {
  if (TRUSTED_HOPS === 0) return normalise(peer ?? "");
  const raw = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [...raw.split(",").map((s) => s.trim()).filter(Boolean), peer ?? ""];
  return normalise(chain[Math.max(0, chain.length - 1 - TRUSTED_HOPS)] ?? "");
}

/** Computes the client IP of a node:http request and stamps it on the request, overwriting any client-sent value. */
export function stampClientIp(req: IncomingMessage): string {
  const ip = resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"]);
  req.headers[CLIENT_IP_HEADER] = ip;
  return ip;
}

/** The client IP as stamped by our server; a request that did not come through it has none we can trust. */
export function clientIpOf(headers: HeaderReader): string {
  return headers.get(CLIENT_IP_HEADER) ?? "0.0.0.0";
}
