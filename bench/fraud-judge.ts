// Judges a generated scenario day by day through the month, as the nightly
// pass would (judgeDay, then coveredBy against the items already raised), and
// scores the flags against what was planted.
import { coveredBy, judgeDay, refundWindow, type Flag } from "@/lib/fraud/detect";
import { factsFromEvents, refundsFromEvents, selfPurchasesFromEvents } from "@/lib/fraud/events";
import { DAY_MS, dayStart, isoDay } from "@/lib/fraud/facts";
import type { Thresholds } from "@/lib/fraud/thresholds";
import { PLANTED_KINDS, type PlantedKind, type Scenario } from "./fraud-scenario";

export function judgeScenario(s: Scenario, thresholds: Thresholds, workspaceId = "ws_bench"): Flag[] {
  const histories = [...factsFromEvents(s.creators, s.clicks, s.sales, thresholds).values()];
  const raised: Flag[] = [];
  for (let d = s.monthStart; d < s.monthEnd; d += DAY_MS) {
    const end = d + DAY_MS;
    const window = refundWindow(isoDay(d));
    const refunds = refundsFromEvents(s.sales, dayStart(window.from), dayStart(window.to) + DAY_MS, end);
    const selfPurchases = selfPurchasesFromEvents(workspaceId, s.creators, s.sales, d, end, "USD");
    for (const f of judgeDay({ day: isoDay(d), creators: histories, refunds, selfPurchases, thresholds })) {
      if (!coveredBy(raised, f)) raised.push(f);
    }
  }
  return raised;
}

export interface KindScore {
  flags: number;
  truePositives: number;
  planted: number;
  caught: number;
}

export interface Score {
  perKind: Record<PlantedKind, KindScore>;
  cleanCreators: number;
  cleanFlags: number;
  cleanFlagsByKind: Partial<Record<PlantedKind, number>>;
}

const overlaps = (f: Flag, from: string, to: string) => f.periodStart.getTime() <= Date.parse(`${to}T00:00:00Z`) && f.periodEnd.getTime() > Date.parse(`${from}T00:00:00Z`);

export function score(s: Scenario, flags: Flag[]): Score {
  const perKind = Object.fromEntries(PLANTED_KINDS.map((k) => [k, { flags: 0, truePositives: 0, planted: 0, caught: 0 }])) as Record<PlantedKind, KindScore>;
  const plantedCreators = new Set(s.planted.map((p) => p.creatorId));
  const cleanFlagsByKind: Partial<Record<PlantedKind, number>> = {};
  let cleanFlags = 0;
  for (const f of flags) {
    if (f.kind === "large_payment") continue;
    const k = perKind[f.kind];
    k.flags++;
    if (s.planted.some((p) => p.kind === f.kind && p.creatorId === f.creatorId && overlaps(f, p.from, p.to))) k.truePositives++;
    if (!plantedCreators.has(f.creatorId)) {
      cleanFlags++;
      cleanFlagsByKind[f.kind] = (cleanFlagsByKind[f.kind] ?? 0) + 1;
    }
  }
  for (const p of s.planted) {
    perKind[p.kind].planted++;
    if (flags.some((f) => f.kind === p.kind && f.creatorId === p.creatorId && overlaps(f, p.from, p.to))) perKind[p.kind].caught++;
  }
  return { perKind, cleanCreators: s.creators.length - plantedCreators.size, cleanFlags, cleanFlagsByKind };
}
