// What a click records about the visitor, from the request alone: never the
// raw IP (it only feeds the salted hash), a country, a device class, a bot
// flag and the referrer's host. The client IP itself is decided by the doors
// through lib/security/client-ip.ts, the one place that knows which
// addresses can be trusted.
import Bowser from "bowser";
import { LRUCache } from "lru-cache";
import geoip from "geoip-country";
import { isbot } from "isbot";
import type { DeviceClass } from "@/lib/generated/prisma/enums";

export interface RequestFacts {
  method: string;
  userAgent: string;
  referer: string | null;
  /** the client IP, as resolved by lib/security/client-ip.ts */
  ip: string;
  /** value of the trusted country header, if one is configured and present */
  trustedCountry: string | null;
}

export interface Visitor {
  ip: string;
  country: string | null;
  device: DeviceClass;
  isBot: boolean;
  referrerHost: string | null;
}

function countryOf(ip: string, trusted: string | null): string | null {
  const fromHeader = trusted?.trim().toUpperCase();
  if (fromHeader && /^[A-Z]{2}$/.test(fromHeader) && fromHeader !== "XX") return fromHeader;
  return geoip.lookup(ip)?.country ?? null;
}

function deviceOf(ua: string, bot: boolean): DeviceClass {
  if (bot) return "bot";
  const type = Bowser.parse(ua).platform.type;
  return type === "mobile" || type === "tablet" || type === "desktop" ? type : "other";
}

function hostOf(referer: string | null): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).hostname.slice(0, 255) || null;
  } catch {
    return null;
  }
}

// User agents repeat heavily (a few app webviews dominate creator traffic);
// classifying one costs two large regex passes, so results are memoised.
const uaClasses = new LRUCache<string, { bot: boolean; device: DeviceClass }>({ max: 5_000 });

function classify(ua: string): { bot: boolean; device: DeviceClass } {
  let c = uaClasses.get(ua);
  if (!c) {
    const bot = !ua || isbot(ua);
    c = { bot, device: deviceOf(ua, bot) };
    uaClasses.set(ua, c);
  }
  return c;
}

export function describeVisitor(f: RequestFacts): Visitor {
  const ua = classify(f.userAgent);
  // HEAD requests are link checkers and unfurlers, not shoppers.
  const bot = ua.bot || f.method === "HEAD";
  const ip = f.ip;
  return { ip, country: countryOf(ip, f.trustedCountry), device: bot ? "bot" : ua.device, isBot: bot, referrerHost: hostOf(f.referer) };
}
