"use client";

import { useState } from "react";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";
import type { ConventionInput } from "@/lib/utm/schema";

const list = (s: string) => s.split(",").map((x) => x.trim()).filter(Boolean);

/** The owner's convention editor: lists as comma-separated values; the server's rules come back next to each field. */
export function UtmConventionForm({ initial }: { initial: ConventionInput }) {
  const { pending, fieldErrors, formError, submit } = useApiForm();
  const [saved, setSaved] = useState(false);
  const [v, setV] = useState({
    allowedSources: initial.allowedSources.join(", "),
    allowedMediums: initial.allowedMediums.join(", "),
    utmSource: initial.utmSource,
    utmMedium: initial.utmMedium,
    campaignPattern: initial.campaignPattern,
    utmTerm: initial.utmTerm ?? "",
    termNote: initial.termNote ?? "",
  });
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement>) => { setSaved(false); setV({ ...v, [k]: e.target.value }); };
  const err = (path: string) => Object.entries(fieldErrors).find(([p]) => p === path || p.startsWith(`${path}.`))?.[1];
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const body: ConventionInput = {
      allowedSources: list(v.allowedSources),
      allowedMediums: list(v.allowedMediums),
      utmSource: v.utmSource.trim(),
      utmMedium: v.utmMedium.trim(),
      campaignPattern: v.campaignPattern.trim(),
      utmTerm: v.utmTerm.trim() || null,
      termNote: v.termNote.trim() || null,
    };
    submit("PUT", "/api/utm/convention", body, () => setSaved(true));
  };
  return (
    <form onSubmit={onSubmit} aria-label="Edit the UTM convention" className="grid max-w-3xl gap-4 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2">
      <Field label="Allowed sources" error={err("allowedSources")} hint="Comma-separated. {creator} is the creator's name as a slug (maya-chen).">
        {(p) => <input {...p} name="allowedSources" value={v.allowedSources} onChange={set("allowedSources")} className={INPUT_CLASS} />}
      </Field>
      <Field label="utm_source" error={err("utmSource")} hint="One of the allowed sources.">
        {(p) => <input {...p} name="utmSource" value={v.utmSource} onChange={set("utmSource")} className={INPUT_CLASS} />}
      </Field>
      <Field label="Allowed mediums" error={err("allowedMediums")} hint="Comma-separated, lowercase.">
        {(p) => <input {...p} name="allowedMediums" value={v.allowedMediums} onChange={set("allowedMediums")} className={INPUT_CLASS} />}
      </Field>
      <Field label="utm_medium" error={err("utmMedium")} hint="One of the allowed mediums.">
        {(p) => <input {...p} name="utmMedium" value={v.utmMedium} onChange={set("utmMedium")} className={INPUT_CLASS} />}
      </Field>
      <Field label="Campaign pattern" error={err("campaignPattern")} hint="A regular expression every campaign's utm_campaign value must match, anchored with ^ and $.">
        {(p) => <input {...p} name="campaignPattern" value={v.campaignPattern} onChange={set("campaignPattern")} className={`${INPUT_CLASS} font-mono`} />}
      </Field>
      <Field label="utm_term (optional)" error={err("utmTerm")} hint="Empty: no utm_term. Tokens: {creator}, {campaign}, {placement}.">
        {(p) => <input {...p} name="utmTerm" value={v.utmTerm} onChange={set("utmTerm")} className={INPUT_CLASS} />}
      </Field>
      <div className="sm:col-span-2">
        <Field label="What utm_term means here (optional)" error={err("termNote")}>
          {(p) => <input {...p} name="termNote" value={v.termNote} onChange={set("termNote")} className={`${INPUT_CLASS} w-full`} />}
        </Field>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Saving…" : "Save convention"}</button>
        {saved && !pending && <span role="status" className="text-sm text-emerald-700">Saved. New clicks use it within 5 seconds.</span>}
        {formError && Object.keys(fieldErrors).length === 0 && <p role="alert" className="text-sm text-rose-700">{formError}</p>}
      </div>
    </form>
  );
}
