"use client";

import { useState } from "react";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";
import { bpsToPercent, majorToMinor, minorToMajor, percentToBps } from "@/lib/campaigns/form-values";
import { WINDOW_PRESETS, type CreateCampaignInput } from "@/lib/campaigns/schema";

export interface CampaignFormValues extends Omit<CreateCampaignInput, "commissionTiers"> {
  commissionTiers: { fromMinor: number; bps: number }[] | null;
}

interface Merchant {
  id: string;
  name: string;
  currency: string;
}

const SMALL = `${INPUT_CLASS} w-32`;

/** Create (no `campaignId`) or edit a campaign; an edit of money terms asks from when they apply. */
export function CampaignForm({ merchants, initial, campaignId, timeZone }: { merchants: Merchant[]; initial?: CampaignFormValues; campaignId?: string; timeZone: string }) {
  const { pending, fieldErrors: e, formError, submit } = useApiForm();
  const [merchantId, setMerchantId] = useState(initial?.merchantId ?? merchants[0]?.id ?? "");
  const currency = merchants.find((m) => m.id === merchantId)?.currency ?? "USD";
  const [type, setType] = useState(initial?.commissionType ?? "percent");
  const preset = initial ? (WINDOW_PRESETS as readonly number[]).includes(initial.attributionWindowDays) : true;
  const [windowChoice, setWindowChoice] = useState(preset ? String(initial?.attributionWindowDays ?? 14) : "custom");
  const [tiers, setTiers] = useState(
    (initial?.commissionTiers ?? [{ fromMinor: 0, bps: 1000 }]).map((t) => ({ from: minorToMajor(t.fromMinor, currency), percent: bpsToPercent(t.bps) })),
  );
  const [effectiveFrom, setEffectiveFrom] = useState("");
  const [saved, setSaved] = useState<string | null>(null);

  function onSubmit(ev: React.FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const form = ev.currentTarget;
    const f = new FormData(form);
    const s = (k: string) => String(f.get(k) ?? "").trim();
    const num = (k: string) => (s(k) === "" ? NaN : Number(s(k)));
    const body = {
      name: s("name"),
      utmCampaign: s("utmCampaign"),
      merchantId,
      status: s("status"),
      startsAt: s("startsAt"),
      endsAt: s("endsAt") || null,
      attributionWindowDays: windowChoice === "custom" ? num("customWindow") : Number(windowChoice),
      commissionType: type,
      commissionBps: type === "percent" ? percentToBps(s("percent")) : null,
      commissionFlatMinor: type === "flat" ? majorToMinor(s("flat"), currency) : null,
      commissionTiers: type === "tiered" ? tiers.map((t) => ({ fromMinor: majorToMinor(t.from, currency) ?? -1, bps: percentToBps(t.percent) ?? -1 })) : null,
      capPerCreatorMinor: s("cap") ? (majorToMinor(s("cap"), currency) ?? -1) : null,
      capPeriod: s("cap") ? s("capPeriod") : null,
      priority: s("priority"),
      holdingDays: num("holdingDays"),
      ...(campaignId ? { effectiveFrom: effectiveFrom ? new Date(effectiveFrom).toISOString() : null } : {}),
    };
    setSaved(null);
    submit(campaignId ? "PUT" : "POST", campaignId ? `/api/campaigns/${campaignId}` : "/api/campaigns", body, (json) => {
      if (!campaignId) {
        form.reset();
        setSaved(`Campaign created.`);
      } else setSaved(json.termsVersion ? `Saved: terms version ${json.termsVersion}.` : "Saved.");
    });
  }

  const applies = effectiveFrom ? new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(effectiveFrom)) : "now";
  return (
    <form onSubmit={onSubmit} className="grid max-w-3xl gap-4 rounded-lg border border-slate-200 bg-white p-4" aria-label={campaignId ? "Edit campaign" : "New campaign"} noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" error={e.name}>{(p) => <input {...p} name="name" defaultValue={initial?.name} className={INPUT_CLASS} required />}</Field>
        <Field label="UTM campaign value" error={e.utmCampaign} hint="Lowercase letters, digits and hyphens: spring-launch">
          {(p) => <input {...p} name="utmCampaign" defaultValue={initial?.utmCampaign} className={INPUT_CLASS} pattern="[a-z0-9]+(-[a-z0-9]+)*" required />}
        </Field>
        <Field label="Merchant" error={e.merchantId} hint={merchants.length === 0 ? "Add a merchant first (Merchants)." : undefined}>
          {(p) => (
            <select {...p} value={merchantId} onChange={(ev) => setMerchantId(ev.target.value)} className={INPUT_CLASS}>
              {merchants.map((m) => <option key={m.id} value={m.id}>{m.name} ({m.currency})</option>)}
            </select>
          )}
        </Field>
        <Field label="Status" error={e.status}>
          {(p) => (
            <select {...p} name="status" defaultValue={initial?.status ?? "active"} className={INPUT_CLASS}>
              <option value="draft">draft</option><option value="active">active</option><option value="ended">ended</option>
            </select>
          )}
        </Field>
        <Field label="Starts" error={e.startsAt}>{(p) => <input {...p} type="date" name="startsAt" defaultValue={initial?.startsAt ?? new Date().toISOString().slice(0, 10)} className={INPUT_CLASS} required />}</Field>
        <Field label="Ends (optional)" error={e.endsAt}>{(p) => <input {...p} type="date" name="endsAt" defaultValue={initial?.endsAt ?? ""} className={INPUT_CLASS} />}</Field>
      </div>

      <fieldset className="grid gap-4 rounded border border-slate-200 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Money terms {campaignId && <span className="font-normal text-slate-500">(versioned)</span>}</legend>
        <Field label="Attribution window" error={e.attributionWindowDays} hint="How long after a click an order still counts.">
          {(p) => (
            <select {...p} value={windowChoice} onChange={(ev) => setWindowChoice(ev.target.value)} className={INPUT_CLASS}>
              {WINDOW_PRESETS.map((d) => <option key={d} value={d}>{d} days</option>)}
              <option value="custom">custom…</option>
            </select>
          )}
        </Field>
        {windowChoice === "custom" ? (
          <Field label="Custom window (days)" error={e.attributionWindowDays}>{(p) => <input {...p} type="number" min={1} max={365} name="customWindow" defaultValue={preset ? "" : initial?.attributionWindowDays} className={SMALL} />}</Field>
        ) : <div />}
        <Field label="Commission rule" error={e.commissionType}>
          {(p) => (
            <select {...p} value={type} onChange={(ev) => setType(ev.target.value as typeof type)} className={INPUT_CLASS}>
              <option value="percent">percent of the sale</option><option value="flat">flat amount per sale</option><option value="tiered">tiered by monthly revenue</option>
            </select>
          )}
        </Field>
        {type === "percent" && <Field label="Percent" error={e.commissionBps} hint="Stored in basis points: 15 → 1500.">{(p) => <input {...p} name="percent" inputMode="decimal" defaultValue={bpsToPercent(initial?.commissionBps)} className={SMALL} />}</Field>}
        {type === "flat" && <Field label={`Amount per sale (${currency})`} error={e.commissionFlatMinor}>{(p) => <input {...p} name="flat" inputMode="decimal" defaultValue={minorToMajor(initial?.commissionFlatMinor, currency)} className={SMALL} />}</Field>}
        {type === "tiered" && (
          <div className="sm:col-span-2">
            <p className="mb-1 text-sm font-medium text-slate-700">Tiers (ascending; the rate applies once the creator&apos;s revenue this month reaches the amount)</p>
            {e.commissionTiers && <p role="alert" className="text-xs text-rose-700">{e.commissionTiers}</p>}
            {tiers.map((t, i) => (
              <div key={i} className="mb-2 flex items-end gap-2">
                <Field label={`Tier ${i + 1} from (${currency})`} error={e[`commissionTiers.${i}.fromMinor`]}>{(p) => <input {...p} value={t.from} inputMode="decimal" onChange={(ev) => setTiers(tiers.map((x, j) => (j === i ? { ...x, from: ev.target.value } : x)))} className={SMALL} />}</Field>
                <Field label={`Tier ${i + 1} percent`} error={e[`commissionTiers.${i}.bps`]}>{(p) => <input {...p} value={t.percent} inputMode="decimal" onChange={(ev) => setTiers(tiers.map((x, j) => (j === i ? { ...x, percent: ev.target.value } : x)))} className={SMALL} />}</Field>
                {tiers.length > 1 && <button type="button" className="text-sm text-rose-700 underline" onClick={() => setTiers(tiers.filter((_, j) => j !== i))}>Remove tier {i + 1}</button>}
              </div>
            ))}
            <button type="button" className="text-sm text-indigo-700 underline" onClick={() => setTiers([...tiers, { from: "", percent: "" }])}>Add a tier</button>
          </div>
        )}
        <Field label={`Cap per creator (${currency}, optional)`} error={e.capPerCreatorMinor} hint="Commission above it is held for review.">{(p) => <input {...p} name="cap" inputMode="decimal" defaultValue={minorToMajor(initial?.capPerCreatorMinor, currency)} className={SMALL} />}</Field>
        <Field label="Cap period" error={e.capPeriod}>
          {(p) => (
            <select {...p} name="capPeriod" defaultValue={initial?.capPeriod ?? "month"} className={INPUT_CLASS}>
              <option value="month">per month</option><option value="campaign">for the whole campaign</option>
            </select>
          )}
        </Field>
        <Field label="Holding period (days)" error={e.holdingDays} hint="Commissions become payable after it (returns window).">{(p) => <input {...p} type="number" min={0} max={365} name="holdingDays" defaultValue={initial?.holdingDays ?? 30} className={SMALL} />}</Field>
        <Field label="When a click and a coupon name different creators" error={e.priority}>
          {(p) => (
            <select {...p} name="priority" defaultValue={initial?.priority ?? "click"} className={INPUT_CLASS}>
              <option value="click">the click wins</option><option value="coupon">the coupon wins</option>
            </select>
          )}
        </Field>
        {campaignId && (
          <div className="sm:col-span-2">
            <Field label="Changed terms apply from (empty: now)" error={e.effectiveFrom} hint={`Changes apply to orders from ${applies}; earlier orders keep the terms in force when they happened.`}>
              {(p) => <input {...p} type="datetime-local" value={effectiveFrom} onChange={(ev) => setEffectiveFrom(ev.target.value)} className={INPUT_CLASS} />}
            </Field>
          </div>
        )}
      </fieldset>

      {formError && <p role="alert" className="text-sm text-rose-700">{Object.keys(e).length ? "Not saved: check the fields marked above." : formError}</p>}
      {saved && <p role="status" className="text-sm text-emerald-700">{saved}</p>}
      <div><button type="submit" className={BUTTON_CLASS} disabled={pending || merchants.length === 0}>{pending ? "Saving…" : campaignId ? "Save changes" : "Create campaign"}</button></div>
    </form>
  );
}
