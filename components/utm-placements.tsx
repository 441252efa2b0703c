"use client";

import { useState } from "react";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";

interface PlacementRow {
  id: string;
  key: string;
  label: string;
}

const SMALL = "rounded border border-slate-300 px-2 py-0.5 text-xs focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50";

function PlacementItem({ p }: { p: PlacementRow }) {
  const { pending, formError, submit } = useApiForm();
  const [label, setLabel] = useState(p.label);
  const [confirm, setConfirm] = useState(false);
  return (
    <li className="flex flex-wrap items-center gap-2 py-2" data-testid={`placement-${p.key}`}>
      <code className="w-28 font-mono">{p.key}</code>
      <label className="sr-only" htmlFor={`label-${p.id}`}>Label for {p.key}</label>
      <input id={`label-${p.id}`} value={label} onChange={(e) => setLabel(e.target.value)} className={`${INPUT_CLASS} w-40`} />
      <button type="button" className={SMALL} disabled={pending || label === p.label} onClick={() => submit("PATCH", `/api/placements/${p.id}`, { label })}>Rename</button>
      <button
        type="button"
        className={SMALL}
        disabled={pending}
        onClick={() => submit("DELETE", `/api/placements/${p.id}`, { confirm }, () => setConfirm(false))}
      >
        {confirm ? `Remove "${p.key}" anyway` : "Remove"}
      </button>
      {formError && (
        <p role="alert" className="basis-full text-xs text-rose-700">
          {formError}{" "}
          {formError.includes("Confirm") && !confirm && <button type="button" className="underline" onClick={() => setConfirm(true)}>I understand</button>}
        </p>
      )}
    </li>
  );
}

/** The placement taxonomy: add (lowercase keys), rename labels, remove (confirming when clicks still use a key). */
export function UtmPlacements({ placements }: { placements: PlacementRow[] }) {
  const { pending, fieldErrors, formError, submit } = useApiForm();
  const [key, setKey] = useState("");
  const [label, setLabel] = useState("");
  return (
    <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-6">
      {placements.length === 0 ? <p className="text-sm text-slate-500">No placements yet: every click counts as &quot;other&quot; until you add some.</p> : <ul className="divide-y divide-slate-100 text-sm">{placements.map((p) => <PlacementItem key={`${p.id}-${p.label}`} p={p} />)}</ul>}
      <form
        className="mt-4 flex flex-wrap items-end gap-3"
        aria-label="Add a placement"
        onSubmit={(e) => { e.preventDefault(); submit("POST", "/api/placements", { key, label }, () => { setKey(""); setLabel(""); }); }}
      >
        <Field label="New key" error={fieldErrors.key} hint="lowercase, e.g. podcast">{(p) => <input {...p} name="key" value={key} onChange={(e) => setKey(e.target.value)} className={INPUT_CLASS} />}</Field>
        <Field label="Label" error={fieldErrors.label}>{(p) => <input {...p} name="label" value={label} onChange={(e) => setLabel(e.target.value)} className={INPUT_CLASS} />}</Field>
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Adding…" : "Add placement"}</button>
        {formError && !fieldErrors.key && !fieldErrors.label && <p role="alert" className="basis-full text-sm text-rose-700">{formError}</p>}
      </form>
    </div>
  );
}
