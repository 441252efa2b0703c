"use client";

import { useState } from "react";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";

interface Option { id: string; name: string }

/** Enter one content post with its impressions (POST /api/posts); the time is read in the workspace's zone. */
export function PostForm({ creators, campaigns, placements, timeZone }: { creators: Option[]; campaigns: Option[]; placements: { key: string; label: string }[]; timeZone: string }) {
  const { pending, fieldErrors: e, formError, submit } = useApiForm();
  const [saved, setSaved] = useState<string | null>(null);

  function onSubmit(ev: React.FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const form = ev.currentTarget;
    const f = new FormData(form);
    const s = (k: string) => String(f.get(k) ?? "").trim();
    const views = s("impressions").replace(/[,\s]/g, "");
    // an unreadable number goes as -1 so the server names the field
    const body = { creatorId: s("creatorId"), campaignId: s("campaignId"), placement: s("placement"), url: s("url") || null, postedAt: s("postedAt"), impressions: /^\d+$/.test(views) ? Number(views) : -1 };
    setSaved(null);
    submit("POST", "/api/posts", body, () => {
      setSaved("Post saved.");
      form.reset();
    });
  }

  if (creators.length === 0 || campaigns.length === 0) return <p className="text-sm text-slate-600">Add a creator and a campaign first: a post belongs to both.</p>;
  return (
    <form onSubmit={onSubmit} aria-label="New content post" className="grid max-w-3xl gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
      <Field label="Post creator" error={e.creatorId}>{(p) => <select {...p} name="creatorId" className={INPUT_CLASS}>{creators.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>}</Field>
      <Field label="Post campaign" error={e.campaignId}>{(p) => <select {...p} name="campaignId" className={INPUT_CLASS}>{campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>}</Field>
      <Field label="Placement" error={e.placement}>{(p) => <select {...p} name="placement" className={INPUT_CLASS}>{placements.map((c) => <option key={c.key} value={c.key}>{c.label}</option>)}</select>}</Field>
      <Field label="Post address (optional)" error={e.url} hint="Identifies the post: entering it again updates it.">{(p) => <input {...p} name="url" type="url" placeholder="https://" className={INPUT_CLASS} />}</Field>
      <Field label="Posted at" error={e.postedAt} hint={`Time in ${timeZone}.`}>{(p) => <input {...p} name="postedAt" type="datetime-local" required className={INPUT_CLASS} />}</Field>
      <Field label="Impressions" error={e.impressions}>{(p) => <input {...p} name="impressions" inputMode="numeric" required className={INPUT_CLASS} />}</Field>
      {formError && !Object.keys(e).length && <p role="alert" className="text-sm text-rose-700 sm:col-span-3">{formError}</p>}
      {saved && <p role="status" className="text-sm text-emerald-700 sm:col-span-3">{saved}</p>}
      <div><button type="submit" className={BUTTON_CLASS} disabled={pending}>{pending ? "Saving…" : "Save post"}</button></div>
    </form>
  );
}
