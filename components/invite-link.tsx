"use client";

import { useState } from "react";

/** A one-time invite link, shown once after it is made, with a copy button and whether it was emailed. */
export function InviteLink({ url, expiresAt, email }: { url: string; expiresAt: string; email?: { sent: boolean; reason?: string } }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="mt-3 space-y-1 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm">
      <p className="text-emerald-900">Invite link: copy it now, it is shown only once. It works once and expires {expiresAt.slice(0, 16).replace("T", " ")} UTC.</p>
      <div className="flex items-center gap-2">
        <input readOnly aria-label="Invite link" data-testid="invite-url" value={url} className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="rounded border border-slate-300 bg-white px-2 py-1 text-xs focus-visible:outline-2 focus-visible:outline-indigo-500"
          onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      {email && <p className="text-xs text-slate-600">{email.sent ? "Also emailed to the invitee." : email.reason}</p>}
    </div>
  );
}

export interface InviteAnswer {
  invite: { url: string; expiresAt: string };
  email?: { sent: boolean; reason?: string };
}
