// Which clicks count. A click is invalid when a bot made it, or when the same
// visitor (the daily IP hash) clicked the same link within the previous
// REPEAT_WINDOW_SECONDS: a double tap or a refresh loop is one visit, and a
// script replaying a link is not an audience. Invalid clicks are counted
// apart in reports and never credited with an order. Reports, attribution and
// the fraud pass all use this one definition (docs/METRICS.md).
export const REPEAT_WINDOW_SECONDS = 60;

/**
 * SQL predicate, true when the "Click" row aliased `alias` is invalid. Ties on
 * occurredAt are broken by id so exactly one of two simultaneous clicks is the
 * first. Served by the ("ipHash", "linkId", "occurredAt") index. `priorIn`, when given,
 * is a condition on the earlier click (aliased "prior") limiting which clicks
 * exist yet: the analytics pass judges a click as of a high-water mark.
 */
export function invalidClickSql(alias: string, priorIn = "true"): string {
  const c = `"${alias}"`;
  return `(${c}."isBot" OR EXISTS (SELECT 1 FROM "Click" prior
      WHERE prior."ipHash" = ${c}."ipHash" AND prior."linkId" = ${c}."linkId" AND ${priorIn}
        AND prior."occurredAt" >= ${c}."occurredAt" - interval '${REPEAT_WINDOW_SECONDS} seconds'
        AND (prior."occurredAt", prior.id) < (${c}."occurredAt", ${c}.id)))`;
}

/**
 * The same judgement read off an ordered window: `window` names a window over
 * one visitor's clicks on one link (PARTITION BY "ipHash", "linkId" ORDER BY
 * "occurredAt", id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING: the
 * clicks before this one). The latest of them alone says whether an earlier
 * click falls within the repeat window. `among`, when given, is a condition
 * on the earlier clicks that counts only those (the analytics pass judges
 * each click both among all of its group and among the clicks that existed at
 * its last mark, in one sort). One sort per group instead of one index probe
 * per click: what the analytics pass uses to re-judge the groups new clicks
 * touched.
 */
export function invalidClickInWindowSql(alias: string, window: string, among?: string): string {
  const c = `"${alias}"`;
  const latest = `max(${c}."occurredAt")${among ? ` FILTER (WHERE ${among})` : ""} OVER ${window}`;
  return `(${c}."isBot" OR coalesce(${latest} >= ${c}."occurredAt" - interval '${REPEAT_WINDOW_SECONDS} seconds', false))`;
}
