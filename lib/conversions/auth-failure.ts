// Requests refused before they authenticated (unknown merchant or pixel key,
// bad signature or token, a page origin the merchant did not allow, an
// oversized body) spend the client's own failure budget, never the
// merchant's: the merchant's budget is spent only once a request proved who
// sent it. Once a client's failure budget is gone its failures are answered
// 429 and counted, without a postback-log row each.
//
// The client is clientIpOf(headers), stamped by our HTTP server. A request
// that did not come through it (bare `next start`) has no trustworthy address
// and shares one "0.0.0.0" budget: that only ever throttles failures, since an
// authenticated request never reads this budget.
import { AppError } from "@/lib/api/errors";
import { consume } from "@/lib/security/rate-limit";
import { clientIpOf, type HeaderReader } from "@/lib/security/client-ip";
import { countJunk, JUNK_COUNTERS } from "./junk-counter";

/** Charges the failure to the client; returns the error to answer, and whether it is a throttled (quiet) one. */
export async function chargeAuthFailure(headers: HeaderReader, error: AppError): Promise<{ error: AppError; throttled: boolean }> {
  try {
    await consume("authFailure", clientIpOf(headers));
    return { error, throttled: false };
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== "rate_limited") throw e;
    countJunk(JUNK_COUNTERS.throttledFailure);
    return { error: new AppError("rate_limited", `Too many failed authentications from this client. ${e.message}`, e.extra), throttled: true };
  }
}
