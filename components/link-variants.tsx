import { CopyButton } from "@/components/copy-button";
import type { LinkVariant } from "@/lib/links/variants";

const DL = "rounded border border-slate-300 px-2 py-0.5 text-xs text-indigo-700 underline focus-visible:outline-2 focus-visible:outline-indigo-500";

/** Every variant of one link: the URL, a copy button, and its QR code as SVG and PNG downloads. */
export function LinkVariants({ linkId, variants, qrBase, who }: { linkId: string; variants: LinkVariant[]; qrBase: "/api/qr" | "/api/qr/mine"; who: string }) {
  return (
    <ul className="divide-y divide-slate-100" aria-label={`Link variants ${who}`}>
      {variants.map((v) => {
        const q = (format: string) => `${qrBase}/${linkId}?format=${format}${v.placement ? `&placement=${v.placement}` : ""}`;
        return (
          <li key={v.url} className="flex flex-wrap items-center gap-2 py-1.5" data-testid={`variant-${v.placement ?? "any"}`}>
            <span className="w-28 shrink-0 text-xs font-medium text-slate-500">{v.label}</span>
            <code className="break-all text-xs">{v.url}</code>
            <CopyButton text={v.url} label={`Copy ${v.label} link ${who}`} />
            <a className={DL} href={q("svg")} download aria-label={`QR code SVG, ${v.label} ${who}`}>QR SVG</a>
            <a className={DL} href={q("png")} download aria-label={`QR code PNG, ${v.label} ${who}`}>QR PNG</a>
          </li>
        );
      })}
    </ul>
  );
}
