"use client";

import { useState } from "react";
import { BUTTON_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";
import { handlesBody, ProfileFields, type ProfileDraft } from "./creator-profile-fields";

/** Edit a creator's profile and handles. */
export function CreatorEditForm({ creatorId, initial, platforms, countries }: { creatorId: string; initial: ProfileDraft; platforms: readonly string[]; countries: { code: string; name: string }[] }) {
  const { pending, fieldErrors, formError, submit } = useApiForm();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(false);
  return (
    <form
      aria-label="Profile"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        submit("PATCH", `/api/creators/${creatorId}`, { name: draft.name, email: draft.email, audienceCountry: draft.audienceCountry, handles: handlesBody(draft.handles) }, () => setSaved(true));
      }}
    >
      <ProfileFields draft={draft} set={setDraft} errors={fieldErrors} platforms={platforms} countries={countries} />
      {formError && <p role="alert" className="text-sm text-rose-700">{formError}</p>}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Saving…" : "Save profile"}</button>
        {saved && <span role="status" className="text-sm text-emerald-700">Saved.</span>}
      </div>
    </form>
  );
}
