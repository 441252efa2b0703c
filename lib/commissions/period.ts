import type { CapPeriod } from "@/lib/generated/prisma/enums";

/** The UTC calendar month holding `at`, or all time for a whole-campaign cap. */
export function periodOf(at: Date, period: CapPeriod | null): { from: Date; to: Date } {
  if (period === "campaign") return { from: new Date(0), to: new Date(8.64e15) };
  return { from: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1)), to: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)) };
}
