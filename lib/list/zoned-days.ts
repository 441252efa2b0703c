// Date filters are calendar days in the workspace's time zone (what a
// marketer means by "the 3rd"), stored times are UTC: a day range becomes the
// UTC instants of its first midnight and of the midnight after its last day.

/** Minutes the zone is ahead of UTC at this instant. */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a calendar day (YYYY-MM-DD) starts in the zone; a second pass settles days whose offset changes (DST). */
export function zonedDayStart(day: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  let at = midnightUtc - offsetMinutes(new Date(midnightUtc), timeZone) * 60_000;
  at = midnightUtc - offsetMinutes(new Date(at), timeZone) * 60_000;
  return new Date(at);
}

export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** from/to days (both inclusive, either optional) → a Prisma DateTime filter, or undefined for no bound. */
export function zonedDayRange(from: string | undefined, to: string | undefined, timeZone: string): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  return { ...(from ? { gte: zonedDayStart(from, timeZone) } : {}), ...(to ? { lt: zonedDayStart(nextDay(to), timeZone) } : {}) };
}

/** The calendar day an instant falls on in the zone. */
export function zonedDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
