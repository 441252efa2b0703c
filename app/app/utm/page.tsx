import type { Metadata } from "next";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { prisma } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "UTM playbook" };

export default async function UtmPage() {
  const ctx = await requirePage("links.read", "/app/utm");
  const ws = await prisma.workspace.findUniqueOrThrow({ where: { id: ctx.workspace.id }, select: { utmSource: true, utmMedium: true, utmContent: true, utmTerm: true } });
  const rows = [
    ["utm_source", ws.utmSource, "who sent the shopper"],
    ["utm_medium", ws.utmMedium, "the channel"],
    ["utm_campaign", "{campaign}", "the campaign's UTM value"],
    ["utm_content", ws.utmContent, "the placement (story, post, bio…)"],
    ["utm_term", ws.utmTerm ?? "(not set)", "optional"],
  ];
  return (
    <>
      <PageHeader title="UTM playbook" description="This workspace's naming convention, applied to every tracking link on redirect." />
      <dl className="grid max-w-2xl grid-cols-[10rem_1fr] gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-6 text-sm">
        {rows.map(([k, v, why]) => (
          <div key={k} className="contents">
            <dt className="font-mono">{k}</dt>
            <dd><code>{v}</code> <span className="text-slate-500">— {why}</span></dd>
          </div>
        ))}
      </dl>
    </>
  );
}
