"use client";

import { useState } from "react";
import { CreatorCombobox } from "@/components/form/creator-combobox";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";
import { checkDestination, DESTINATION_PROBLEMS } from "@/lib/tracking/destination";

interface Options {
  hasCreators: boolean;
  campaigns: { id: string; name: string; merchantId: string | null }[];
  merchants: { id: string; name: string; allowedDomains: string[] }[];
}

/** One click makes a creator's link for a campaign (every placement variant comes with it); the destination is checked as it is typed. */
export function LinkCreateForm({ hasCreators, campaigns, merchants }: Options) {
  const { pending, fieldErrors: e, formError, submit } = useApiForm();
  const [campaignId, setCampaignId] = useState(campaigns[0]?.id ?? "");
  const campaignMerchant = campaigns.find((c) => c.id === campaignId)?.merchantId ?? null;
  const [chosenMerchant, setChosenMerchant] = useState(merchants[0]?.id ?? "");
  const merchantId = campaignMerchant ?? chosenMerchant;
  const merchant = merchants.find((m) => m.id === merchantId);
  const [destination, setDestination] = useState("");
  const [created, setCreated] = useState<string | null>(null);
  const allowed = merchant?.allowedDomains ?? [];
  const problem = destination ? checkDestination(destination.trim(), allowed) : null;
  const live = problem ? `The destination ${DESTINATION_PROBLEMS[problem]}${problem === "host_not_allowed" ? ` (${allowed.join(", ") || "none configured"})` : ""}.` : undefined;

  function onSubmit(ev: React.FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const f = new FormData(ev.currentTarget);
    setCreated(null);
    submit("POST", "/api/links", { creatorId: String(f.get("creatorId")), campaignId, ...(campaignMerchant ? {} : { merchantId }), destinationUrl: destination.trim() }, (json) => {
      setCreated(`Link /r/${(json.link as { code: string }).code} created with ${(json.variants as unknown[]).length} variants.`);
    });
  }

  if (!hasCreators || campaigns.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-500">Add a creator and a campaign first; then links are one click.</p>;
  }
  return (
    <form onSubmit={onSubmit} aria-label="New link" className="grid max-w-3xl gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <CreatorCombobox label="Creator" name="creatorId" error={e.creatorId} />
      <Field label="Campaign" error={e.campaignId}>
        {(p) => <select {...p} value={campaignId} onChange={(ev) => setCampaignId(ev.target.value)} className={INPUT_CLASS}>{campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>}
      </Field>
      {!campaignMerchant && (
        <Field label="Merchant" error={e.merchantId} hint="This campaign has no merchant set; choose the store.">
          {(p) => <select {...p} value={chosenMerchant} onChange={(ev) => setChosenMerchant(ev.target.value)} className={INPUT_CLASS}>{merchants.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}</select>}
        </Field>
      )}
      <div className="sm:col-span-2">
        <Field label="Destination URL" error={e.destinationUrl ?? live} hint={`https on ${allowed.join(", ") || "the merchant's allowed domains (none configured yet)"}`}>
          {(p) => <input {...p} value={destination} onChange={(ev) => setDestination(ev.target.value)} placeholder={allowed[0] ? `https://${allowed[0].replace(/^\*\./, "")}/` : "https://"} className={`${INPUT_CLASS} w-full`} autoComplete="off" />}
        </Field>
        {destination && !problem && <p className="mt-1 text-xs text-emerald-700" role="status">Allowed destination.</p>}
      </div>
      {formError && <p role="alert" className="text-sm text-rose-700 sm:col-span-2">{formError}</p>}
      {created && <p role="status" className="text-sm text-emerald-700 sm:col-span-2">{created}</p>}
      <div><button type="submit" className={BUTTON_CLASS} disabled={pending || !destination || Boolean(problem)}>{pending ? "Creating…" : "Create link"}</button></div>
    </form>
  );
}
