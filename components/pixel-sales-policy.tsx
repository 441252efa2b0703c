"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { postJson } from "@/lib/api/client";
import { PIXEL_POLICY_WORDS } from "@/lib/conversions/pixel-policy";

type Policy = keyof typeof PIXEL_POLICY_WORDS;

/**
 * An owner's choice of what commissions of pixel-only sales wait for. The
 * pixel's key is public, so anyone can report a "sale" through it; the
 * default holds them when the store can confirm orders from its server.
 */
export function PixelSalesPolicyControl({ merchantId, merchantName, policy, inForce }: { merchantId: string; merchantName: string; policy: Policy | null; inForce: Policy }) {
  const router = useRouter();
  const [choice, setChoice] = useState<string>(policy ?? "default");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const save = () =>
    startTransition(async () => {
      setError(null);
      const result = await postJson(`/api/merchants/${merchantId}/pixel-sales-policy`, { policy: choice === "default" ? null : choice });
      if (!result.ok) return setError(result.message);
      router.refresh();
    });
  return (
    <section aria-label={`Pixel-only sales for ${merchantName}`} className="mt-3 space-y-1 text-sm">
      <label className="flex flex-wrap items-center gap-2">
        <span>Commissions of sales only the pixel reported:</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value)} disabled={pending} className="rounded border border-slate-300 px-1 py-0.5 text-xs">
          <option value="default">Default (hold when the store has a signing secret or GET token)</option>
          <option value="await_confirmation">Hold until confirmed or approved</option>
          <option value="approve_after_hold">Approve after the holding period</option>
        </select>
        <button type="button" disabled={pending} onClick={save} className="rounded border border-slate-300 px-2 py-0.5 text-xs disabled:opacity-50">
          Save pixel policy
        </button>
      </label>
      <p className="text-xs text-slate-500" data-testid="pixel-policy-in-force">
        In force: {PIXEL_POLICY_WORDS[inForce]}.
      </p>
      {error && <p className="text-xs text-rose-700" role="alert">{error}</p>}
    </section>
  );
}
