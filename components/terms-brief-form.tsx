"use client";

import { useState } from "react";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";

/** Publish a new version of the disclosure brief (pre-filled with the current one). */
export function TermsBriefForm({ title, body, nextVersion }: { title: string; body: string; nextVersion: number }) {
  const { pending, fieldErrors, formError, submit } = useApiForm();
  const [published, setPublished] = useState<number | null>(null);
  return (
    <form
      aria-label="Disclosure brief"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        setPublished(null);
        submit("POST", "/api/creators/brief", { title: f.get("title"), body: f.get("body") }, (j) => setPublished((j.brief as { version: number }).version));
      }}
    >
      <Field label="Brief title" error={fieldErrors.title}>{(p) => <input {...p} name="title" required defaultValue={title} className={INPUT_CLASS} />}</Field>
      <Field label="Brief text" error={fieldErrors.body} hint="What every creator must do to disclose the partnership.">{(p) => <textarea {...p} name="body" rows={6} required defaultValue={body} className={INPUT_CLASS} />}</Field>
      {formError && <p role="alert" className="text-sm text-rose-700">{formError}</p>}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Saving…" : `Publish as version ${nextVersion}`}</button>
        {published && <span role="status" className="text-sm text-emerald-700">Version {published} published; creators will be asked to accept it.</span>}
      </div>
    </form>
  );
}
