// What the clicks numbered (from, to] change in the click rollup of one
// workspace. A click's validity and first-visit status depend only on the
// clicks of the same visitor (daily IP hash) on the same link, so only those
// groups are recomputed: each click of a touched group counts +1 as judged
// among the clicks up to `to`, and -1 as it was judged among the clicks up to
// `from` (if it existed then). A late click that makes a later one a repeat,
// or takes its first visit, moves exactly those counts.
import type { PoolClient } from "pg";
import { clickFacts } from "../facts";
import { applyDelta } from "./apply-delta";

// $1 workspace, $2 time zone, $3 old mark, $4 new mark
const TOUCHED = `(k."ipHash", k."linkId") IN (SELECT n."ipHash", n."linkId" FROM "Click" n WHERE n."workspaceId" = $1 AND n.seq > $3::bigint AND n.seq <= $4::bigint)`;
const AS_OF = (mark: string) => clickFacts(`k.seq <= ${mark} AND ${TOUCHED}`, `prior.seq <= ${mark}`);
const DELTA = `
  SELECT day, creator, campaign, placement, country, device, clicks, invalid_clicks, unique_clicks FROM (${AS_OF("$4::bigint")}) a
  UNION ALL
  SELECT day, creator, campaign, placement, country, device, -clicks, -invalid_clicks, -unique_clicks FROM (${AS_OF("$3::bigint")}) b`;

export function applyClickDelta(client: PoolClient, workspaceId: string, timeZone: string, from: bigint, to: bigint): Promise<number> {
  return applyDelta(client, "clicks", DELTA, [workspaceId, timeZone, from.toString(), to.toString()]);
}

/** Every click up to `to`, as one delta onto an empty rollup (a rebuild). */
export function applyAllClicks(client: PoolClient, workspaceId: string, timeZone: string, to: bigint): Promise<number> {
  return applyDelta(client, "clicks", clickFacts(`k.seq <= $3::bigint`, `prior.seq <= $3::bigint`), [workspaceId, timeZone, to.toString()]);
}
