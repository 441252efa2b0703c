"use client";

import { useId, useState } from "react";
import { INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";

const SMALL_BUTTON = "rounded border border-slate-300 px-2 py-0.5 text-xs focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50";

/** Correct a post's impressions in place (PATCH), or delete the post after a second click. */
export function PostActions({ postId, impressions, label }: { postId: string; impressions: number; label: string }) {
  const id = useId();
  const { pending, formError, submit } = useApiForm();
  const [value, setValue] = useState(String(impressions));
  const [confirming, setConfirming] = useState(false);
  const parsed = /^\d+$/.test(value.replace(/[,\s]/g, "")) ? Number(value.replace(/[,\s]/g, "")) : -1;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">Impressions of {label}</label>
      <input id={id} value={value} inputMode="numeric" onChange={(e) => setValue(e.target.value)} className={`${INPUT_CLASS} w-28 py-0.5 text-xs`} />
      <button type="button" className={SMALL_BUTTON} disabled={pending || parsed === impressions} onClick={() => submit("PATCH", `/api/posts/${postId}`, { impressions: parsed })}>
        Save<span className="sr-only"> impressions of {label}</span>
      </button>
      {confirming ? (
        <button type="button" className={`${SMALL_BUTTON} border-rose-400 text-rose-800`} disabled={pending} onClick={() => submit("DELETE", `/api/posts/${postId}`, undefined)}>
          Confirm delete<span className="sr-only"> {label}</span>
        </button>
      ) : (
        <button type="button" className={SMALL_BUTTON} onClick={() => setConfirming(true)}>Delete<span className="sr-only"> {label}</span></button>
      )}
      {formError && <span role="alert" className="text-xs text-rose-700">{formError}</span>}
    </span>
  );
}
