// ReportFilters ↔ URL search params, the date presets and the comparison
// range. Every report reads its state from the URL through parseReportFilters,
// so a view can be bookmarked and shared; a malformed value falls back to its
// default (a hand-edited URL shows a report, never an error page).
// A preset is stored as its name, not as dates, so a bookmarked "last 7 days"
// stays the last 7 days; only a custom range writes from/to.
import { z } from "zod";
import type { SearchParams } from "@/lib/list/params";
import { addDays, todayIn as todayInZone } from "./calendar";
import { addYears, daysBetween, isDay, startOfMonth, startOfQuarter, startOfYear, type Day } from "./periods";
import { COMPARISONS, DEVICES, PRESETS, type ReportFilters } from "./types";

export type Preset = ReportFilters["preset"];
export type DayRange = { from: Day; to: Day };

export const DEFAULT_PRESET = "30d" satisfies Preset;
export const DEFAULT_COMPARE = "previous" satisfies ReportFilters["compare"];
/** The longest custom range a report accepts (a longer one is cut to end at its `to`). */
export const MAX_RANGE_DAYS = 3 * 366;

export const PRESET_LABELS: Record<Preset, string> = {
  "7d": "Last 7 days",
  "28d": "Last 28 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  mtd: "Month to date",
  qtd: "Quarter to date",
  ytd: "Year to date",
  "12m": "Last 12 months",
  custom: "Custom range",
};

export const COMPARE_LABELS: Record<ReportFilters["compare"], string> = {
  previous: "Previous period",
  last_year: "Same dates last year",
  none: "No comparison",
};

/** The days a preset covers, ending today (in the workspace's time zone) inclusive. */
export function presetRange(preset: Exclude<Preset, "custom">, today: Day): DayRange {
  const lastDays = (n: number) => ({ from: addDays(today, 1 - n), to: today });
  switch (preset) {
    case "7d": return lastDays(7);
    case "28d": return lastDays(28);
    case "30d": return lastDays(30);
    case "90d": return lastDays(90);
    case "mtd": return { from: startOfMonth(today), to: today };
    case "qtd": return { from: startOfQuarter(today), to: today };
    case "ytd": return { from: startOfYear(today), to: today };
    // the day after the same date a year ago: 365 or 366 days, as the calendar has them
    case "12m": return { from: addDays(addYears(today, -1), 1), to: today };
  }
}

/** The range a report compares with: the equally long period just before, or the same dates a year earlier. */
export function comparisonRange(range: DayRange, compare: ReportFilters["compare"]): DayRange | null {
  if (compare === "none") return null;
  if (compare === "last_year") return { from: addYears(range.from, -1), to: addYears(range.to, -1) };
  const length = daysBetween(range.from, range.to) + 1;
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}

/** Number of days in a range, both ends included. */
export function rangeDays(range: DayRange): number {
  return daysBetween(range.from, range.to) + 1;
}

const day = z.string().refine(isDay);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

// each field parsed alone, so one bad value never discards the others
const paramsSchema = z.object({
  preset: optional(z.enum(PRESETS)),
  from: optional(day),
  to: optional(day),
  compare: z.enum(COMPARISONS).catch(DEFAULT_COMPARE),
  campaign: optional(id),
  creator: optional(id),
  placement: optional(z.string().regex(/^[a-z0-9_-]{1,40}$/)),
  country: optional(z.string().regex(/^[A-Za-z]{2}$/).transform((c) => c.toUpperCase())),
  device: optional(z.enum(DEVICES)),
});

function first(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v)?.trim() || undefined]));
}

/**
 * The report's filters from its URL. `today` is today in the workspace's
 * time zone (todayIn). A custom range without valid from/to, or with from
 * after to, falls back to the default preset; a custom range in the future is
 * kept (it simply shows nothing).
 */
export function parseReportFilters(params: SearchParams, today: Day, defaultPreset: Exclude<Preset, "custom"> = DEFAULT_PRESET): ReportFilters {
  const p = paramsSchema.parse(first(params));
  const scope = {
    ...(p.campaign && { campaignId: p.campaign }),
    ...(p.creator && { creatorId: p.creator }),
    ...(p.placement && { placement: p.placement }),
    ...(p.country && { country: p.country }),
    ...(p.device && { device: p.device }),
  };
  const wantsCustom = p.preset === "custom" || (p.from !== undefined && p.to !== undefined && !params.preset);
  if (wantsCustom && p.from && p.to && p.from <= p.to) {
    const from = rangeDays({ from: p.from, to: p.to }) > MAX_RANGE_DAYS ? addDays(p.to, 1 - MAX_RANGE_DAYS) : p.from;
    return { preset: "custom", from, to: p.to, compare: p.compare, ...scope };
  }
  const preset = p.preset === undefined || p.preset === "custom" ? defaultPreset : p.preset;
  return { preset, ...presetRange(preset, today), compare: p.compare, ...scope };
}

/**
 * Search params for `f`, defaults left out; `change` overrides fields
 * (undefined removes a filter). `defaultPreset` is the target page's own
 * default (the scorecard looks at 90 days), so any other preset is written.
 */
export function reportSearchParams(f: ReportFilters, change: Partial<ReportFilters> = {}, defaultPreset: Preset = DEFAULT_PRESET): URLSearchParams {
  const n = { ...f, ...change };
  const sp = new URLSearchParams();
  if (n.preset === "custom") {
    sp.set("preset", "custom");
    sp.set("from", n.from);
    sp.set("to", n.to);
  } else if (n.preset !== defaultPreset) sp.set("preset", n.preset);
  if (n.compare !== DEFAULT_COMPARE) sp.set("compare", n.compare);
  const scope: [string, string | undefined][] = [["campaign", n.campaignId], ["creator", n.creatorId], ["placement", n.placement], ["country", n.country], ["device", n.device]];
  for (const [k, v] of scope) if (v) sp.set(k, v);
  return sp;
}

export function reportHref(path: string, f: ReportFilters, change: Partial<ReportFilters> = {}, defaultPreset: Preset = DEFAULT_PRESET): string {
  const qs = reportSearchParams(f, change, defaultPreset).toString();
  return qs ? `${path}?${qs}` : path;
}

/** Today in the workspace's time zone (UTC if the stored zone is unknown to this runtime). */
export function todayIn(timeZone: string, now = new Date()): Day {
  try {
    return todayInZone(timeZone, now);
  } catch {
    return todayInZone("UTC", now);
  }
}
