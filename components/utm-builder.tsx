"use client";

import { useState, useTransition } from "react";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { postJson } from "@/lib/api/client";

interface Built {
  url: string;
  utm: Record<string, string>;
}

/**
 * Builds only conforming URLs: the link and placement come from lists (a
 * placement outside the taxonomy cannot be picked), and the server refuses
 * anything else naming the rule (a destination off the allow-list, a campaign
 * value the linter flags).
 */
export function UtmBuilder({ links, placements }: { links: { code: string; label: string }[]; placements: { key: string; label: string }[] }) {
  const [kind, setKind] = useState<"tracking" | "direct">("tracking");
  const [code, setCode] = useState(links[0]?.code ?? "");
  const [placement, setPlacement] = useState(placements[0]?.key ?? "");
  const [destinationUrl, setDestinationUrl] = useState("");
  const [built, setBuilt] = useState<Built | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, start] = useTransition();
  if (links.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-500">No links yet: create one on the Links page, then build its URLs here.</p>;
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      setBuilt(null); setErrors({}); setMessage(null); setCopied(false);
      const r = await postJson("/api/utm/build", { kind, code, placement, ...(kind === "direct" && destinationUrl.trim() ? { destinationUrl: destinationUrl.trim() } : {}) });
      if (r.ok) setBuilt(r.json as unknown as Built);
      else { setErrors(r.fieldErrors); setMessage(r.message); }
    });
  };
  return (
    <form onSubmit={onSubmit} aria-label="URL builder" className="grid max-w-3xl gap-4 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2">
      <fieldset className="sm:col-span-2 text-sm">
        <legend className="font-medium text-slate-700">Kind of URL</legend>
        <label className="mr-4"><input type="radio" name="kind" checked={kind === "tracking"} onChange={() => setKind("tracking")} /> Tracking link (counts the click; use wherever a link can go)</label>
        <label><input type="radio" name="kind" checked={kind === "direct"} onChange={() => setKind("direct")} /> Direct UTM URL (for places that cannot take a redirect)</label>
      </fieldset>
      <Field label="Link (creator · campaign)" error={errors.code} hint={links.length >= 500 ? "The newest 500 live links." : undefined}>
        {(p) => <select {...p} value={code} onChange={(e) => setCode(e.target.value)} className={INPUT_CLASS}>{links.map((l) => <option key={l.code} value={l.code}>{l.label}</option>)}</select>}
      </Field>
      <Field label="Placement (utm_content)" error={errors.placement}>
        {(p) => <select {...p} value={placement} onChange={(e) => setPlacement(e.target.value)} className={INPUT_CLASS}>{placements.map((x) => <option key={x.key} value={x.key}>{x.label} ({x.key})</option>)}</select>}
      </Field>
      {kind === "direct" && (
        <div className="sm:col-span-2">
          <Field label="Landing page (optional)" error={errors.destinationUrl} hint="Empty: the link's destination. Must be https on the merchant's allow-listed domains, without utm_* parameters.">
            {(p) => <input {...p} type="url" value={destinationUrl} onChange={(e) => setDestinationUrl(e.target.value)} className={`${INPUT_CLASS} w-full`} />}
          </Field>
        </div>
      )}
      <div className="sm:col-span-2 space-y-2">
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Building…" : "Build URL"}</button>
        {message && <p role="alert" className="text-sm text-rose-700" data-testid="builder-error">{errors.convention ?? message}</p>}
        {built && (
          <div className="rounded bg-slate-50 p-3 text-sm" data-testid="builder-result">
            <code className="break-all">{built.url}</code>
            <button type="button" className="ml-2 rounded border border-slate-300 px-2 py-0.5 text-xs" onClick={() => navigator.clipboard?.writeText(built.url).then(() => setCopied(true))}>{copied ? "Copied" : "Copy"}</button>
            <p className="mt-2 text-xs text-slate-500">UTMs: {Object.entries(built.utm).map(([k, v]) => `${k}=${v}`).join(" · ")}</p>
            {kind === "direct" && <p className="mt-1 text-xs text-amber-700">No click is counted for a direct URL: sales from it are credited to the creator only by their coupon code.</p>}
          </div>
        )}
      </div>
    </form>
  );
}
