import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell";
import { ownRows } from "@/lib/auth/context";
import { requirePage } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { sheetCampaigns } from "@/lib/sheets/load";

export const metadata: Metadata = { title: "My instruction sheets" };

export default async function PortalSheetsPage() {
  const ctx = await requirePage("portal.read", "/portal/sheets");
  const scope = ownRows(ctx);
  const campaigns = scope.creatorId ? await sheetCampaigns({ workspaceId: scope.workspaceId, creatorId: scope.creatorId }) : [];
  return (
    <>
      <PageHeader title="My instruction sheets" description="For each campaign: your link for every placement, your code, the dates and the disclosure to use. Printable." />
      {campaigns.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-500">No campaigns yet: your sheets appear here when the brand gives you a link or a code.</p>
      ) : (
        <ul className="space-y-2">
          {campaigns.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <Link href={`/portal/sheets/${c.id}`} className="font-medium text-indigo-700 underline">{c.name}</Link>
              <span className="ml-2 text-slate-500">from {formatDate(c.startsAt, ctx.workspace.timeZone)}{c.endsAt ? ` to ${formatDate(c.endsAt, ctx.workspace.timeZone)}` : ""} · {c.status}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
