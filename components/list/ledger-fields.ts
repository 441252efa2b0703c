// The filters the conversions and commissions ledgers share, as data for
// FilterForm; each name matches a field of the ledger's filter schema.
import { ATTRIBUTION_METHODS } from "@/lib/conversions/ledger";
import type { LedgerOptions } from "@/lib/list/options";
import { yesNo, type FilterField } from "./filter-form";

const each = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

export function ledgerFields(o: LedgerOptions, dates: { from: string; to: string }, status: FilterField): FilterField[] {
  return [
    { name: "from", label: dates.from, kind: "date" },
    { name: "to", label: dates.to, kind: "date" },
    { name: "creator", label: "Creator", kind: "select", options: o.creators },
    { name: "campaign", label: "Campaign", kind: "select", options: o.campaigns },
    { name: "placement", label: "Placement", kind: "select", options: o.placements },
    { name: "method", label: "Attribution", kind: "select", options: each(ATTRIBUTION_METHODS) },
    status,
    { name: "test", label: "Test", kind: "select", options: yesNo("Tests only", "Live only"), anyLabel: "Live and test" },
    { name: "pixel", label: "Reported by", kind: "select", options: yesNo("Pixel only (unverified)", "Store's server"), anyLabel: "Any" },
  ];
}

export const statusField = (name: string, label: string, values: readonly string[]): FilterField => ({ name, label, kind: "select", options: each(values) });
