"use client";

import { useState } from "react";
import { BUTTON_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";
import { InviteLink, type InviteAnswer } from "./invite-link";

/** Makes a new one-time invite link for a creator (any earlier open link stops working). */
export function CreatorInviteButton({ creatorId, hasOpenInvite }: { creatorId: string; hasOpenInvite: boolean }) {
  const { pending, formError, submit } = useApiForm();
  const [answer, setAnswer] = useState<InviteAnswer | null>(null);
  return (
    <div className="text-sm">
      <button type="button" disabled={pending} className={BUTTON_CLASS} onClick={() => submit("POST", `/api/creators/${creatorId}/invites`, undefined, (j) => setAnswer(j as never))}>
        {pending ? "Making…" : hasOpenInvite ? "Make a new invite link (the open one stops working)" : "Make an invite link"}
      </button>
      {answer && <InviteLink url={answer.invite.url} expiresAt={answer.invite.expiresAt} email={answer.email} />}
      {formError && <p role="alert" className="mt-2 text-rose-700">{formError}</p>}
    </div>
  );
}
