import { formatKpi, kpiDelta, KPI_BY_KEY, type KpiKey } from "@/lib/analytics/display";
import type { Kpis } from "@/lib/analytics/types";

const TONE = { good: "text-emerald-700", bad: "text-rose-700", neutral: "text-slate-600" } as const;

/** A card per KPI: the value, and with a comparison the change and the earlier value. */
export function KpiCards({ keys, current, previous, currency, label }: { keys: readonly KpiKey[]; current: Kpis; previous: Kpis | null; currency: string; label: string }) {
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-6" aria-label={label}>
      {keys.map((key) => {
        const spec = KPI_BY_KEY[key];
        const delta = previous && kpiDelta(current, previous, key);
        const tone = delta?.good === true ? TONE.good : delta?.good === false ? TONE.bad : TONE.neutral;
        return (
          <div key={key} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`kpi-${key}`}>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-600" title={spec.hint}>{spec.label}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums" data-testid={`kpi-${key}-value`}>{formatKpi(current, key, currency)}</dd>
            {previous && (
              <dd className="mt-0.5 text-xs tabular-nums text-slate-600" data-testid={`kpi-${key}-delta`}>
                {delta ? <span className={tone} aria-label={delta.label}>{delta.direction === "up" ? "▲" : delta.direction === "down" ? "▼" : "■"} {delta.text}</span> : <span>n/a</span>}
                <span> (was {formatKpi(previous, key, currency)})</span>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
