"use client";

import { useState } from "react";
import { INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";

const SMALL = "rounded border border-slate-300 bg-white px-2 py-1 text-xs focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50";

/** An owner's controls for one teammate: change the role, or remove them (two clicks). Either signs them out everywhere. */
export function MemberControls({ membershipId, name, role }: { membershipId: string; name: string; role: string }) {
  const { pending, formError, submit } = useApiForm();
  const [next, setNext] = useState(role);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${membershipId}`}>Role of {name}</label>
      <select id={`role-${membershipId}`} value={next} onChange={(e) => setNext(e.target.value)} className={INPUT_CLASS}>
        <option value="owner">owner</option>
        <option value="manager">manager</option>
        <option value="analyst">analyst</option>
      </select>
      <button type="button" className={SMALL} disabled={pending || next === role} onClick={() => submit("PATCH", `/api/members/${membershipId}`, { role: next })}>
        {pending ? "Saving…" : "Change role"}
      </button>
      <button type="button" className={`${SMALL} border-rose-300 text-rose-700`} disabled={pending} onClick={() => (confirming ? submit("DELETE", `/api/members/${membershipId}`, undefined, () => setConfirming(false)) : setConfirming(true))}>
        {confirming ? `Confirm: remove ${name}` : "Remove"}
      </button>
      {formError && <p role="alert" className="w-full text-xs text-rose-700">{formError}</p>}
    </div>
  );
}

/** Withdraws an open teammate invite. */
export function InviteRevokeButton({ inviteId, email }: { inviteId: string; email: string }) {
  const { pending, formError, submit } = useApiForm();
  return (
    <>
      <button type="button" className={SMALL} disabled={pending} aria-label={`Withdraw the invite for ${email}`} onClick={() => submit("POST", `/api/invites/${inviteId}/revoke`, undefined)}>
        {pending ? "Saving…" : "Withdraw"}
      </button>
      {formError && <span role="alert" className="ml-2 text-xs text-rose-700">{formError}</span>}
    </>
  );
}
