import { formatMoney } from "@/lib/format";

interface Contract {
  version: number;
  paymentTerms: string;
  allowedContent: string;
  disclosureText: string;
  attributionWindowDays: number | null;
  commissionType: string | null;
  commissionBps: number | null;
  commissionFlatMinor: number | null;
  createdAt: Date;
  acceptedAt: Date | null;
}

/** A contract version in words, for the brand's creator page and the creator's terms page. */
export function TermsSummary({ contract: c, currency }: { contract: Contract; currency: string }) {
  const commission =
    c.commissionType === "percent" && c.commissionBps !== null ? `${c.commissionBps / 100}% of each sale`
    : c.commissionType === "flat" && c.commissionFlatMinor !== null ? `${formatMoney(c.commissionFlatMinor, currency)} per sale`
    : "each campaign's rule";
  const rows: [string, string][] = [
    ["Version", `v${c.version}, published ${c.createdAt.toISOString().slice(0, 10)}`],
    ["Payment terms", c.paymentTerms],
    ["Allowed content", c.allowedContent],
    ["Disclosure", c.disclosureText || "as in the disclosure brief"],
    ["Attribution window", c.attributionWindowDays ? `${c.attributionWindowDays} days after a click` : "each campaign's window"],
    ["Commission", commission],
    // the rule attribution applies (lib/attribution/contract-terms.ts): a version binds orders placed once it is accepted
    ["Applies to", c.acceptedAt ? `orders placed from ${c.acceptedAt.toISOString().slice(0, 10)}, when it was accepted` : "orders placed once it is accepted; until then the previously accepted terms apply"],
  ];
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid={`terms-v${c.version}`}>
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium text-slate-600">{k}</dt>
          <dd className="whitespace-pre-line">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
