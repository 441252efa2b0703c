"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { postJson } from "@/lib/api/client";

/**
 * Approve / reject with an optional note (required to reject, checked by the
 * server too). Posts { decision, note, ...payload } to `action` and refreshes
 * the page; a refusal shows the server's problem detail.
 */
export function DecisionForm({ action, payload = {}, label }: { action: string; payload?: Record<string, unknown>; label: string }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const decide = (decision: "approve" | "reject") =>
    startTransition(async () => {
      setError(null);
      const result = await postJson(action, { ...payload, decision, ...(note.trim() ? { note: note.trim() } : {}) });
      if (!result.ok) return setError(result.message);
      setNote("");
      router.refresh();
    });

  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <input aria-label={`Note for ${label}`} placeholder="Note (required to reject)" value={note} onChange={(e) => setNote(e.target.value)} className="w-44 rounded border border-slate-300 px-2 py-0.5 text-xs" />
      <button type="button" disabled={pending} onClick={() => decide("approve")} aria-label={`Approve ${label}`} className="rounded bg-emerald-700 px-2 py-0.5 text-xs font-medium text-white disabled:opacity-50">
        Approve
      </button>
      <button type="button" disabled={pending} onClick={() => decide("reject")} aria-label={`Reject ${label}`} className="rounded bg-rose-600 px-2 py-0.5 text-xs font-medium text-white disabled:opacity-50">
        Reject
      </button>
      {error && (
        <span role="alert" className="text-xs text-rose-700">
          {error}
        </span>
      )}
    </div>
  );
}
