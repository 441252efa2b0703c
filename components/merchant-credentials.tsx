"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { postJson } from "@/lib/api/client";

export interface SecretRow {
  id: string;
  hint: string;
  isTest: boolean;
  createdAt: string;
}

/**
 * An owner's controls for one merchant's postback credentials: new signing
 * secrets (live or test), revoking one (two clicks), a new GET token. A new
 * credential is shown once, here, and never again.
 */
export function MerchantCredentials({ merchantId, merchantName, secrets }: { merchantId: string; merchantName: string; secrets: SecretRow[] }) {
  const router = useRouter();
  const [shown, setShown] = useState<{ label: string; value: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const call = (path: string, body: object | null, onOk: (json: Record<string, unknown>) => void) =>
    startTransition(async () => {
      setError(null);
      const result = await postJson(`/api/merchants/${merchantId}${path}`, body ?? undefined);
      if (!result.ok) return setError(result.message);
      onOk(result.json);
      router.refresh();
    });

  const newSecret = (test: boolean) => call("/secrets", { test }, (j) => setShown({ label: test ? "New test signing secret" : "New signing secret", value: (j.secret as { secret: string }).secret }));

  return (
    <section aria-label={`Postback credentials for ${merchantName}`} className="mt-3 space-y-2 text-sm">
      <ul className="space-y-1">
        {secrets.map((s) => (
          <li key={s.id} className="flex items-center gap-2">
            <code>{s.hint}…</code>
            {s.isTest && <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-800">test</span>}
            <span className="text-xs text-slate-500">since {s.createdAt.slice(0, 10)}</span>
            <button
              type="button"
              disabled={pending}
              onClick={() => (confirming === s.id ? call(`/secrets/${s.id}/revoke`, null, () => setConfirming(null)) : setConfirming(s.id))}
              className="rounded border border-rose-300 px-2 py-0.5 text-xs text-rose-700 disabled:opacity-50"
            >
              {confirming === s.id ? `Confirm revoke ${s.hint}…` : `Revoke ${s.hint}…`}
            </button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={pending} onClick={() => newSecret(false)} className="rounded bg-indigo-600 px-2 py-1 text-xs font-medium text-white disabled:opacity-50">
          New signing secret
        </button>
        <button type="button" disabled={pending} onClick={() => newSecret(true)} className="rounded border border-slate-300 px-2 py-1 text-xs disabled:opacity-50">
          New test secret
        </button>
        <button type="button" disabled={pending} onClick={() => call("/get-token", null, (j) => setShown({ label: "New GET token (the old one no longer works)", value: String(j.token) }))} className="rounded border border-slate-300 px-2 py-1 text-xs disabled:opacity-50">
          New GET token
        </button>
      </div>
      {shown && (
        <div role="status" className="rounded border border-emerald-300 bg-emerald-50 p-2">
          <p className="text-xs text-emerald-800">{shown.label}: copy it now, it will not be shown again.</p>
          <code data-testid="new-credential" className="break-all">{shown.value}</code>
        </div>
      )}
      {error && (
        <p role="alert" className="text-xs text-rose-700">
          {error}
        </p>
      )}
    </section>
  );
}
