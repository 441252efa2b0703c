import type { Metadata } from "next";
import Link from "next/link";
import { InviteAcceptForm } from "@/components/invite-accept-form";
import { TermsSummary } from "@/components/terms-summary";
import { currentTerms } from "@/lib/contracts/current";
import { prisma } from "@/lib/db/prisma";
import { findInvite, inviteRefusal } from "@/lib/invites/lookup";

export const metadata: Metadata = { title: "Accept your invite", referrer: "no-referrer" };

// Public: the token is the credential. Nothing here changes state; the form posts to /api/invites/accept.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await findInvite(token);
  const refusal = inviteRefusal(invite);
  if (refusal || !invite) {
    return (
      <Frame title="This invite cannot be used">
        <p role="alert" className="text-sm text-slate-700" data-testid="invite-refusal">{refusal?.message}</p>
        <p className="mt-4 text-sm"><Link className="text-indigo-700 underline" href="/login">Go to sign-in</Link></p>
      </Frame>
    );
  }
  const [terms, existing, workspace] = await Promise.all([
    invite.creatorId ? currentTerms({ workspaceId: invite.workspaceId, creatorId: invite.creatorId }) : null,
    prisma.user.findUnique({ where: { email: invite.email }, select: { id: true } }),
    prisma.workspace.findUniqueOrThrow({ where: { id: invite.workspaceId }, select: { currency: true } }),
  ]);
  const what = invite.role === "creator" ? "creator programme" : `team as ${invite.role}`;
  return (
    <Frame title={`Join ${invite.workspace.name}`}>
      <p className="text-sm text-slate-600">You were invited to the {what} on Creator Ledger as <strong>{invite.email}</strong>.</p>
      {terms?.brief && (
        <section aria-labelledby="brief-title" className="mt-6">
          <h2 id="brief-title" className="font-semibold">Disclosure brief (v{terms.brief.version}): {terms.brief.title}</h2>
          <div className="mt-2 whitespace-pre-line rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">{terms.brief.body}</div>
        </section>
      )}
      {terms?.contract && (
        <section aria-labelledby="terms-title" className="mt-6">
          <h2 id="terms-title" className="mb-2 font-semibold">Your contract terms (v{terms.contract.version})</h2>
          <TermsSummary contract={terms.contract} currency={workspace.currency} />
        </section>
      )}
      <InviteAcceptForm
        token={token}
        email={invite.email}
        hasAccount={Boolean(existing)}
        defaultName={invite.creator?.name ?? ""}
        brief={terms?.brief ? { id: terms.brief.id, version: terms.brief.version } : null}
        contract={terms?.contract ? { id: terms.contract.id, version: terms.contract.version } : null}
      />
    </Frame>
  );
}

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen justify-center p-6">
      <div className="w-full max-w-2xl rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold">{title}</h1>
        {children}
      </div>
    </main>
  );
}
