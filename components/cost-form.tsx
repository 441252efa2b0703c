"use client";

import { useState } from "react";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";
import { majorToMinor, minorToMajor } from "@/lib/campaigns/form-values";
import { COST_KINDS, COST_KIND_LABELS } from "@/lib/costs/schema";

interface Option { id: string; name: string }
export interface CostValues { creatorId: string; campaignId: string; kind: (typeof COST_KINDS)[number]; amountMinor: number; incurredOn: string; note: string | null }

/**
 * Record a cost (POST /api/costs) or edit one (PATCH /api/costs/{id}). The
 * amount is typed in the chosen campaign's currency; `creatorId` fixed hides
 * the creator choice (the creator's own page).
 */
export function CostForm({ creators, campaigns, today, costId, initial, fixedCreatorId, onDone }: {
  creators: Option[];
  campaigns: (Option & { currency: string })[];
  today: string;
  costId?: string;
  initial?: CostValues;
  fixedCreatorId?: string;
  onDone?: () => void;
}) {
  const { pending, fieldErrors: e, formError, submit } = useApiForm();
  const [campaignId, setCampaignId] = useState(initial?.campaignId ?? campaigns[0]?.id ?? "");
  const [saved, setSaved] = useState<string | null>(null);
  const currency = campaigns.find((c) => c.id === campaignId)?.currency ?? "USD";

  function onSubmit(ev: React.FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const form = ev.currentTarget;
    const f = new FormData(form);
    const s = (k: string) => String(f.get(k) ?? "");
    const body = {
      creatorId: fixedCreatorId ?? s("creatorId"),
      campaignId,
      kind: s("kind"),
      // an unreadable amount goes as -1 so the server names the field
      amountMinor: majorToMinor(s("amount"), currency) ?? -1,
      incurredOn: s("incurredOn"),
      note: s("note") || null,
    };
    setSaved(null);
    submit(costId ? "PATCH" : "POST", costId ? `/api/costs/${costId}` : "/api/costs", body, () => {
      setSaved(costId ? "Cost saved." : "Cost recorded.");
      if (!costId) form.reset();
      onDone?.();
    });
  }

  if (creators.length === 0 || campaigns.length === 0) return <p className="text-sm text-slate-600">Add a creator and a campaign first: a cost belongs to both.</p>;
  const what = costId ? "Edit cost" : "New cost";
  return (
    <form onSubmit={onSubmit} aria-label={what} className="grid max-w-3xl gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
      {!fixedCreatorId && (
        <Field label="Creator" error={e.creatorId}>{(p) => <select {...p} name="creatorId" defaultValue={initial?.creatorId} className={INPUT_CLASS}>{creators.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>}</Field>
      )}
      <Field label="Campaign" error={e.campaignId}>{(p) => <select {...p} value={campaignId} onChange={(ev) => setCampaignId(ev.target.value)} className={INPUT_CLASS}>{campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>}</Field>
      <Field label="Kind" error={e.kind}>{(p) => <select {...p} name="kind" defaultValue={initial?.kind ?? "fixed_fee"} className={INPUT_CLASS}>{COST_KINDS.map((k) => <option key={k} value={k}>{COST_KIND_LABELS[k]}</option>)}</select>}</Field>
      <Field label={`Amount (${currency})`} error={e.amountMinor} hint="For gifted product, its value at cost.">{(p) => <input {...p} name="amount" inputMode="decimal" required defaultValue={minorToMajor(initial?.amountMinor, currency)} className={INPUT_CLASS} />}</Field>
      <Field label="Day it counts on" error={e.incurredOn} hint="In the workspace's time zone.">{(p) => <input {...p} name="incurredOn" type="date" required defaultValue={initial?.incurredOn ?? today} className={INPUT_CLASS} />}</Field>
      <Field label="Note (optional)" error={e.note}>{(p) => <input {...p} name="note" maxLength={500} defaultValue={initial?.note ?? ""} className={INPUT_CLASS} />}</Field>
      {formError && !Object.keys(e).length && <p role="alert" className="text-sm text-rose-700 sm:col-span-3">{formError}</p>}
      {saved && <p role="status" className="text-sm text-emerald-700 sm:col-span-3">{saved}</p>}
      <div className="flex gap-2 sm:col-span-3">
        <button type="submit" className={BUTTON_CLASS} disabled={pending}>{pending ? "Saving…" : costId ? "Save cost" : "Record cost"}</button>
        {onDone && costId && <button type="button" onClick={onDone} className="rounded border border-slate-300 px-3 py-1.5 text-sm">Cancel</button>}
      </div>
    </form>
  );
}
