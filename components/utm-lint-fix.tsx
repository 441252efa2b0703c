"use client";

import { useApiForm } from "@/components/form/use-api-form";

/** One click applies the linter's fix through POST /api/utm/fix (audited); the page reloads its list. */
export function UtmLintFix({ rule, subjectId, words }: { rule: string; subjectId: string; words: string }) {
  const { pending, formError, submit } = useApiForm();
  return (
    <span>
      <button type="button" disabled={pending} onClick={() => submit("POST", "/api/utm/fix", { rule, subjectId })} className="rounded border border-slate-300 px-2 py-0.5 text-xs focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50">
        {pending ? "Fixing…" : `Fix: ${words}`}
      </button>
      {formError && <span role="alert" className="ml-2 text-xs text-rose-700">{formError}</span>}
    </span>
  );
}
