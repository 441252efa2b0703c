"use client";

import { useApiForm } from "@/components/form/use-api-form";

const ACTIONS: Record<string, { to: string; label: string }[]> = {
  invited: [{ to: "archived", label: "Archive" }],
  active: [{ to: "paused", label: "Pause" }, { to: "archived", label: "Archive" }],
  paused: [{ to: "active", label: "Resume" }, { to: "archived", label: "Archive" }],
  archived: [{ to: "active", label: "Restore" }],
};

/** Status buttons: pause, resume, archive (open invite links stop working), restore. */
export function CreatorStatus({ creatorId, status }: { creatorId: string; status: string }) {
  const { pending, formError, submit } = useApiForm();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span>Status: <strong data-testid="creator-status">{status}</strong></span>
      {(ACTIONS[status] ?? []).map((a) => (
        <button key={a.to} type="button" disabled={pending} onClick={() => submit("PATCH", `/api/creators/${creatorId}`, { status: a.to })}
          className="rounded border border-slate-300 bg-white px-2 py-1 text-xs focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50">
          {pending ? "Saving…" : a.label}
        </button>
      ))}
      {formError && <p role="alert" className="text-rose-700">{formError}</p>}
    </div>
  );
}
