// The calendar arithmetic of report periods on "YYYY-MM-DD" days (already
// days in the workspace's time zone): months, quarters, years and leap days.
// Reports count in the workspace's days, so this works on dates, never on
// instants: a day is a day whether it has 23, 24 or 25 hours there. Only
// "which day is it now" needs the zone (calendar.ts asks Intl, the
// platform's tz database), so no date library is needed.

export type Day = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in the proleptic Gregorian calendar (rejects 2026-02-30). */
export function isDay(s: string): s is Day {
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const parts = (day: Day) => day.split("-").map(Number) as [number, number, number];
const fromUtc = (d: Date): Day => d.toISOString().slice(0, 10);

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: Day, b: Day): number {
  const [ya, ma, da] = parts(a);
  const [yb, mb, db] = parts(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}

/** The same date `n` years away; 29 February becomes 28 February in a common year. */
export function addYears(day: Day, n: number): Day {
  const [y, m, d] = parts(day);
  const last = new Date(Date.UTC(y + n, m, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y + n, m - 1, Math.min(d, last))));
}

export function startOfMonth(day: Day): Day {
  return `${day.slice(0, 7)}-01`;
}

export function startOfQuarter(day: Day): Day {
  const [y, m] = parts(day);
  const q = Math.floor((m - 1) / 3) * 3 + 1;
  return `${y}-${String(q).padStart(2, "0")}-01`;
}

export function startOfYear(day: Day): Day {
  return `${day.slice(0, 4)}-01-01`;
}
