"use client";

import Link from "next/link";
import { useState } from "react";
import { BUTTON_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";
import { handlesBody, ProfileFields, type ProfileDraft } from "./creator-profile-fields";
import { termsBody, type TermsDraft } from "@/lib/contracts/draft";
import { TermsFields } from "./creator-terms-fields";
import { InviteLink, type InviteAnswer } from "./invite-link";

/** New creator: profile, contract v1 (pre-filled from the workspace's latest terms) and, by default, an invite link. */
export function CreatorNewForm({ platforms, countries, initialTerms, currency }: { platforms: readonly string[]; countries: { code: string; name: string }[]; initialTerms: TermsDraft; currency: string }) {
  const { pending, fieldErrors, formError, submit } = useApiForm();
  const [profile, setProfile] = useState<ProfileDraft>({ name: "", email: "", audienceCountry: "", handles: {} });
  const [terms, setTerms] = useState(initialTerms);
  const [invite, setInvite] = useState(true);
  const [done, setDone] = useState<(Partial<InviteAnswer> & { creator: { id: string; name: string } }) | null>(null);

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    submit("POST", "/api/creators", { ...profile, handles: handlesBody(profile.handles), terms: termsBody(terms), invite }, (json) => setDone(json as never));
  }

  if (done) {
    return (
      <section aria-label="Creator created" className="rounded-lg border border-slate-200 bg-white p-4">
        <p className="font-medium">{done.creator.name} was added.</p>
        {done.invite ? <InviteLink url={done.invite.url} expiresAt={done.invite.expiresAt} email={done.email} /> : <p className="text-sm text-slate-600">No invite was made; you can make one from their page.</p>}
        <p className="mt-3 flex gap-3 text-sm">
          <Link className="text-indigo-700 underline" href={`/app/creators/${done.creator.id}`}>Open {done.creator.name}</Link>
          <Link className="text-indigo-700 underline" href="/app/creators">Back to creators</Link>
        </p>
      </section>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-6 rounded-lg border border-slate-200 bg-white p-4" aria-label="New creator">
      <ProfileFields draft={profile} set={setProfile} errors={fieldErrors} platforms={platforms} countries={countries} />
      <fieldset>
        <legend className="mb-2 font-semibold">Contract terms (version 1)</legend>
        <TermsFields draft={terms} set={setTerms} errors={fieldErrors} prefix="terms." currency={currency} />
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={invite} onChange={(e) => setInvite(e.target.checked)} /> Make a one-time invite link for their portal account
      </label>
      {formError && <p role="alert" className="text-sm text-rose-700">{formError}</p>}
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Saving…" : "Add creator"}</button>
    </form>
  );
}
