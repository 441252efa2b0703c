"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { BUTTON_CLASS, INPUT_CLASS } from "@/components/form/field";
import { DataTable } from "@/components/data-table";
import { postJson } from "@/lib/api/client";
import type { PostsPreviewLine } from "@/lib/posts/mutate";
import { MAX_POSTS_CSV_BYTES, POST_COLUMNS } from "@/lib/posts/schema";

interface Preview {
  applied: boolean;
  counts: { create: number; update: number; unchanged: number; rejected: number };
  lines: PostsPreviewLine[];
  problems: { row: number; column: string; message: string }[];
}

const OUTCOME_WORDS = { create: "new", update: "update", unchanged: "unchanged", rejected: "rejected" } as const;

/** A posts CSV: check it (every row's outcome and problem), then save it; saving is refused while any row has a problem. */
export function PostsUpload() {
  const router = useRouter();
  const fileId = useId();
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send(apply: boolean) {
    if (text === null) return setError("Choose a CSV file first.");
    setBusy(true); setError(null);
    const res = await postJson("/api/posts/import", { csv: text, apply });
    setBusy(false);
    if (!res.ok) return setError(res.fieldErrors.csv ?? res.message);
    setPreview(res.json as unknown as Preview);
    if (apply) router.refresh();
  }

  async function choose(file: File | undefined) {
    setPreview(null); setError(null);
    if (!file) return setText(null);
    if (file.size > MAX_POSTS_CSV_BYTES) return setError(`The file is over ${MAX_POSTS_CSV_BYTES / 1_000_000} MB.`);
    setText(await file.text());
  }

  const c = preview?.counts;
  const fileProblems = preview?.problems.filter((p) => p.row === 0) ?? [];
  return (
    <div className="space-y-3">
      <form onSubmit={(e) => { e.preventDefault(); void send(false); }} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="Upload posts CSV">
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={fileId} className="font-medium text-slate-700">Posts CSV file</label>
          <input id={fileId} type="file" accept=".csv,text/csv" className={INPUT_CLASS} aria-describedby={`${fileId}-hint`} onChange={(e) => void choose(e.target.files?.[0])} />
          <p id={`${fileId}-hint`} className="text-xs text-slate-500">Columns: {POST_COLUMNS.join(", ")}. Creator by email or name, campaign by utm_campaign or name, time in the workspace&apos;s zone unless it has an offset. A post is matched by its url, or by creator, campaign, placement and time.</p>
        </div>
        <button type="submit" className={BUTTON_CLASS} disabled={busy || text === null}>{busy ? "Checking…" : "Check file"}</button>
      </form>
      {error && <p role="alert" className="rounded border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800">{error}</p>}
      {preview && c && (
        <section aria-labelledby="posts-preview" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h3 id="posts-preview" className="font-semibold">{preview.applied ? "Saved" : "Preview"}</h3>
          <p role="status" data-testid="posts-summary" className="text-sm">
            {preview.applied ? "Saved: " : ""}{c.create} new, {c.update} to update, {c.unchanged} unchanged, {c.rejected} with problems.
          </p>
          {fileProblems.map((p) => <p key={p.message} className="text-sm text-rose-700">{p.message}</p>)}
          <DataTable rows={preview.lines} rowKey={(l) => String(l.row)} empty="No rows." caption="Every row of the file and what saving it does" columns={[
            { header: "Row", numeric: true, cell: (l) => l.row },
            { header: "Outcome", cell: (l) => OUTCOME_WORDS[l.outcome] },
            { header: "Why", cell: (l) => l.reason },
          ]} />
          {!preview.applied && (
            c.rejected > 0 || fileProblems.length > 0
              ? <p className="text-sm text-slate-700">Fix the rows with problems and check the file again: nothing is saved while any row has one.</p>
              : <button type="button" className={BUTTON_CLASS} disabled={busy || c.create + c.update === 0} onClick={() => void send(true)}>{c.create + c.update === 0 ? "Nothing to save" : `Save ${c.create + c.update} posts`}</button>
          )}
        </section>
      )}
    </div>
  );
}
