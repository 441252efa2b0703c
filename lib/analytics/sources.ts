// Where report fact rows come from: the rollup, pre-summed per day, week or month in
// the smallest cube that holds every dimension a report filters or groups by
// (built from the raw tables' fact rows, facts.ts), and the content posts.
import { postFacts } from "./facts";
import type { Grouping, Sources, SpanRows } from "./query";
import type { ReportFilters } from "./types";
import { addDays, weekOf } from "./calendar";
import { CUBES, FINEST_CUBE, JOURNAL_CUBES, LINK_CUBE, ROLLUPS, type CubeDim, type RollupKind } from "./rollup/apply-delta";

// [$3, $4] are calendar days in zone $2; stored times are UTC timestamps
const FROM = `(($3::date)::timestamp AT TIME ZONE $2 AT TIME ZONE 'UTC')`;
const UNTIL = `(($4::date + 1)::timestamp AT TIME ZONE $2 AT TIME ZONE 'UTC')`;
const POSTS = postFacts(`p."postedAt" >= ${FROM} AND p."postedAt" < ${UNTIL}`);

const LINK_DIMS: readonly CubeDim[] = ["creator", "campaign", "placement"];
const NEEDS: Record<Grouping, readonly CubeDim[]> = {
  total: [], day: [], week: [], creator: ["creator"], campaign: ["campaign"], placement: ["placement"], creative: LINK_DIMS, country: ["country"], device: ["device"],
};
const FILTERED: [keyof ReportFilters, CubeDim][] = [["creatorId", "creator"], ["campaignId", "campaign"], ["placement", "placement"], ["country", "country"], ["device", "device"]];
// the cubes of lib/analytics/rollup/apply-delta.ts, fewest rows first (per day, at bench/dashboard's sizes)
const SMALLEST_FIRST = [6, 8, 9, 2, 7, 4, 5, 1, 10, 3, 11, 12, 0];

/** The smallest rollup cube that holds every dimension a report filters or groups by. */
export function cubeFor(f: ReportFilters, group: Grouping): number {
  const used = [...NEEDS[group], ...FILTERED.filter(([k]) => f[k]).map(([, d]) => d)];
  return SMALLEST_FIRST.find((c) => used.every((d) => CUBES[c].includes(d)))!;
}

// Whole closed months inside the range are read from monthly rows, whole closed weeks around
// them from the weekly tables, and only the days left at either end from daily rows (only closed
// months and weeks have rows: lib/analytics/rollup/closed-periods.ts). Which rows serve which days is
// worked out here, from the range and where the workspace's closed months and weeks end (read just
// before), and written into the statement as dates, so each part is one index range the planner
// knows. An older value (a period closed meanwhile) reads finer rows where coarser ones would do,
// and finer rows stay exact for closed periods too: the same sums.
export interface ClosedPeriods {
  /** the first day of the workspace's first open rollup month; null: none closed */
  months: string | null;
  /** the Monday of its first open rollup week; null: none closed */
  weeks: string | null;
}
export type Span = { rows: "day" | "week" | "month"; from: string; until: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (value: string | null, what: string): string | null => {
  if (value !== null && !ISO_DATE.test(value)) throw new Error(`${what} is not a date: ${value}`);
  return value;
};
const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);
const monthOf = (day: string) => `${day.slice(0, 8)}01`;
const monthFrom = (day: string) => (day.endsWith("-01") ? day : monthOf(addDays(monthOf(day), 32)));
const weekFrom = (day: string) => (weekOf(day) === day ? day : addDays(weekOf(day), 7));

// [a, b) as whole closed weeks between the days at either end
function weeksIn(a: string, b: string, weeksBefore: string | null): Span[] {
  const w1 = weekFrom(a);
  const w2 = max(w1, min(weekOf(b), weeksBefore ?? w1));
  if (w1 === w2) return [{ rows: "day", from: a, until: b }];
  const spans: Span[] = [{ rows: "day", from: a, until: min(w1, b) }, { rows: "week", from: w1, until: w2 }, { rows: "day", from: w2, until: b }];
  return spans.filter((s) => s.from < s.until);
}

/** The rows that cover the days [from, to] exactly once: per day for a day series, per week and day for a week series, else per month, week and day. */
export function rollupSpans(range: { from: string; to: string }, group: Grouping, closed: ClosedPeriods): Span[] {
  const from = date(range.from, "the range's first day")!;
  const until = addDays(date(range.to, "the range's last day")!, 1);
  const months = date(closed.months, "rollupMonthsBefore");
  const weeks = date(closed.weeks, "rollupWeeksBefore");
  if (from >= until) return [];
  if (group === "day") return [{ rows: "day", from, until }];
  if (group === "week") return weeksIn(from, until, weeks);
  const m1 = monthFrom(from);
  const m2 = max(m1, min(monthOf(until), months ?? m1));
  if (m1 === m2) return weeksIn(from, until, weeks);
  return [...(from < m1 ? weeksIn(from, m1, weeks) : []), { rows: "month", from: m1, until: m2 }, ...(m2 < until ? weeksIn(m2, until, weeks) : [])];
}

// each span one range of the (workspace, cube, [monthly,] day) or (…, creator, campaign, placement, day)
// index; a day span of clicks also reads the journal's rows (rollup/journal.ts: the pass's latest,
// at most about an hour of them and a late day). The journal holds a few cubes (JOURNAL_CUBES); for
// any other its finest rows serve: a report sums rows per group under its filters, and any cube's row
// is the sum of finest rows.
// `narrow` is a further condition on the rollup's columns.
const selectRows = (kind: RollupKind, from: string, cube: number, rows: string) => (narrow: string) => `SELECT day, "creatorId" AS creator, "campaignId" AS campaign, placement, country, device, ${ROLLUPS[kind].measures.join(", ")}
    FROM "${from}" WHERE "workspaceId" = $1 AND cube = ${cube}${rows} ${narrow}`;

function spanRows(kind: RollupKind, cube: number, spans: Span[]): SpanRows[] {
  const { table, weekly, journal } = ROLLUPS[kind];
  const days = (s: Span) => ` AND day >= '${s.from}'::date AND day < '${s.until}'::date`;
  return spans.flatMap((s) => {
    const part = (from: string, rows: string, c = cube): SpanRows => ({ from: s.from, until: s.until, journal: from === journal, rows: selectRows(kind, from, c, rows) });
    if (s.rows === "week") return [part(weekly, days(s))];
    if (s.rows === "month") return [part(table, ` AND monthly${days(s)}`)];
    return [part(table, ` AND NOT monthly${days(s)}`), ...(journal ? [part(journal, days(s), JOURNAL_CUBES.includes(cube) ? cube : FINEST_CUBE)] : [])];
  });
}

// the parts' rows as one statement; an empty range still needs one with the rows' columns
const union = (kind: RollupKind, cube: number, parts: SpanRows[], narrow = "") =>
  parts.length ? parts.map((s) => s.rows(narrow)).join("\n  UNION ALL ") : selectRows(kind, ROLLUPS[kind].table, cube, " AND false")(narrow);
const rollup = (kind: RollupKind, cube: number, spans: Span[]) => union(kind, cube, spanRows(kind, cube, spans));

/** The report's fact rows over `range` from the rollup, read where `closed` says closed months and weeks end. */
export function rollupSources(f: ReportFilters, group: Grouping, closed: ClosedPeriods, range: { from: string; to: string }): Sources {
  const cube = cubeFor(f, group);
  const spans = rollupSpans(range, group, closed);
  const linkSpans = spanRows("clicks", LINK_CUBE, spans);
  return {
    clicks: rollup("clicks", cube, spans),
    linkClicks: (narrow) => union("clicks", LINK_CUBE, linkSpans, narrow),
    linkSpans,
    clicksKeepLinks: cube === LINK_CUBE,
    conversions: rollup("orders", cube, spans),
    posts: POSTS,
  };
}
