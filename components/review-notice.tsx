// The portal's word on review: how many of the creator's commissions are held
// while the brand looks at something, and the outcome (with the brand's note)
// of decided items. The creator's own rows only (workspace and creator).
import type { AuthContext } from "@/lib/auth/context";
import { formatDate, formatMoney } from "@/lib/format";
import { portalReview } from "@/lib/review/list";

export async function ReviewNotice({ ctx }: { ctx: AuthContext }) {
  if (!ctx.creatorId) return null;
  const { heldCount, heldMinor, decided } = await portalReview(ctx.workspace.id, ctx.creatorId);
  if (heldCount === 0 && decided.length === 0) return null;
  return (
    <section aria-label="Commissions under review" data-testid="review-notice" className="mb-6 rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950">
      {heldCount > 0 && (
        <p>
          {heldCount} of your commissions ({formatMoney(heldMinor, ctx.workspace.currency)}) are under review and wait for the brand&apos;s decision before they can be paid.
        </p>
      )}
      {decided.length > 0 && (
        <ul className="mt-2 space-y-1">
          {decided.map((d) => (
            <li key={d.id}>
              <strong>{d.status === "approved" ? "Released" : "Rejected"}{d.decidedAt ? ` on ${formatDate(d.decidedAt, ctx.workspace.timeZone)}` : ""}:</strong> {d.summary}
              {d.note && <span className="block text-sky-800">Note from the brand: {d.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
