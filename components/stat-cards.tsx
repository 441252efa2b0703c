export function StatCards({ stats }: { stats: { label: string; value: string; hint?: string }[] }) {
  return (
    <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
      {stats.map((s) => (
        <div key={s.label} className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{s.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`stat-${s.label.toLowerCase().replace(/\W+/g, "-")}`}>{s.value}</dd>
          {s.hint && <dd className="mt-0.5 text-xs text-slate-500">{s.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
