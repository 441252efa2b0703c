import { CostActions } from "@/components/cost-actions";
import type { CostForm } from "@/components/cost-form";
import { DataTable } from "@/components/data-table";
import type { CostRow } from "@/lib/costs/list";
import { COST_KIND_LABELS } from "@/lib/costs/schema";
import { formatMoney } from "@/lib/format";

const ymd = (d: Date) => d.toISOString().slice(0, 10);

/** Costs with their creator and campaign; edit and delete for those who may write. */
export function CostTable({ costs, empty, edit, showCreator = true }: {
  costs: CostRow[];
  empty: string;
  edit: (Pick<Parameters<typeof CostForm>[0], "creators" | "campaigns"> & { today: string }) | null;
  showCreator?: boolean;
}) {
  return (
    <DataTable rows={costs} rowKey={(c) => c.id} empty={empty} columns={[
      { header: "Day", cell: (c) => ymd(c.incurredOn) },
      ...(showCreator ? [{ header: "Creator", cell: (c: CostRow) => c.creator.name }] : []),
      { header: "Campaign", cell: (c) => c.campaign.name },
      { header: "Kind", cell: (c) => COST_KIND_LABELS[c.kind] },
      { header: "Amount", numeric: true, cell: (c) => formatMoney(c.amountMinor, c.currency) },
      { header: "Note", cell: (c) => c.note ?? "" },
      ...(edit ? [{
        header: "Actions",
        cell: (c: CostRow) => (
          <CostActions costId={c.id} label={`${COST_KIND_LABELS[c.kind].toLowerCase()} of ${formatMoney(c.amountMinor, c.currency)} for ${c.creator.name} on ${ymd(c.incurredOn)}`} options={edit} today={edit.today}
            values={{ creatorId: c.creator.id, campaignId: c.campaign.id, kind: c.kind, amountMinor: c.amountMinor, incurredOn: ymd(c.incurredOn), note: c.note }} />
        ),
      }] : []),
    ]} />
  );
}
