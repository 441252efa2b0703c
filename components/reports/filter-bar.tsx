"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { BUTTON_CLASS, INPUT_CLASS } from "@/components/form/field";
import type { FilterOptions } from "@/lib/analytics/filter-options";
import { COMPARE_LABELS, parseReportFilters, PRESET_LABELS, presetRange, reportSearchParams, type Preset } from "@/lib/analytics/filters";
import { COMPARISONS, DEVICES, PRESETS, type ReportFilters } from "@/lib/analytics/types";
import { CreatorCombobox } from "@/components/form/creator-combobox";

const LABEL = "flex flex-col gap-1 text-sm font-medium text-slate-700";

/**
 * The filter bar every report shares. It is a GET form over the same names
 * the URL uses; with JavaScript the submit goes through the URL parser first,
 * so the address holds only what differs from the defaults. `keep` carries a
 * page's own state (sort, metric) across a filter change.
 */
export function FilterBar({ path, filters, today, timeZone, options, keep = {}, hide = [], defaultPreset }: {
  path: string;
  filters: ReportFilters;
  today: string;
  timeZone: string;
  options: FilterOptions;
  keep?: Record<string, string>;
  /** Controls a page fixes itself (the scorecard's creator, the weekly report's dates). */
  hide?: readonly ("creator" | "campaign" | "dates")[];
  /** The page's default range when its URL names none (parseReportFilters). */
  defaultPreset?: Exclude<Preset, "custom">;
}) {
  const router = useRouter();
  const [preset, setPreset] = useState<Preset>(filters.preset);
  const [range, setRange] = useState({ from: filters.from, to: filters.to });

  function choosePreset(p: Preset) {
    setPreset(p);
    if (p !== "custom") setRange(presetRange(p, today));
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const params = Object.fromEntries([...new FormData(e.currentTarget).entries()].map(([k, v]) => [k, String(v)]));
    const sp = reportSearchParams(parseReportFilters(params, today, defaultPreset), {}, defaultPreset);
    for (const [k, v] of Object.entries(keep)) sp.set(k, v);
    const qs = sp.toString();
    router.push(qs ? `${path}?${qs}` : path);
  }

  return (
    <form method="get" action={path} onSubmit={onSubmit} aria-label="Report filters" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 print:hidden">
      {!hide.includes("dates") && (
        <>
          <label className={LABEL}>Date range
            <select name="preset" value={preset} onChange={(e) => choosePreset(e.target.value as Preset)} className={INPUT_CLASS}>
              {PRESETS.map((p) => <option key={p} value={p}>{PRESET_LABELS[p]}</option>)}
            </select>
          </label>
          <label className={LABEL}>From
            <input type="date" name="from" value={range.from} max={range.to} onChange={(e) => { setRange({ ...range, from: e.target.value }); setPreset("custom"); }} className={INPUT_CLASS} />
          </label>
          <label className={LABEL}>To
            <input type="date" name="to" value={range.to} min={range.from} onChange={(e) => { setRange({ ...range, to: e.target.value }); setPreset("custom"); }} className={INPUT_CLASS} />
          </label>
          <label className={LABEL}>Compare with
            <select name="compare" defaultValue={filters.compare} className={INPUT_CLASS}>
              {COMPARISONS.map((c) => <option key={c} value={c}>{COMPARE_LABELS[c]}</option>)}
            </select>
          </label>
        </>
      )}
      {hide.includes("campaign") ? <input type="hidden" name="campaign" value={filters.campaignId ?? ""} /> : (
        <label className={LABEL}>Campaign
          <select name="campaign" defaultValue={filters.campaignId ?? ""} className={`${INPUT_CLASS} max-w-48`}>
            <option value="">Any campaign</option>
            {options.campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
      )}
      {hide.includes("creator") ? <input type="hidden" name="creator" value={filters.creatorId ?? ""} /> : <div className="w-64"><CreatorCombobox name="creator" label="Creator" initial={options.creator} hint="Leave empty for all creators." /></div>}
      <label className={LABEL}>Placement
        <select name="placement" defaultValue={filters.placement ?? ""} className={INPUT_CLASS}>
          <option value="">Any placement</option>
          {options.placements.map((p) => <option key={p.key} value={p.key}>{p.label}</option>)}
        </select>
      </label>
      <label className={LABEL}>Country
        <select name="country" defaultValue={filters.country ?? ""} className={`${INPUT_CLASS} max-w-40`}>
          <option value="">Any country</option>
          {options.countries.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
        </select>
      </label>
      <label className={LABEL}>Device
        <select name="device" defaultValue={filters.device ?? ""} className={INPUT_CLASS}>
          <option value="">Any device</option>
          {DEVICES.map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
      </label>
      {Object.entries(keep).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <button type="submit" className={BUTTON_CLASS}>Apply</button>
      <Link href={path} className="py-1.5 text-sm text-indigo-700 underline">Reset</Link>
      {!hide.includes("dates") && <p className="w-full text-xs text-slate-600">Days are calendar days in {timeZone}; presets end today and include it.</p>}
    </form>
  );
}
