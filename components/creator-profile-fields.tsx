"use client";

import { Field, INPUT_CLASS } from "@/components/form/field";

// Name, email, audience country and one handle per platform (empty = none).
export interface ProfileDraft {
  name: string;
  email: string;
  audienceCountry: string;
  handles: Record<string, string>;
}

export const handlesBody = (h: Record<string, string>) =>
  Object.entries(h).filter(([, v]) => v.trim()).map(([platform, handle]) => ({ platform, handle })) as { platform: "instagram"; handle: string }[];

export function ProfileFields({ draft, set, errors, platforms, countries }: {
  draft: ProfileDraft;
  set: (d: ProfileDraft) => void;
  errors: Record<string, string>;
  platforms: readonly string[];
  countries: { code: string; name: string }[];
}) {
  const handleError = (platform: string) => {
    const i = handlesBody(draft.handles).findIndex((h) => h.platform === platform);
    return i >= 0 ? (errors[`handles.${i}.handle`] ?? errors[`handles.${i}.platform`]) : undefined;
  };
  return (
    <div className="grid gap-3 md:grid-cols-3">
      <Field label="Name" error={errors.name}>{(p) => <input {...p} required className={INPUT_CLASS} value={draft.name} onChange={(e) => set({ ...draft, name: e.target.value })} />}</Field>
      <Field label="Email" error={errors.email}>{(p) => <input {...p} type="email" required className={INPUT_CLASS} value={draft.email} onChange={(e) => set({ ...draft, email: e.target.value })} />}</Field>
      <Field label="Audience country" error={errors.audienceCountry}>
        {(p) => (
          <select {...p} className={INPUT_CLASS} value={draft.audienceCountry} onChange={(e) => set({ ...draft, audienceCountry: e.target.value })}>
            <option value="">Not set</option>
            {countries.map((c) => <option key={c.code} value={c.code}>{c.name} ({c.code})</option>)}
          </select>
        )}
      </Field>
      <fieldset className="md:col-span-3">
        <legend className="mb-1 text-sm font-medium text-slate-700">Handles (one per platform, without @)</legend>
        <div className="grid gap-2 md:grid-cols-4">
          {platforms.map((pl) => (
            <Field key={pl} label={`${pl[0].toUpperCase()}${pl.slice(1)} handle`} error={handleError(pl)}>
              {(p) => <input {...p} className={INPUT_CLASS} value={draft.handles[pl] ?? ""} onChange={(e) => set({ ...draft, handles: { ...draft.handles, [pl]: e.target.value } })} />}
            </Field>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
