"use client";

import { useState } from "react";
import { CreatorCombobox, type CreatorChoice } from "@/components/form/creator-combobox";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { useApiForm } from "@/components/form/use-api-form";
import { COUPON_TOKENS, expandPattern } from "@/lib/coupons/pattern";

/** A coupon code for a creator and campaign: typed, or made from a pattern with a live preview. */
export function CouponForm({ hasCreators, campaigns }: { hasCreators: boolean; campaigns: { id: string; name: string }[] }) {
  const { pending, fieldErrors: e, formError, submit } = useApiForm();
  const [creator, setCreator] = useState<CreatorChoice | null>(null);
  const [mode, setMode] = useState<"pattern" | "typed">("pattern");
  const [pattern, setPattern] = useState("{FIRST}{DISCOUNT}");
  const [discount, setDiscount] = useState("15");
  const [created, setCreated] = useState<string | null>(null);
  const creatorId = creator?.id ?? "";
  const name = creator?.name ?? "";
  const discountNum = discount.trim() === "" ? null : Number(discount);
  const preview = mode === "pattern" ? expandPattern(pattern, { name, discount: discountNum }, () => "XXXX") : null;

  // field errors show beside their field; a pattern's collision (path "code") has no field of its own here
  const bottomError = mode === "pattern" ? (e.code ?? formError) : Object.keys(e).length ? null : formError;

  function onSubmit(ev: React.FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const f = new FormData(ev.currentTarget);
    const campaignId = String(f.get("campaignId"));
    const body = mode === "typed" ? { creatorId, campaignId, code: String(f.get("code") ?? "") } : { creatorId, campaignId, pattern, discount: discountNum };
    setCreated(null);
    submit("POST", "/api/coupons", body, (json) => setCreated(`Code ${(json.coupon as { code: string }).code} created.`));
  }

  if (!hasCreators || campaigns.length === 0) return null;
  return (
    <form onSubmit={onSubmit} aria-label="New coupon code" className="grid max-w-3xl gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <CreatorCombobox label="Code creator" name="creatorId" error={e.creatorId} onChange={setCreator} />
      <Field label="Code campaign" error={e.campaignId}>{(p) => <select {...p} name="campaignId" className={INPUT_CLASS}>{campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>}</Field>
      <fieldset className="flex gap-4 text-sm sm:col-span-2">
        <legend className="sr-only">How to make the code</legend>
        <label className="flex items-center gap-1"><input type="radio" name="mode" checked={mode === "pattern"} onChange={() => setMode("pattern")} /> From a pattern</label>
        <label className="flex items-center gap-1"><input type="radio" name="mode" checked={mode === "typed"} onChange={() => setMode("typed")} /> Type it</label>
      </fieldset>
      {mode === "typed" ? (
        <Field label="Code" error={e.code} hint="Stored upper-case; shoppers may type it any way.">{(p) => <input {...p} name="code" className={INPUT_CLASS} autoComplete="off" />}</Field>
      ) : (
        <>
          <Field label="Pattern" error={e.pattern} hint={`Tokens: ${COUPON_TOKENS.join(" ")}`}>{(p) => <input {...p} value={pattern} onChange={(ev) => setPattern(ev.target.value)} className={INPUT_CLASS} autoComplete="off" />}</Field>
          <Field label="Discount number" error={e.discount} hint="Fills {DISCOUNT}, e.g. 15 for 15% off.">{(p) => <input {...p} value={discount} inputMode="numeric" onChange={(ev) => setDiscount(ev.target.value)} className={INPUT_CLASS} />}</Field>
          <p className="text-sm sm:col-span-2" role="status">
            {preview && "code" in preview ? <>Preview: <code data-testid="coupon-preview">{preview.code}</code>{pattern.includes("{RANDOM4}") && " (XXXX is drawn at random)"}</> : <span className="text-rose-700">{preview?.problem.message}</span>}
          </p>
        </>
      )}
      {bottomError && <p role="alert" className="text-sm text-rose-700 sm:col-span-2">{bottomError}</p>}
      {created && <p role="status" className="text-sm text-emerald-700 sm:col-span-2">{created}</p>}
      <div><button type="submit" className={BUTTON_CLASS} disabled={pending}>{pending ? "Saving…" : "Create code"}</button></div>
    </form>
  );
}
