"use client";

import { BUTTON_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";

/** The creator accepts the brief and/or contract version shown on the page (a newer one published meanwhile is refused: reload). */
export function TermsAcceptForm({ briefId, contractId, label }: { briefId?: string; contractId?: string; label: string }) {
  const { pending, formError, submit } = useApiForm();
  return (
    <form
      aria-label="Accept"
      className="mt-4 space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        submit("POST", "/api/portal/terms", { ...(briefId ? { briefId } : {}), ...(contractId ? { contractId } : {}) });
      }}
    >
      {formError && <p role="alert" className="text-sm text-rose-700">{formError}</p>}
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Saving…" : label}</button>
    </form>
  );
}
