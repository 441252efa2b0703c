"use client";

import { useApiForm } from "@/components/form/use-api-form";

/** Disable or re-enable a link or coupon code (PATCH {disabled}); a disabled link answers 404 within 5 s. */
export function LinkToggle({ url, disabled, what }: { url: string; disabled: boolean; what: string }) {
  const { pending, formError, submit } = useApiForm();
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" disabled={pending} onClick={() => submit("PATCH", url, { disabled: !disabled })}
        className="rounded border border-slate-300 px-2 py-0.5 text-xs focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50">
        {pending ? "Saving…" : disabled ? `Enable ${what}` : `Disable ${what}`}
      </button>
      {formError && <span role="alert" className="text-xs text-rose-700">{formError}</span>}
    </span>
  );
}
