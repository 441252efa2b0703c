"use client";

import { Field, INPUT_CLASS } from "@/components/form/field";
import type { ContractTermsInput } from "@/lib/contracts/schema";

// The contract terms' fields, shared by the new-creator form and the
// new-version form. Percent is typed as a percentage and sent in basis
// points; the flat amount is typed in major units and sent in minor units.
export interface TermsDraft {
  paymentTerms: string;
  allowedContent: string;
  disclosureText: string;
  attributionWindowDays: string;
  commissionType: "" | "percent" | "flat";
  percent: string;
  flat: string;
}

type StoredTerms = Partial<Omit<ContractTermsInput, "commissionType">> & { commissionType?: string | null };

// a stored tiered override (possible only through the data layer) shows as none: the form offers percent and flat
export const termsDraftOf = (c: StoredTerms | null | undefined): TermsDraft => ({
  paymentTerms: c?.paymentTerms ?? "",
  allowedContent: c?.allowedContent ?? "",
  disclosureText: c?.disclosureText ?? "",
  attributionWindowDays: c?.attributionWindowDays ? String(c.attributionWindowDays) : "",
  commissionType: c?.commissionType === "percent" || c?.commissionType === "flat" ? c.commissionType : "",
  percent: c?.commissionBps != null ? String(c.commissionBps / 100) : "",
  flat: c?.commissionFlatMinor != null ? (c.commissionFlatMinor / 100).toFixed(2) : "",
});

const num = (s: string) => (s.trim() === "" ? null : Number(s));

export function termsBody(d: TermsDraft): ContractTermsInput {
  const pct = num(d.percent);
  const flat = num(d.flat);
  return {
    paymentTerms: d.paymentTerms,
    allowedContent: d.allowedContent,
    disclosureText: d.disclosureText,
    attributionWindowDays: num(d.attributionWindowDays),
    commissionType: d.commissionType || null,
    commissionBps: d.commissionType === "percent" && pct !== null ? Math.round(pct * 100) : null,
    commissionFlatMinor: d.commissionType === "flat" && flat !== null ? Math.round(flat * 100) : null,
  };
}

export function TermsFields({ draft, set, errors, prefix = "", currency }: { draft: TermsDraft; set: (d: TermsDraft) => void; errors: Record<string, string>; prefix?: string; currency: string }) {
  const e = (k: string) => errors[`${prefix}${k}`];
  const text = (k: "paymentTerms" | "allowedContent" | "disclosureText") => ({ value: draft[k], onChange: (ev: React.ChangeEvent<HTMLTextAreaElement>) => set({ ...draft, [k]: ev.target.value }) });
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <Field label="Payment terms" error={e("paymentTerms")} hint="How and when they are paid.">{(p) => <textarea {...p} rows={2} className={INPUT_CLASS} {...text("paymentTerms")} />}</Field>
      <Field label="Allowed content" error={e("allowedContent")}>{(p) => <textarea {...p} rows={2} className={INPUT_CLASS} {...text("allowedContent")} />}</Field>
      <Field label="Disclosure text" error={e("disclosureText")} hint="What they must say, e.g. #ad or Paid partnership.">{(p) => <textarea {...p} rows={2} className={INPUT_CLASS} {...text("disclosureText")} />}</Field>
      <Field label="Attribution window (days)" error={e("attributionWindowDays")} hint="Empty: each campaign's own window.">
        {(p) => <input {...p} type="number" min={1} max={365} inputMode="numeric" className={INPUT_CLASS} value={draft.attributionWindowDays} onChange={(ev) => set({ ...draft, attributionWindowDays: ev.target.value })} />}
      </Field>
      <Field label="Commission override" error={e("commissionType")} hint="None: each campaign's rule applies.">
        {(p) => (
          <select {...p} className={INPUT_CLASS} value={draft.commissionType} onChange={(ev) => set({ ...draft, commissionType: ev.target.value as TermsDraft["commissionType"] })}>
            <option value="">None (campaign rule)</option>
            <option value="percent">Percent of the sale</option>
            <option value="flat">Flat per sale</option>
          </select>
        )}
      </Field>
      {draft.commissionType === "percent" && (
        <Field label="Commission percent" error={e("commissionBps")}>{(p) => <input {...p} type="number" step="0.01" min={0} max={100} className={INPUT_CLASS} value={draft.percent} onChange={(ev) => set({ ...draft, percent: ev.target.value })} />}</Field>
      )}
      {draft.commissionType === "flat" && (
        <Field label={`Flat commission (${currency})`} error={e("commissionFlatMinor")}>{(p) => <input {...p} type="number" step="0.01" min={0} className={INPUT_CLASS} value={draft.flat} onChange={(ev) => set({ ...draft, flat: ev.target.value })} />}</Field>
      )}
    </div>
  );
}
