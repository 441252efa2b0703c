"use client";

// The contract terms' fields, shared by the new-creator form and the new-version form.

import { Field, INPUT_CLASS } from "@/components/form/field";
import type { TermsDraft } from "@/lib/contracts/draft";

export function TermsFields({ draft, set, errors, prefix = "", currency }: { draft: TermsDraft; set: (d: TermsDraft) => void; errors: Record<string, string>; prefix?: string; currency: string }) {
  const e = (k: string) => errors[`${prefix}${k}`];
  const text = (k: "paymentTerms" | "allowedContent" | "disclosureText") => ({ value: draft[k], onChange: (ev: React.ChangeEvent<HTMLTextAreaElement>) => set({ ...draft, [k]: ev.target.value }) });
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <Field label="Payment terms" error={e("paymentTerms")} hint="How and when they are paid.">{(p) => <textarea {...p} rows={2} className={INPUT_CLASS} {...text("paymentTerms")} />}</Field>
      <Field label="Allowed content" error={e("allowedContent")}>{(p) => <textarea {...p} rows={2} className={INPUT_CLASS} {...text("allowedContent")} />}</Field>
      <Field label="Disclosure text" error={e("disclosureText")} hint="What they must say, e.g. #ad or Paid partnership.">{(p) => <textarea {...p} rows={2} className={INPUT_CLASS} {...text("disclosureText")} />}</Field>
      <Field label="Attribution window (days)" error={e("attributionWindowDays")} hint="Empty: each campaign's window. Set: this creator's clicks count for this many days in every campaign, for orders placed once they have accepted this version.">
        {(p) => <input {...p} type="number" min={1} max={365} inputMode="numeric" className={INPUT_CLASS} value={draft.attributionWindowDays} onChange={(ev) => set({ ...draft, attributionWindowDays: ev.target.value })} />}
      </Field>
      <Field label="Commission override" error={e("commissionType")} hint="Replaces each campaign's rule for this creator's orders placed once they have accepted this version (caps and holding periods still apply). Earlier orders keep the terms they were made under.">
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
