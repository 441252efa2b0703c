"use client";

import { useState } from "react";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";
import { THRESHOLD_TEXT } from "@/lib/fraud/threshold-labels";
import type { Thresholds } from "@/lib/fraud/thresholds";

type Values = Record<string, Record<string, string | boolean>>;

const toValues = (t: Thresholds): Values => Object.fromEntries(Object.entries(t).map(([g, fields]) => [g, Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === "boolean" ? v : String(v)]))]));

/** The owner's thresholds per signal; read-only for everyone else. */
export function FraudThresholdsForm({ thresholds, editable }: { thresholds: Thresholds; editable: boolean }) {
  const [values, setValues] = useState<Values>(() => toValues(thresholds));
  const [saved, setSaved] = useState(false);
  const { pending, fieldErrors, formError, submit } = useApiForm();
  const set = (group: string, key: string, v: string | boolean) => {
    setSaved(false);
    setValues((all) => ({ ...all, [group]: { ...all[group], [key]: v } }));
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit("PUT", "/api/fraud/settings", values, () => setSaved(true));
      }}
      className="space-y-4"
    >
      {(Object.keys(THRESHOLD_TEXT) as (keyof typeof THRESHOLD_TEXT)[]).map((group) => {
        const text = THRESHOLD_TEXT[group];
        return (
          <fieldset key={group} className="rounded-lg border border-slate-200 bg-white p-4" disabled={!editable}>
            <legend className="px-1 text-sm font-semibold">{text.title}</legend>
            <p className="mb-3 text-xs text-slate-500">{text.tradeOff}</p>
            <div className="grid gap-3 sm:grid-cols-3">
              {Object.entries(text.fields).map(([key, label]) => {
                const v = values[group][key];
                return typeof v === "boolean" ? (
                  <label key={key} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" checked={v} onChange={(e) => set(group, key, e.target.checked)} />
                    {label as string}
                  </label>
                ) : (
                  <Field key={key} label={label as string} error={fieldErrors[`${group}.${key}`]}>
                    {(p) => <input {...p} inputMode="decimal" value={v} onChange={(e) => set(group, key, e.target.value)} className={INPUT_CLASS} />}
                  </Field>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      {editable && (
        <div className="flex items-center gap-3">
          <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Saving…" : "Save thresholds"}</button>
          {formError && <p role="alert" className="text-sm text-rose-700">{formError}</p>}
          {saved && <p role="status" className="text-sm text-emerald-700">Saved. The next judged day uses them.</p>}
        </div>
      )}
    </form>
  );
}
