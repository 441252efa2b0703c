import { METRICS_DOC } from "@/lib/analytics/display";

/** The footnote every report carries: figures are exact, display is rounded, and where the definitions live. */
export function RoundingNote({ comparison }: { comparison?: string | null }) {
  return (
    <p className="mt-6 text-xs text-slate-600" id="rounding-note">
      Figures are computed exactly (money in minor units, rates as fractions) and rounded only for display: rates to 0.1%, money per unit (AOV, CPA, EPC, LTV) to the currency&apos;s minor unit, ROAS to 0.01×. Changes of rates are in percentage points (pp, to 0.01), of other
      figures in percent (to 0.1). Hover a label for its definition; every metric is defined, with the SQL that recomputes it, in <code>{METRICS_DOC}</code>.
      {comparison ? ` Compared with ${comparison}.` : ""}
    </p>
  );
}
