"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { postJson } from "@/lib/api/client";

/**
 * Sets the password (or takes an existing account's), accepts the brief and
 * terms shown above it, claims the invite, then signs in with next-auth's
 * credentials flow and lands in the portal (creators) or the app (teammates).
 */
export function InviteAcceptForm({ token, email, hasAccount, defaultName, brief, contract }: {
  token: string;
  email: string;
  hasAccount: boolean;
  defaultName: string;
  brief: { id: string; version: number } | null;
  contract: { id: string; version: number } | null;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const password = String(f.get("password") ?? "");
    if (!hasAccount && password !== String(f.get("confirm") ?? "")) {
      setErrors({ confirm: "The two passwords differ." });
      return;
    }
    start(async () => {
      setErrors({});
      setFormError(null);
      const result = await postJson("/api/invites/accept", {
        token,
        password,
        ...(hasAccount ? {} : { name: String(f.get("name") ?? "") }),
        ...(brief && f.get("acceptBrief") ? { briefId: brief.id } : {}),
        ...(contract && f.get("acceptTerms") ? { contractId: contract.id } : {}),
      });
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setFormError(result.message);
        return;
      }
      const landing = String(result.json.landing ?? "/portal");
      const signedIn = await signIn("credentials", { email, password, redirect: false });
      if (!signedIn || signedIn.error) {
        router.replace(`/login?callbackUrl=${encodeURIComponent(landing)}`);
        return;
      }
      router.replace(landing);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" aria-label="Accept the invite">
      {!hasAccount && (
        <Field label="Your name" error={errors.name}>{(p) => <input {...p} name="name" required defaultValue={defaultName} autoComplete="name" className={INPUT_CLASS} />}</Field>
      )}
      <Field label={hasAccount ? "Your current password" : "Choose a password"} hint={hasAccount ? "You already have a Creator Ledger account with this email." : "At least 12 characters."} error={errors.password}>
        {(p) => <input {...p} name="password" type="password" required autoComplete={hasAccount ? "current-password" : "new-password"} className={INPUT_CLASS} />}
      </Field>
      {!hasAccount && (
        <Field label="Repeat the password" error={errors.confirm}>{(p) => <input {...p} name="confirm" type="password" required autoComplete="new-password" className={INPUT_CLASS} />}</Field>
      )}
      {brief && (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="acceptBrief" required className="mt-1" aria-describedby="brief-title" />
          <span>I have read the disclosure brief (v{brief.version}) and will disclose as it says.{errors.briefId && <span role="alert" className="block text-rose-700">{errors.briefId}</span>}</span>
        </label>
      )}
      {contract && (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="acceptTerms" required className="mt-1" aria-describedby="terms-title" />
          <span>I accept the contract terms (v{contract.version}).{errors.contractId && <span role="alert" className="block text-rose-700">{errors.contractId}</span>}</span>
        </label>
      )}
      {formError && <p role="alert" className="rounded bg-rose-50 px-3 py-2 text-sm text-rose-700">{formError}</p>}
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Saving…" : hasAccount ? "Join and sign in" : "Create my account"}</button>
    </form>
  );
}
