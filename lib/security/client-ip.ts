// The one answer to "who is the client": the socket's peer address, or, with
// TRUSTED_PROXY_HOPS proxies in front of the app, the address that many hops
// from the end of X-Forwarded-For (entries further left are the client's own
// words). Our HTTP server (lib/server/app-server.ts) computes it once per
// request and stamps it on CLIENT_IP_HEADER, replacing anything a client sent,
// so handlers behind Next.js, which cannot see the socket (Next keeps a
// client-sent X-Forwarded-For and only fills it in when absent), read the
// same value as the fast doors.
//
// The stamp carries a per-process random proof: under a bare `next start`
// (no server of ours in front) a client could send the header itself, and a
// value without the proof is ignored.
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { processSingleton } from "@/lib/process-singleton";

export const CLIENT_IP_HEADER = "x-creator-ledger-client-ip";

/** What we record when no trustworthy address exists: every such request is one unknown client. */
export const UNKNOWN_CLIENT_IP = "0.0.0.0";

const TRUSTED_HOPS = Math.max(0, Math.floor(Number(process.env.TRUSTED_PROXY_HOPS ?? 0)) || 0);

// shared by our server's module copy and Next.js's bundle in the same process
const STAMP_PROOF = processSingleton("clientIpStampProof", () => randomBytes(12).toString("base64url"));

export interface HeaderReader {
  get(name: string): string | null;
}

type HeaderRecord = Record<string, string | string[] | undefined>;

// IPv4-mapped IPv6 ("::ffff:1.2.3.4", how a dual-stack socket reports IPv4 peers) as plain IPv4
const normalise = (ip: string) => (ip.startsWith("::ffff:") ? ip.slice(7) : ip) || UNKNOWN_CLIENT_IP;

const forwardedList = (xff: string | string[] | null | undefined): string[] => {
  const raw = Array.isArray(xff) ? xff.join(",") : (xff ?? "");
  return raw ? raw.split(",").map((s) => s.trim()).filter(Boolean) : [];
};

/** From the peer address and the X-Forwarded-For chain: entries beyond the trusted hops are the client's own words and ignored. */
export function resolveClientIp(peer: string | undefined, forwardedFor: string | string[] | null | undefined): string {
  if (TRUSTED_HOPS === 0) return normalise(peer ?? "");
  const chain = [...forwardedList(forwardedFor), peer ?? ""];
  return normalise(chain[Math.max(0, chain.length - 1 - TRUSTED_HOPS)] ?? "");
}

/** Computes the client IP of a node:http request and stamps it on the request, overwriting any client-sent value. */
export function stampClientIp(req: IncomingMessage): string {
  const ip = resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"]);
  req.headers[CLIENT_IP_HEADER] = `${ip} ${STAMP_PROOF}`;
  return ip;
}

function readHeader(headers: HeaderReader | HeaderRecord, name: string): string | null {
  if (typeof headers.get === "function") return (headers as HeaderReader).get(name);
  const v = (headers as HeaderRecord)[name];
  return v === undefined ? null : Array.isArray(v) ? v.join(",") : v;
}

/**
 * The client IP of a request handled behind Next.js (route handlers, next-auth's
 * authorize). Stamped by our server: that value. Not stamped (bare `next start`):
 * Next.js hid the peer, so only a proxy we were told about can vouch for an
 * address; without one every request is the one unknown client.
 */
export function clientIpOf(headers: HeaderReader | HeaderRecord): string {
  const stamp = readHeader(headers, CLIENT_IP_HEADER);
  if (stamp) {
    const space = stamp.indexOf(" ");
    if (space > 0 && stamp.slice(space + 1) === STAMP_PROOF) return stamp.slice(0, space);
  }
  if (TRUSTED_HOPS === 0) return UNKNOWN_CLIENT_IP;
  // Next.js sets X-Forwarded-For to the peer only when absent, so the last
  // entry is what the nearest proxy appended: count the hops from there
  const chain = forwardedList(readHeader(headers, "x-forwarded-for"));
  return normalise(chain[chain.length - TRUSTED_HOPS] ?? "");
}
