"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { postJson } from "@/lib/api/client";

/** Approve or reject several open items at once (all or none); a rejection's note goes to each creator. */
export function ReviewBulkForm({ items }: { items: { id: string; label: string }[] }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  if (items.length === 0) return null;

  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  const decide = (decision: "approve" | "reject") =>
    startTransition(async () => {
      setMessage(null);
      const result = await postJson("/api/review/decisions", { itemIds: chosen, decision, ...(note.trim() ? { note: note.trim() } : {}) });
      if (!result.ok) return setMessage({ error: true, text: result.message });
      setMessage({ error: false, text: `${chosen.length} item(s) ${decision === "approve" ? "approved" : "rejected"}.` });
      setChosen([]);
      setNote("");
      router.refresh();
    });

  return (
    <fieldset className="mb-6 rounded-lg border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-semibold">Decide several open items at once</legend>
      <ul className="mb-2 max-h-40 space-y-1 overflow-y-auto text-xs">
        {items.map((i) => (
          <li key={i.id}>
            <label className="flex items-start gap-2">
              <input type="checkbox" checked={chosen.includes(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} />
              <span>{i.label}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-2">
        <input aria-label="Note for the chosen items" placeholder="Note (required to reject; the creators see it)" value={note} onChange={(e) => setNote(e.target.value)} className="w-80 rounded border border-slate-300 px-2 py-0.5 text-xs" />
        <button type="button" disabled={pending || chosen.length === 0} onClick={() => decide("approve")} className="rounded bg-emerald-700 px-2 py-0.5 text-xs font-medium text-white disabled:opacity-50">
          Approve chosen ({chosen.length})
        </button>
        <button type="button" disabled={pending || chosen.length === 0} onClick={() => decide("reject")} className="rounded bg-rose-600 px-2 py-0.5 text-xs font-medium text-white disabled:opacity-50">
          Reject chosen ({chosen.length})
        </button>
        {message && (
          <span role={message.error ? "alert" : "status"} className={`text-xs ${message.error ? "text-rose-700" : "text-emerald-700"}`}>
            {message.text}
          </span>
        )}
      </div>
    </fieldset>
  );
}

/** Runs the detection pass for today so far (and yesterday if the schedule has not). */
export function RunDetectionButton() {
  const router = useRouter();
  const [text, setText] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      const result = await postJson("/api/fraud/run");
      setText(result.ok ? `Judged ${(result.json.days as string[]).join(" and ")}: ${String(result.json.raised)} new item(s).` : result.message);
      router.refresh();
    });
  return (
    <div className="flex items-center gap-2">
      <button type="button" disabled={pending} onClick={run} className="rounded bg-slate-800 px-3 py-1 text-xs font-medium text-white disabled:opacity-50">
        {pending ? "Running…" : "Run detection now"}
      </button>
      {text && <span role="status" className="text-xs text-slate-600">{text}</span>}
    </div>
  );
}
