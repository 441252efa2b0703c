import type { Checklist } from "@/lib/merchants/checklist";
import { formatDateTime } from "@/lib/format";

export function MerchantChecklist({ checklist, timeZone }: { checklist: Checklist; timeZone: string }) {
  return (
    <div className="text-sm">
      <ul className="space-y-1" aria-label="Setup checklist">
        {checklist.steps.map((s) => (
          <li key={s.key} data-testid={`check-${s.key}`} data-done={s.done}>
            <span aria-hidden="true" className={s.done ? "text-emerald-600" : "text-slate-400"}>{s.done ? "✓" : "○"}</span>{" "}
            <span className="font-medium">{s.label}</span>
            <span className="sr-only">{s.done ? " (done)" : " (not yet)"}</span>
            <span className="text-slate-500"> — {s.detail}{s.at ? `, ${formatDateTime(s.at, timeZone)}` : ""}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2" data-testid="check-last-error">
        <span className="font-medium">Last error:</span>{" "}
        {checklist.lastError ? <span className="text-rose-700">{formatDateTime(checklist.lastError.at, timeZone)} · {checklist.lastError.channel.toUpperCase()} {checklist.lastError.httpStatus} · {checklist.lastError.reason}</span> : <span className="text-slate-500">none</span>}
      </p>
    </div>
  );
}
