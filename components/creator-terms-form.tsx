"use client";

import { useState } from "react";
import { BUTTON_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";
import { termsBody, type TermsDraft } from "@/lib/contracts/draft";
import { TermsFields } from "./creator-terms-fields";

/** Publish new contract terms: always a new version; the creator sees a notice until they accept it. */
export function CreatorTermsForm({ creatorId, initial, nextVersion, currency }: { creatorId: string; initial: TermsDraft; nextVersion: number; currency: string }) {
  const { pending, fieldErrors, formError, submit } = useApiForm();
  const [draft, setDraft] = useState(initial);
  const [published, setPublished] = useState<number | null>(null);
  return (
    <form
      aria-label="New contract version"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        setPublished(null);
        submit("POST", `/api/creators/${creatorId}/contracts`, termsBody(draft), (json) => setPublished((json.contract as { version: number }).version));
      }}
    >
      <TermsFields draft={draft} set={setDraft} errors={fieldErrors} currency={currency} />
      {formError && <p role="alert" className="text-sm text-rose-700">{formError}</p>}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Saving…" : `Publish as version ${nextVersion}`}</button>
        {published && <span role="status" className="text-sm text-emerald-700">Version {published} published; the creator will be asked to accept it.</span>}
      </div>
    </form>
  );
}
