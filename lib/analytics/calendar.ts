// Calendar days as YYYY-MM-DD strings (already in the workspace's time zone):
// arithmetic on the date alone, so no time zone or DST can shift a day.
const DAY_MS = 86_400_000;

const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => fromMs(toMs(day) + n * DAY_MS);

/** Every day from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let ms = toMs(from); ms <= toMs(to); ms += DAY_MS) out.push(fromMs(ms));
  return out;
}

/** The Monday starting the ISO week of `day` (what PostgreSQL's date_trunc('week') gives). */
export const weekOf = (day: string): string => addDays(day, -((new Date(toMs(day)).getUTCDay() + 6) % 7));

/** The Mondays of every week overlapping [from, to]. */
export function weeksOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let w = weekOf(from); w <= to; w = addDays(w, 7)) out.push(w);
  return out;
}

/** Today's date in a time zone. */
export const todayIn = (timeZone: string, now = new Date()): string => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
