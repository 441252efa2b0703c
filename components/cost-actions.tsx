"use client";

import { useState } from "react";
import { CostForm, type CostValues } from "@/components/cost-form";
import { useApiForm } from "@/components/form/use-api-form";

const SMALL_BUTTON = "rounded border border-slate-300 px-2 py-0.5 text-xs focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50";

/** Edit a cost in place, or delete it after a second click that names what goes. */
export function CostActions({ costId, label, values, options, today }: {
  costId: string;
  label: string;
  values: CostValues;
  options: Pick<Parameters<typeof CostForm>[0], "creators" | "campaigns">;
  today: string;
}) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { pending, formError, submit } = useApiForm();
  if (editing) return <CostForm {...options} today={today} costId={costId} initial={values} onDone={() => setEditing(false)} />;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={SMALL_BUTTON} onClick={() => setEditing(true)}>Edit<span className="sr-only"> {label}</span></button>
      {confirming ? (
        <>
          <button type="button" className={`${SMALL_BUTTON} border-rose-400 text-rose-800`} disabled={pending} onClick={() => submit("DELETE", `/api/costs/${costId}`, undefined)}>
            {pending ? "Deleting…" : <>Confirm delete<span className="sr-only"> {label}</span></>}
          </button>
          <button type="button" className={SMALL_BUTTON} onClick={() => setConfirming(false)}>Keep</button>
        </>
      ) : (
        <button type="button" className={SMALL_BUTTON} onClick={() => setConfirming(true)}>Delete<span className="sr-only"> {label}</span></button>
      )}
      {formError && <span role="alert" className="text-xs text-rose-700">{formError}</span>}
    </span>
  );
}
