"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { INPUT_CLASS } from "@/components/form/field";
import { postJson } from "@/lib/api/client";
import { selectionResultSchema, type SelectionResult } from "@/lib/commissions/schema";

const WORDS: Record<SelectionResult["outcomes"][number]["outcome"], string> = { decided: "now", changed: "changed meanwhile, left as", unchanged: "left as", not_found: "not found" };

/**
 * Approve or reject the rows ticked in the ledger. The row checkboxes belong
 * to this form through their `form` attribute, so the table stays
 * server-rendered; the answer lists what happened to each row (a row decided
 * meanwhile by someone else is reported, not decided again).
 */
export function BulkDecisionBar({ formId, orders }: { formId: string; orders: Record<string, string> }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<SelectionResult | null>(null);
  const [pending, startTransition] = useTransition();

  const boxes = (form: HTMLFormElement) => [...form.elements].filter((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.name === "commissionIds");

  const decide = (form: HTMLFormElement, decision: "approve" | "reject") =>
    startTransition(async () => {
      setError(null);
      const ticked = boxes(form).filter((b) => b.checked);
      // the status each row showed: a row decided by someone else since is reported, not decided again
      const seen = Object.fromEntries(ticked.map((b) => [b.value, b.dataset.status]));
      const answer = await postJson("/api/commissions/selection", { commissionIds: ticked.map((b) => b.value), seen, decision, ...(note.trim() ? { note: note.trim() } : {}) });
      if (!answer.ok) return setError(answer.message);
      setResult(selectionResultSchema.parse(answer.json));
      setNote("");
      // a decided selection is done: the next decision starts from nothing ticked
      form.reset();
      for (const b of ticked) b.checked = false;
      router.refresh();
    });

  return (
    <form
      id={formId}
      aria-label="Decide the selected commissions"
      className="mb-3 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        const submitter = (e.nativeEvent as SubmitEvent).submitter;
        decide(e.currentTarget, submitter instanceof HTMLButtonElement && submitter.value === "reject" ? "reject" : "approve");
      }}
    >
      <label className="flex items-center gap-1.5">
        <input type="checkbox" onChange={(e) => { for (const b of boxes(e.currentTarget.form!)) b.checked = e.currentTarget.checked; }} />
        Select all on this page
      </label>
      <label className="flex items-center gap-1.5">
        Note
        <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Required to reject; the creator sees it" className={`${INPUT_CLASS} w-72`} />
      </label>
      <button type="submit" value="approve" disabled={pending} className="rounded bg-emerald-700 px-3 py-1.5 font-medium text-white disabled:opacity-50">Approve selected</button>
      <button type="submit" value="reject" disabled={pending} className="rounded bg-rose-700 px-3 py-1.5 font-medium text-white disabled:opacity-50">Reject selected</button>
      {error && <p role="alert" className="w-full text-rose-700">{error}</p>}
      <div role="status" aria-live="polite" className="w-full">
        {result && (
          <>
            <p className="font-medium">{result.decided} of {result.outcomes.length} {result.decision === "approve" ? "approved" : "rejected"}.</p>
            <ul className="mt-1 list-disc pl-5 text-slate-600" data-testid="selection-outcomes">
              {result.outcomes.map((o) => (
                <li key={o.id} data-outcome={o.outcome}>
                  Order {orders[o.id] ?? o.id}: {WORDS[o.outcome]}{o.status ? ` ${o.status}` : ""}{o.outcome === "decided" ? ` (was ${o.before})` : ""}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </form>
  );
}
