"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { BUTTON_CLASS, INPUT_CLASS } from "@/components/form/field";
import { postJson } from "@/lib/api/client";
import type { ImportPreview } from "@/lib/imports/jobs";
import { MAX_IMPORT_BYTES, type ImportMode } from "@/lib/imports/schema";
import { ImportPreviewTable } from "./import-preview";

interface Progress { processed: number; total: number }
interface Result { status: string; error: string | null; created: number; updated: number; unchanged: number; rejected: number }

/** Upload → preview (every problem by row and column) → import in a mode, with a progress bar and the report to download. */
export function ImportForm() {
  const router = useRouter();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mode, setMode] = useState<ImportMode>("valid");
  const [busy, setBusy] = useState<"upload" | "run" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  // while the run request is open, poll the job row for its progress
  useEffect(() => {
    if (busy !== "run" || !preview) return;
    const timer = setInterval(async () => {
      const res = await fetch(`/api/imports/${preview.id}`);
      if (res.ok) setProgress((await res.json()) as Progress);
    }, 500);
    return () => clearInterval(timer);
  }, [busy, preview]);

  async function upload(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return setError("Choose a CSV file first.");
    if (file.size > MAX_IMPORT_BYTES) return setError(`The file is over ${MAX_IMPORT_BYTES / 1_000_000} MB.`);
    setBusy("upload"); setError(null); setPreview(null); setResult(null); setProgress(null);
    const res = await postJson("/api/imports", { fileName: file.name, csv: await file.text() });
    setBusy(null);
    if (!res.ok) return setError(res.fieldErrors.csv ?? res.message);
    setPreview(res.json as unknown as ImportPreview);
  }

  async function run() {
    if (!preview) return;
    setBusy("run"); setError(null); setProgress({ processed: 0, total: preview.total });
    const res = await postJson(`/api/imports/${preview.id}/run`, { mode });
    setBusy(null);
    if (!res.ok) return setError(res.message);
    setResult(res.json as unknown as Result);
    setProgress({ processed: preview.total, total: preview.total });
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <form onSubmit={upload} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-col gap-1 text-sm">
          <label htmlFor={fileId} className="font-medium text-slate-700">CSV file</label>
          <input id={fileId} type="file" accept=".csv,text/csv" className={INPUT_CLASS} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className={BUTTON_CLASS} disabled={busy !== null || !file}>{busy === "upload" ? "Checking…" : "Check file"}</button>
      </form>
      {error && <p role="alert" className="rounded border border-rose-200 bg-rose-50 p-3 text-sm text-rose-800">{error}</p>}
      {preview && (
        <section aria-labelledby="preview-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="preview-title" className="text-lg font-semibold">Preview of {preview.fileName}</h2>
          <p data-testid="import-summary" className="text-sm text-slate-700">
            {preview.total} rows: {preview.forecast.created} new, {preview.forecast.updated} to update, {preview.forecast.unchanged} unchanged,{" "}
            {preview.total - preview.valid} with problems.
          </p>
          <ImportPreviewTable problems={preview.problems} />
          {!result && (
            <fieldset className="space-y-1 text-sm" disabled={busy !== null}>
              <legend className="font-medium text-slate-700">How to import</legend>
              <label className="flex items-center gap-2"><input type="radio" name="mode" value="valid" checked={mode === "valid"} onChange={() => setMode("valid")} /> Valid rows only (rows with problems are skipped and reported)</label>
              <label className="flex items-center gap-2"><input type="radio" name="mode" value="all" checked={mode === "all"} onChange={() => setMode("all")} /> All or nothing (any problem imports nothing)</label>
              <button type="button" onClick={run} className={`${BUTTON_CLASS} mt-2`} disabled={busy !== null}>{busy === "run" ? "Importing…" : "Import"}</button>
            </fieldset>
          )}
          {progress && (
            <div>
              <label className="text-sm text-slate-600" htmlFor={`${fileId}-progress`}>Progress: {progress.processed} of {progress.total} rows</label>
              <progress id={`${fileId}-progress`} className="block w-full" max={progress.total} value={progress.processed} />
            </div>
          )}
          {result && (
            <div role="status" data-testid="import-result" className="text-sm">
              <p className={result.status === "done" ? "text-emerald-800" : "text-rose-800"}>
                {result.status === "done" ? "Imported" : "Nothing imported"}: {result.created} created, {result.updated} updated, {result.unchanged} unchanged, {result.rejected} rejected.
                {result.error ? ` ${result.error}` : ""}
              </p>
              <a href={`/api/imports/${preview.id}/report`} download className="text-indigo-700 underline">Download the report (CSV)</a>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
