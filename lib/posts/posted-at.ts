// When a post went up, as people write it: an instant with its offset
// ("2026-11-02T18:00:00Z", "…+01:00"), or a wall-clock time or a bare day
// ("2026-11-02 18:00", "2026-11-02") read in the workspace's time zone.
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetAt(utcMs: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, Number(p.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(utcMs / 1000) * 1000;
}

/** The instant, or null when the text is not one of the accepted forms (or not a real day). */
export function parsePostedAt(text: string, timeZone: string): Date | null {
  const t = text.trim();
  if (WITH_OFFSET.test(t)) {
    const d = new Date(t.replace(" ", "T"));
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const m = LOCAL.exec(t);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? "0", m[5] ?? "0", m[6] ?? "0"].map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  // the zone's offset at the guessed instant, then again at the corrected one (a DST change between them)
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone));
}

/** The instant as the form's datetime-local value in the workspace's zone. */
export function localInputValue(d: Date, timeZone: string): string {
  return new Date(d.getTime() + offsetAt(d.getTime(), timeZone)).toISOString().slice(0, 16);
}
