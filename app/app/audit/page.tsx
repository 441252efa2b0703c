import type { Metadata } from "next";
import { CursorList } from "@/components/list/cursor-list";
import { PageHeader } from "@/components/shell";
import { auditFilterOptions, auditFilterShape, listAudit } from "@/lib/audit/list";
import { formatDateTime } from "@/lib/format";
import { openLedger } from "@/lib/list/ledger-page";
import { labels } from "@/lib/list/options";
import type { SearchParams } from "@/lib/list/params";

export const metadata: Metadata = { title: "Audit log" };

const PATH = "/app/audit";
const json = (v: unknown) => (v === null || v === undefined ? "—" : <code className="text-xs">{JSON.stringify(v)}</code>);

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { ctx, tz, filters, page, query } = await openLedger("audit.read", PATH, searchParams, auditFilterShape);
  const [rows, options] = await Promise.all([listAudit(ctx.workspace.id, tz, filters, page), auditFilterOptions(ctx.workspace.id)]);
  const actorName = labels(options.actors);
  return (
    <>
      <PageHeader title="Audit log" description={`Changes: who, what, before and after, newest first. Days are in ${tz}.`} />
      <CursorList
        path={PATH}
        label="the audit log"
        fields={[
          { name: "from", label: "From", kind: "date" },
          { name: "to", label: "To", kind: "date" },
          { name: "actor", label: "Who", kind: "select", options: options.actors, anyLabel: "Anyone" },
          { name: "entity", label: "Entity type", kind: "select", options: options.entities },
          { name: "entityId", label: "Entity id", kind: "text", placeholder: "e.g. com_…" },
        ]}
        query={query}
        page={rows}
        rowKey={(r) => r.id}
        empty={{ none: "No changes recorded yet.", filtered: "No changes match these filters." }}
        columns={[
          { header: "When", cell: (r) => formatDateTime(r.createdAt, tz) },
          { header: "Who", cell: (r) => (r.actorId ? (actorName.get(r.actorId) ?? "a former member") : "system") },
          { header: "Action", cell: (r) => r.action },
          { header: "Entity", cell: (r) => `${r.entityType} ${r.entityId}` },
          { header: "Before", cell: (r) => json(r.before) },
          { header: "After", cell: (r) => json(r.after) },
        ]}
      />
    </>
  );
}
