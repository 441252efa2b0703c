// What the clicks numbered (from, to] change in the click rollup of one
// workspace. A click's validity and first-visit status depend only on the
// clicks of the same visitor (daily IP hash) on the same link, so only those
// groups are re-judged: each click of a touched group is judged among the
// clicks up to `to` and among those up to `from` (if it existed then), and
// only the difference goes into the rollup. A late click that makes a later
// one a repeat, or takes its first visit, moves exactly those counts.
import type { PoolClient } from "pg";
import { invalidClickInWindowSql } from "@/lib/tracking/invalid-clicks";
import { clickFacts, dayIn, firstVisitInWindow } from "../facts";
import { applyDelta } from "./apply-delta";

// $1 workspace, $2 time zone, $3 old mark, $4 new mark. The new clicks come
// from the seq index; each touched group is then read through the
// ("ipHash", "linkId", "occurredAt") index, one lateral lookup per group that
// reads that group's clicks and no others (OFFSET 0 keeps the planner from
// turning it into a scan of every click). The other conditions are written as
// filters that no index can serve ("IS TRUE", "+ 0"): with statistics that
// lag a bulk load, the planner otherwise intersects the lookup with an index
// matching nearly every row, which costs the whole table per group.
// The groups are looked up in key order: each lookup then descends the index next to the last one
// (0.92x of the statement's time at 10,000 new clicks, docs/PERFORMANCE.md). Bytewise order is the
// index's for hex hashes and lowercase ids, and were it not, only the locality would change.
const filter = (cond: string) => `(${cond}) IS TRUE`;
const GROUPS = `SELECT x."ipHash", x."linkId" FROM (SELECT DISTINCT n."ipHash", n."linkId" FROM "Click" n WHERE n.seq > $3::bigint AND n.seq <= $4::bigint AND ${filter('n."workspaceId" = $1')}) x
  ORDER BY x."ipHash" COLLATE "C", x."linkId" COLLATE "C"`;
const GROUP_CLICKS = `SELECT k.id, k.seq, k."occurredAt", k."isBot", k."ipHash", k."linkId", k."creatorId", k."campaignId", k.placement, k.country, k.device
  FROM g CROSS JOIN LATERAL (SELECT * FROM "Click" k WHERE k."ipHash" = g."ipHash" AND k."linkId" = g."linkId" AND k.seq + 0 <= $4::bigint OFFSET 0) k`;
// Each group's clicks are judged twice in one scan: among all of them ("now"),
// and, for those that existed at the old mark, among those only ("before":
// the same window, its aggregates filtered to seq <= old mark). The latest
// earlier click decides a repeat; any earlier non-bot click takes the first visit.
// The groups are told apart bytewise (COLLATE "C": equality is the same in any
// deterministic collation, and the sort skips the locale's rules); ties on the
// time are broken by id in the database's collation, as facts.ts breaks them.
const EXISTED = `r.seq <= $3::bigint`;
const judged = (when: string, among?: string) =>
  `CASE WHEN ${invalidClickInWindowSql("r", "w", among)} THEN 1 ELSE 0 END AS invalid_${when}, CASE WHEN ${firstVisitInWindow("r", "w", among)} THEN 1 ELSE 0 END AS first_${when}`;
/** The click delta of workspace $1 (time zone $2) between marks $3 and $4, for applyDelta. */
export const CLICK_DELTA_SQL = `
  WITH g AS MATERIALIZED (${GROUPS}),
       r AS MATERIALIZED (${GROUP_CLICKS}),
       j AS (
         SELECT r.*, ${EXISTED} AS existed, ${judged("now_")}, ${judged("before_", EXISTED)}
           FROM r
         WINDOW w AS (PARTITION BY r."ipHash" COLLATE "C", r."linkId" COLLATE "C" ORDER BY r."occurredAt", r.id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING))
  SELECT * FROM (
    SELECT ${dayIn('j."occurredAt"')} AS day, j."creatorId" AS creator, j."campaignId" AS campaign, j.placement,
           coalesce(j.country, '') AS country, j.device::text AS device,
           (1 - invalid_now_) - CASE WHEN existed THEN 1 - invalid_before_ ELSE 0 END AS clicks,
           invalid_now_ - CASE WHEN existed THEN invalid_before_ ELSE 0 END AS invalid_clicks,
           first_now_ - CASE WHEN existed THEN first_before_ ELSE 0 END AS unique_clicks
      FROM j) d
   WHERE clicks <> 0 OR invalid_clicks <> 0 OR unique_clicks <> 0`;

/** Adds the click delta of workspace `workspaceId` between the marks: daily rows to the journal (journal.ts). */
export function applyClickDelta(client: PoolClient, workspaceId: string, timeZone: string, from: bigint, to: bigint): Promise<number> {
  return applyDelta(client, "clicks", CLICK_DELTA_SQL, [workspaceId, timeZone, from.toString(), to.toString()], "append");
}

/** Every click up to `to`, as one delta onto an empty rollup (a rebuild). */
export function applyAllClicks(client: PoolClient, workspaceId: string, timeZone: string, to: bigint): Promise<number> {
  return applyDelta(client, "clicks", clickFacts(`k."workspaceId" = $1 AND k.seq <= $3::bigint`, `prior.seq <= $3::bigint`), [workspaceId, timeZone, to.toString()]);
}
