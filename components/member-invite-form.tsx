"use client";

import { useState } from "react";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";
import { InviteLink, type InviteAnswer } from "./invite-link";

/** Owners invite a teammate with a role; the one-time link is shown once. */
export function MemberInviteForm() {
  const { pending, fieldErrors, formError, submit } = useApiForm();
  const [answer, setAnswer] = useState<InviteAnswer | null>(null);
  return (
    <form
      aria-label="Invite a teammate"
      className="rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        setAnswer(null);
        submit("POST", "/api/invites", { email: f.get("email"), role: f.get("role") }, (j) => setAnswer(j as never));
      }}
    >
      <div className="flex flex-wrap items-end gap-3">
        <Field label="Teammate's email" error={fieldErrors.email}>{(p) => <input {...p} name="email" type="email" required className={INPUT_CLASS} />}</Field>
        <Field label="Role" error={fieldErrors.role}>
          {(p) => (
            <select {...p} name="role" defaultValue="manager" className={INPUT_CLASS}>
              <option value="manager">Manager: runs creators, campaigns, links</option>
              <option value="analyst">Analyst: reads everything, changes nothing</option>
              <option value="owner">Owner: also team, merchants and payouts</option>
            </select>
          )}
        </Field>
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Saving…" : "Invite"}</button>
      </div>
      {formError && <p role="alert" className="mt-2 text-sm text-rose-700">{formError}</p>}
      {answer && <InviteLink url={answer.invite.url} expiresAt={answer.invite.expiresAt} email={answer.email} />}
    </form>
  );
}
