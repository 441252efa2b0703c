import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { ImportForm } from "@/components/import-form";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { recentImports } from "@/lib/imports/jobs";
import { IMPORT_COLUMNS } from "@/lib/imports/schema";

export const metadata: Metadata = { title: "Import creators" };

const TEMPLATE = `${IMPORT_COLUMNS.join(",")}\nJane Doe,jane@example.com,US,janedoe,janedoe,,spring-launch,JANE10,\n`;

export default async function ImportCreatorsPage() {
  const ctx = await requirePage("creators.write", "/app/creators/import");
  const jobs = await recentImports(ctx);
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/app/creators" className="text-indigo-700 underline">← Creators</Link></p>
      <PageHeader
        title="Import creators"
        description="Upload a CSV of creators with their handles, a link and a coupon code per campaign. Rows match existing creators by email, so importing the same file again changes nothing."
      />
      <section aria-labelledby="format" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">
        <h2 id="format" className="mb-1 font-medium text-slate-800">File format</h2>
        <p>
          A header row with these columns (name and email required): <code className="text-xs">{IMPORT_COLUMNS.join(", ")}</code>. <code>campaign</code> is the
          campaign&apos;s UTM value; <code>destination</code> defaults to the campaign merchant&apos;s first allow-listed domain. Coupon codes are stored in upper case
          and must not belong to another creator, whatever their case.{" "}
          <a className="text-indigo-700 underline" href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`} download="creators-template.csv">Download a template</a>
        </p>
      </section>
      <ImportForm />
      <h2 className="mb-2 mt-8 text-lg font-semibold">Recent imports</h2>
      <DataTable
        rows={jobs}
        rowKey={(j) => j.id}
        empty="No imports yet."
        columns={[
          { header: "Uploaded", cell: (j) => formatDateTime(j.createdAt, ctx.workspace.timeZone) },
          { header: "File", cell: (j) => j.fileName },
          { header: "Status", cell: (j) => (j.mode ? `${j.status} (${j.mode === "all" ? "all or nothing" : "valid rows only"})` : j.status) },
          { header: "Rows", numeric: true, cell: (j) => j.total },
          { header: "Created", numeric: true, cell: (j) => j.created },
          { header: "Updated", numeric: true, cell: (j) => j.updated },
          { header: "Unchanged", numeric: true, cell: (j) => j.unchanged },
          { header: "Rejected", numeric: true, cell: (j) => j.rejected },
          { header: "Report", cell: (j) => (j.finishedAt ? <a className="text-indigo-700 underline" href={`/api/imports/${j.id}/report`} download>CSV</a> : "") },
        ]}
      />
    </>
  );
}
