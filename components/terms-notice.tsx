import Link from "next/link";

/** Shown on every portal page while a newer brief or contract version waits for the creator's acceptance. */
export function TermsNotice({ pending }: { pending: string[] }) {
  if (!pending.length) return null;
  return (
    <div role="status" data-testid="terms-notice" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      New terms wait for you: {pending.join(" and ")}. <Link href="/portal/terms" className="font-medium underline">Read and accept them</Link>.
    </div>
  );
}
