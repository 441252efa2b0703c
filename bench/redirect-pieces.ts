// npm run bench:redirect-pieces: the redirect's own per-click work, piece by
// piece, in one process (no server, no database): building the location from
// the stored destination (buildLocation, what every click paid before) against
// the per-link template the redirect now uses, the visitor description, the IP
// hash and the click id. Medians of BENCH_ROUNDS (5) rounds of 100,000 calls,
// pieces interleaved within each round.
import type { Pool } from "pg";
import { newClickId } from "../lib/ids";
import { buildLocation, locationTemplate } from "../lib/tracking/destination";
import { IpHasher } from "../lib/tracking/ip-hash";
import { describeVisitor } from "../lib/tracking/visitor";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const N = 100_000;
const convention = { utmSource: "{creator}", utmMedium: "influencer", utmContent: "{placement}", utmTerm: null };
const values = { creator: "maya-chen", campaign: "spring-launch", placement: "story" };
const destination = "https://shop.example.com/products/serum?ref=abc";
const UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
// no database: the hasher keeps its process-local salt, and hash() is the redirect's own
const hasher = new IpHasher({ query: async () => ({ rows: [] }) } as unknown as Pool);
await hasher.ready;
const at = locationTemplate(destination, convention, values);
const ids = Array.from({ length: 1024 }, () => newClickId());

let sink = 0;
const pieces: Record<string, (i: number) => string | object> = {
  "buildLocation (before)": (i) => buildLocation(destination, convention, values, ids[i & 1023]),
  "location template (now)": (i) => at(ids[i & 1023]),
  describeVisitor: () => describeVisitor({ method: "GET", userAgent: UA, referer: null, ip: "203.0.113.9", trustedCountry: null }),
  "IP hash (HMAC-SHA256)": () => hasher.hash("203.0.113.9"),
  "click id (nanoid)": () => newClickId(),
};
const times = new Map<string, number[]>(Object.keys(pieces).map((k) => [k, []]));
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of Object.entries(pieces)) {
    const t = performance.now();
    for (let i = 0; i < N; i++) sink += typeof fn(i) === "string" ? 1 : 0;
    times.get(name)!.push(((performance.now() - t) * 1000) / N);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times.get("buildLocation (before)")!);
console.log(`per call, median of ${ROUNDS} rounds of ${N.toLocaleString("en-US")} (µs; ratio to buildLocation):`);
for (const [name, xs] of times) console.log(`  ${name.padEnd(26)} ${median(xs).toFixed(2).padStart(6)}  ${(median(xs) / base).toFixed(3)}x`);
if (sink < 0) console.log(sink);
