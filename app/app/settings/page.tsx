import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { InviteRevokeButton, MemberControls } from "@/components/member-controls";
import { MemberInviteForm } from "@/components/member-invite-form";
import { PageHeader } from "@/components/shell";
import { TermsBriefForm } from "@/components/terms-brief-form";
import { requirePage } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { currentBrief } from "@/lib/contracts/brief";
import { prisma } from "@/lib/db/prisma";
import { listOpenTeamInvites } from "@/lib/invites/create";
import { listTeam } from "@/lib/members/mutate";
import { SPOOL_DROPPED_COUNTER } from "@/lib/tracking/spool-drops";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const ctx = await requirePage("workspace.read", "/app/settings");
  const manage = can(ctx.role, "members.manage");
  const [placements, members, invites, brief, dropped] = await Promise.all([
    prisma.placement.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: { key: "asc" } }),
    listTeam(ctx.workspace.id),
    manage ? listOpenTeamInvites(ctx.workspace.id) : [],
    currentBrief(ctx.workspace.id),
    prisma.systemCounter.findUnique({ where: { name: SPOOL_DROPPED_COUNTER } }),
  ]);
  return (
    <>
      <PageHeader title="Settings" description={`${ctx.workspace.name} · time zone ${ctx.workspace.timeZone} · currency ${ctx.workspace.currency}`} />
      <h2 className="mb-2 font-semibold">Team</h2>
      <DataTable rows={members} rowKey={(m) => m.id} empty="No members." columns={[
        { header: "Name", cell: (m) => m.user.name },
        { header: "Email", cell: (m) => m.user.email },
        { header: "Role", cell: (m) => (manage ? <MemberControls membershipId={m.id} name={m.user.name} role={m.role} /> : m.role) },
      ]} />
      {manage && (
        <>
          <p className="mt-2 text-xs text-slate-500">Changing or removing a role signs that person out everywhere at once. The last owner cannot be demoted or removed.</p>
          <h3 className="mb-2 mt-4 text-sm font-semibold">Invite a teammate</h3>
          <MemberInviteForm />
          <h3 className="mb-2 mt-4 text-sm font-semibold">Open invites</h3>
          <DataTable rows={invites} rowKey={(i) => i.id} empty="No open invites." columns={[
            { header: "Email", cell: (i) => i.email },
            { header: "Role", cell: (i) => i.role },
            { header: "Expires", cell: (i) => `${i.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC` },
            { header: "Withdraw", cell: (i) => <InviteRevokeButton inviteId={i.id} email={i.email} /> },
          ]} />
        </>
      )}
      <h2 className="mb-2 mt-8 font-semibold">Disclosure brief</h2>
      <p className="mb-2 text-sm text-slate-600" data-testid="brief-status">
        {brief ? `Version ${brief.version}, published ${brief.publishedAt.toISOString().slice(0, 10)}; accepted by ${brief._count.acceptances} creator(s).` : "No brief published yet."}
      </p>
      {can(ctx.role, "creators.write") ? (
        <TermsBriefForm title={brief?.title ?? ""} body={brief?.body ?? ""} nextVersion={(brief?.version ?? 0) + 1} />
      ) : brief && <div className="whitespace-pre-line rounded-lg border border-slate-200 bg-white p-4 text-sm">{brief.body}</div>}
      <h2 className="mb-2 mt-8 font-semibold">Fraud signals</h2>
      <p className="text-sm"><Link href="/app/settings/fraud" className="text-indigo-700 underline">Thresholds of the fraud signals and of large payments →</Link></p>
      <h2 className="mb-2 mt-8 font-semibold">Placement taxonomy</h2>
      <DataTable rows={placements} rowKey={(p) => p.id} empty="No placements defined." columns={[
        { header: "Sub-ID", cell: (p) => <code>{p.key}</code> },
        { header: "Label", cell: (p) => p.label },
      ]} />
      <h2 className="mb-2 mt-8 font-semibold">Click tracking</h2>
      {/* installation-wide: the spool is per server, not per workspace */}
      <p className="text-sm" data-testid="clicks-dropped">
        Clicks dropped because the click spool was full while the database was unreachable:{" "}
        <strong>{(dropped?.value ?? 0n).toLocaleString("en-US")}</strong>
        {dropped ? ` (last on ${dropped.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC)` : ""}.
        {" "}Shoppers were still redirected; raise <code>CLICK_SPOOL_MAX_BYTES</code> or free disk space if this grows.
      </p>
    </>
  );
}
