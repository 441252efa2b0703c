// What a payout run left out and why (Payout.held, written by the run).
import { z } from "zod";
import { formatMoney } from "@/lib/format";

const heldSchema = z.array(z.object({ creatorId: z.string(), commissions: z.number(), amountMinor: z.number(), reasons: z.array(z.string()) }));

export function PayoutHeld({ held, currency, names }: { held: unknown; currency: string; names: Map<string, string> }) {
  const parsed = heldSchema.safeParse(held);
  if (!parsed.success || parsed.data.length === 0) return <span className="text-slate-500">nothing held</span>;
  return (
    <ul className="space-y-1 text-xs">
      {parsed.data.map((h) => (
        <li key={h.creatorId}>
          <strong>{names.get(h.creatorId) ?? h.creatorId}</strong>: {h.commissions} held ({formatMoney(h.amountMinor, currency)}) — {h.reasons.join(" · ")}
        </li>
      ))}
    </ul>
  );
}
