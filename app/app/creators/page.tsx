import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { listCreators } from "@/lib/creators/list";

export const metadata: Metadata = { title: "Creators" };

export default async function CreatorsPage() {
  const ctx = await requirePage("creators.read", "/app/creators");
  const creators = await listCreators(ctx.workspace.id);
  return (
    <>
      <PageHeader title="Creators" description={`${creators.length} creators in ${ctx.workspace.name}.`} />
      <DataTable
        rows={creators}
        rowKey={(c) => c.id}
        empty="No creators yet."
        columns={[
          { header: "Name", cell: (c) => c.name },
          { header: "Email", cell: (c) => c.email },
          { header: "Handles", cell: (c) => c.handles.map((h) => `${h.platform}: @${h.handle}`).join(" · ") },
          { header: "Status", cell: (c) => c.status },
          { header: "Audience", cell: (c) => c.audienceCountry ?? "—" },
          { header: "Links", numeric: true, cell: (c) => c._count.links },
        ]}
      />
    </>
  );
}
