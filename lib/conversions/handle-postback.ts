// POST (signed JSON) and GET (token + query) postbacks: authenticate the
// merchant, then spend its budget, validate, record, answer, and log every
// request with its verdict (an accepted one in the same statement as its
// conversion; see claim.ts). Bad input writes nothing but the log line.
// Failed authentication spends the client's failure budget instead
// (auth-failure.ts); requests for merchants that do not exist are counted,
// not logged (junk-counter.ts).
import { parseJsonText } from "@/lib/api/body";
import { AppError, jsonReply, problemReply, toAppError, type Reply } from "@/lib/api/errors";
import { consume } from "@/lib/security/rate-limit";
import { chargeAuthFailure } from "./auth-failure";
import { countJunk, JUNK_COUNTERS } from "./junk-counter";
import { redact, rejectionReason, duplicateOf, writePostbackLog, type PostbackLogEntry } from "./log";
import { findMerchant, verifyGetToken, verifySignedBody, type HeaderReader } from "./merchant-auth";
import { recordConversion } from "./record";
import { postbackSchema, queryToInput } from "./schema";

/** An order event is a few hundred bytes; anything this large is not one. */
export const MAX_POSTBACK_BYTES = 64 * 1024;

/** What the handler reads of a request: a Web Request fits, and so does the fast door's thin view of a node:http one. */
export interface IncomingPostback {
  method: string;
  url: string;
  headers: HeaderReader;
  text(): Promise<string>;
}

export async function handlePostback(req: IncomingPostback, merchantId: string): Promise<Reply> {
  const channel = req.method === "GET" ? "get" : "post";
  const log: PostbackLogEntry = { workspaceId: null, merchantId: null, channel, webhookId: req.headers.get("webhook-id"), httpStatus: 0, verdict: "rejected", reason: "", payload: null, conversionId: null, isTest: false };
  let response: Reply;
  let quiet = false;
  // until the signature or token checks out, a refusal is the client's failure, not the merchant's
  let authenticated = false;
  try {
    const merchant = await findMerchant(merchantId);
    Object.assign(log, { workspaceId: merchant.workspaceId, merchantId: merchant.id });

    let raw: unknown;
    let testSecret = false;
    if (channel === "post") {
      const body = await req.text();
      if (Buffer.byteLength(body) > MAX_POSTBACK_BYTES) throw new AppError("payload_too_large", `The body is over ${MAX_POSTBACK_BYTES / 1024} KB; a postback carries one order event.`);
      ({ testSecret } = verifySignedBody(merchant, req.headers, body));
      authenticated = true;
      await consume("postback", merchant.id);
      raw = parseJsonText(body);
    } else {
      const search = new URL(req.url).searchParams;
      verifyGetToken(merchant.getTokenHash, search.get("token"));
      authenticated = true;
      await consume("postback", merchant.id);
      raw = queryToInput(search);
    }
    log.payload = redact(raw);
    const input = postbackSchema.parse(raw);
    const isTest = input.test || testSecret;
    log.isTest = isTest;
    const { answer, created } = await recordConversion(merchant, input, isTest, { ...log, httpStatus: 201 });
    if (created) return jsonReply(answer, 201);
    Object.assign(log, duplicateOf(answer));
    response = jsonReply(answer, 200);
  } catch (e) {
    let error = toAppError(e);
    if (error.status >= 500) console.error(`[postback] ${merchantId}`, e);
    if (!authenticated && error.status < 500) ({ error, throttled: quiet } = await chargeAuthFailure(req.headers, error));
    log.reason = rejectionReason(error);
    response = problemReply(error);
  }
  log.httpStatus = response.status;
  // an unknown merchant id is counted, not logged: it has no inspector to show it in, and a row each would let anyone fill the table
  if (!log.merchantId) {
    if (!quiet) countJunk(JUNK_COUNTERS.unknownMerchant);
  } else if (!quiet) await writePostbackLog(log).catch((e: Error) => console.error("[postback] log write failed:", e.message));
  return response;
}
