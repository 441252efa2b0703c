"use client";

import { useState } from "react";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";

const lines = (s: string) => s.split(/[\n,]/).map((x) => x.trim()).filter(Boolean);

/** An owner's edit of where links may point and where the pixel may fire from; one entry per line. */
export function MerchantSettingsForm({ merchantId, merchantName, allowedDomains, pixelAllowedOrigins }: { merchantId: string; merchantName: string; allowedDomains: string[]; pixelAllowedOrigins: string[] }) {
  const { pending, fieldErrors, formError, submit } = useApiForm();
  const [domains, setDomains] = useState(allowedDomains.join("\n"));
  const [origins, setOrigins] = useState(pixelAllowedOrigins.join("\n"));
  const [confirm, setConfirm] = useState(false);
  const [saved, setSaved] = useState(false);
  const err = (path: string) => Object.entries(fieldErrors).find(([p]) => p === path || p.startsWith(`${path}.`))?.[1];
  return (
    <form
      aria-label={`Domains and pixel origins for ${merchantName}`}
      className="mt-3 grid gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        submit("PUT", `/api/merchants/${merchantId}/settings`, { allowedDomains: lines(domains), pixelAllowedOrigins: lines(origins), confirm }, () => { setConfirm(false); setSaved(true); });
      }}
    >
      <Field label="Allowed destination domains" error={err("allowedDomains")} hint="One per line: shop.example, or *.shop.example for its subdomains. Links may only point here.">
        {(p) => <textarea {...p} name="allowedDomains" rows={3} value={domains} onChange={(e) => setDomains(e.target.value)} className={INPUT_CLASS} />}
      </Field>
      <Field label="Pixel origins" error={err("pixelAllowedOrigins")} hint="One per line: https://shop.example. Empty: the pixel is accepted from any page.">
        {(p) => <textarea {...p} name="pixelAllowedOrigins" rows={3} value={origins} onChange={(e) => setOrigins(e.target.value)} className={INPUT_CLASS} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Saving…" : confirm ? "Save anyway" : "Save domains and origins"}</button>
        {saved && !pending && <span role="status" className="text-sm text-emerald-700">Saved.</span>}
        {formError && (formError.includes("Confirm") || Object.keys(fieldErrors).length === 0) && (
          <p role="alert" className="text-sm text-rose-700">
            {formError}{" "}
            {formError.includes("Confirm") && !confirm && <button type="button" className="underline" onClick={() => setConfirm(true)}>I understand</button>}
          </p>
        )}
      </div>
    </form>
  );
}
