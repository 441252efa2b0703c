// The terms form's draft (strings, as typed) and its conversion to the
// request body. Percent is typed as a percentage and sent in basis points;
// the flat amount is typed in major units and sent in minor units. A plain
// module: pages (server) make drafts, forms (client) make bodies.
import type { ContractTermsInput } from "./schema";

export interface TermsDraft {
  paymentTerms: string;
  allowedContent: string;
  disclosureText: string;
  attributionWindowDays: string;
  commissionType: "" | "percent" | "flat";
  percent: string;
  flat: string;
}

type StoredTerms = Partial<Omit<ContractTermsInput, "commissionType">> & { commissionType?: string | null };

// a stored tiered override (possible only through the data layer) shows as none: the form offers percent and flat
export const termsDraftOf = (c: StoredTerms | null | undefined): TermsDraft => ({
  paymentTerms: c?.paymentTerms ?? "",
  allowedContent: c?.allowedContent ?? "",
  disclosureText: c?.disclosureText ?? "",
  attributionWindowDays: c?.attributionWindowDays ? String(c.attributionWindowDays) : "",
  commissionType: c?.commissionType === "percent" || c?.commissionType === "flat" ? c.commissionType : "",
  percent: c?.commissionBps != null ? String(c.commissionBps / 100) : "",
  flat: c?.commissionFlatMinor != null ? (c.commissionFlatMinor / 100).toFixed(2) : "",
});

const num = (s: string) => (s.trim() === "" ? null : Number(s));

export function termsBody(d: TermsDraft): ContractTermsInput {
  const pct = num(d.percent);
  const flat = num(d.flat);
  return {
    paymentTerms: d.paymentTerms,
    allowedContent: d.allowedContent,
    disclosureText: d.disclosureText,
    attributionWindowDays: num(d.attributionWindowDays),
    commissionType: d.commissionType || null,
    commissionBps: d.commissionType === "percent" && pct !== null ? Math.round(pct * 100) : null,
    commissionFlatMinor: d.commissionType === "flat" && flat !== null ? Math.round(flat * 100) : null,
  };
}

