// What a person types (15 %, 5.00 $) ↔ what we store (basis points, minor
// units). Shared by the campaign form; integers only leave this file.
const digits = (currency: string) => new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** "12.5" → 1250; empty or not a number → null. */
export function percentToBps(text: string): number | null {
  if (!/^\s*\d+(\.\d{1,2})?\s*$/.test(text)) return null;
  return Math.round(Number(text) * 100);
}

export const bpsToPercent = (bps: number | null | undefined): string => (bps == null ? "" : String(bps / 100));

/** "5.00" in USD → 500; empty or malformed → null. */
export function majorToMinor(text: string, currency: string): number | null {
  const d = digits(currency);
  const m = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(text.replace(/,/g, ""));
  if (!m || (m[2] && m[2].length > d)) return null;
  return Number(m[1]) * 10 ** d + Number((m[2] ?? "").padEnd(d, "0") || 0);
}

export function minorToMajor(minor: number | null | undefined, currency: string): string {
  if (minor == null) return "";
  const d = digits(currency);
  return d === 0 ? String(minor) : (minor / 10 ** d).toFixed(d);
}
