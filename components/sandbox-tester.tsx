"use client";

import { useState, useTransition } from "react";
import { BUTTON_CLASS, Field, INPUT_CLASS } from "@/components/form/field";
import { postJson } from "@/lib/api/client";

interface Result {
  status: number;
  answer: { attribution?: { method: string; reason: string }; commissions?: { amountMinor: number; status: string; basis: string | null }[]; detail?: string; title?: string; orderId?: string; test?: boolean };
  log: { receivedAt: string; channel: string; httpStatus: number; verdict: string; reason: string; isTest: boolean } | null;
  testSecretMade: boolean;
}

const digits = (currency: string) => new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Sends a signed TEST postback for a link (its latest click) or a coupon code, and shows what the pipeline answered. */
export function SandboxTester({ merchantId, currency, links }: { merchantId: string; currency: string; links: { code: string; label: string }[] }) {
  const [kind, setKind] = useState<"link" | "coupon">(links.length ? "link" : "coupon");
  const [code, setCode] = useState(links[0]?.code ?? "");
  const [coupon, setCoupon] = useState("");
  const [amount, setAmount] = useState("49.99");
  const [result, setResult] = useState<Result | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const d = digits(currency);
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const m = amount.trim().match(d > 0 ? new RegExp(`^(\\d{1,9})(?:\\.(\\d{1,${d}}))?$`) : /^(\d{1,9})()$/);
    if (!m) return setErrors({ amountMinor: `Enter an amount like ${d > 0 ? "49.99" : "4999"}.` });
    const amountMinor = Number(m[1]) * 10 ** d + Number((m[2] ?? "").padEnd(d, "0") || 0);
    start(async () => {
      setResult(null); setErrors({}); setMessage(null);
      const r = await postJson(`/api/sandbox/${merchantId}`, { kind, value: kind === "link" ? code : coupon, amountMinor });
      if (r.ok) setResult(r.json as unknown as Result);
      else { setErrors(r.fieldErrors); setMessage(r.message); }
    });
  };
  return (
    <form onSubmit={onSubmit} aria-label="Sandbox tester" className="grid max-w-3xl gap-4 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-3">
      <fieldset className="text-sm sm:col-span-3">
        <legend className="font-medium text-slate-700">Credit the test order by</legend>
        <label className="mr-4"><input type="radio" name="sandbox-kind" checked={kind === "link"} onChange={() => setKind("link")} disabled={!links.length} /> a link&apos;s latest click</label>
        <label><input type="radio" name="sandbox-kind" checked={kind === "coupon"} onChange={() => setKind("coupon")} /> a coupon code</label>
      </fieldset>
      {kind === "link" ? (
        <Field label="Link" error={errors.value}>{(p) => <select {...p} value={code} onChange={(e) => setCode(e.target.value)} className={INPUT_CLASS}>{links.map((l) => <option key={l.code} value={l.code}>{l.label}</option>)}</select>}</Field>
      ) : (
        <Field label="Coupon code" error={errors.value}>{(p) => <input {...p} value={coupon} onChange={(e) => setCoupon(e.target.value)} className={INPUT_CLASS} />}</Field>
      )}
      <Field label={`Amount (${currency})`} error={errors.amountMinor}>{(p) => <input {...p} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} className={INPUT_CLASS} />}</Field>
      <div className="flex items-end"><button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Sending…" : "Send test postback"}</button></div>
      {message && !errors.value && !errors.amountMinor && <p role="alert" className="text-sm text-rose-700 sm:col-span-3">{message}</p>}
      {result && (
        <div className="space-y-1 rounded bg-slate-50 p-3 text-sm sm:col-span-3" data-testid="sandbox-result" role="status">
          <p><strong>Verdict:</strong> <span data-testid="sandbox-verdict">{result.log?.verdict ?? "—"}</span> (HTTP {result.status}){result.answer.test ? " · test order, never counted in metrics or payouts" : ""}</p>
          {result.answer.attribution ? <p data-testid="sandbox-reason"><strong>Attribution:</strong> {result.answer.attribution.method} — {result.answer.attribution.reason}</p> : <p><strong>Refused:</strong> {result.answer.detail}</p>}
          {result.answer.commissions && <p><strong>Commission:</strong> {result.answer.commissions.length ? result.answer.commissions.map((c) => `${(c.amountMinor / 10 ** d).toFixed(d)} ${currency} ${c.status}${c.basis ? ` (${c.basis})` : ""}`).join(", ") : "none"}</p>}
          {result.log && <p className="font-mono text-xs" data-testid="sandbox-log">{new Date(result.log.receivedAt).toISOString()} {result.log.channel.toUpperCase()} {result.log.httpStatus} {result.log.verdict}{result.log.isTest ? " test" : ""} {result.log.reason}</p>}
          {result.testSecretMade && <p className="text-xs text-slate-500">A test signing secret was made for this merchant (it stays on the server).</p>}
        </div>
      )}
    </form>
  );
}
