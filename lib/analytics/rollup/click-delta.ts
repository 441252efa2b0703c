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

// $1 workspace, $2 time zone, $3 old mark, $4 new mark. The new clicks come
// from the seq index; each touched group is then read through the IP-hash
// index, one lateral lookup per group (OFFSET 0 keeps the planner from
// turning it into a scan of every click). The other conditions are written as
// filters that no index can serve ("IS TRUE", "+ 0"): with statistics that
// lag a bulk load, the planner otherwise intersects the lookup with an index
// matching nearly every row, which costs the whole table per group.
const filter = (cond: string) => `(${cond}) IS TRUE`;
const GROUPS = `SELECT DISTINCT n."ipHash", n."linkId" FROM "Click" n WHERE n.seq > $3::bigint AND n.seq <= $4::bigint AND ${filter('n."workspaceId" = $1')}`;
const AS_OF = (mark: string) =>
  `SELECT x.* FROM g CROSS JOIN LATERAL (${clickFacts(`k."ipHash" = g."ipHash" AND k."linkId" = g."linkId" AND k.seq + 0 <= ${mark}`, `prior.seq + 0 <= ${mark}`)} OFFSET 0) x`;
// the groups are found once, for both sides of the delta
const DELTA = `
  WITH g AS MATERIALIZED (${GROUPS})
  SELECT day, creator, campaign, placement, country, device, clicks, invalid_clicks, unique_clicks FROM (${AS_OF("$4::bigint")}) a
  UNION ALL
  SELECT day, creator, campaign, placement, country, device, -clicks, -invalid_clicks, -unique_clicks FROM (${AS_OF("$3::bigint")}) b`;

export function applyClickDelta(client: PoolClient, workspaceId: string, timeZone: string, from: bigint, to: bigint): Promise<number> {
  return applyDelta(client, "clicks", DELTA, [workspaceId, timeZone, from.toString(), to.toString()]);
}

/** Every click up to `to`, as one delta onto an empty rollup (a rebuild). */
export function applyAllClicks(client: PoolClient, workspaceId: string, timeZone: string, to: bigint): Promise<number> {
  return applyDelta(client, "clicks", clickFacts(`k."workspaceId" = $1 AND k.seq <= $3::bigint`, `prior.seq <= $3::bigint`), [workspaceId, timeZone, to.toString()]);
}
