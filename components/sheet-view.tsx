import { formatDate, formatDateTime } from "@/lib/format";
import { priorityWords, windowWords } from "@/lib/sheets/words";
import type { Sheet } from "@/lib/sheets/load";
import { trackingUrl } from "@/lib/utm/public-url";
import { SheetPrintButton } from "./sheet-print-button";

// Print: no app chrome (the shell's sidebar), no buttons, sections kept whole,
// the disclosure on a page of its own.
const PRINT_CSS = `
@media print {
  aside, nav, .sheet-noprint { display: none !important; }
  main { padding: 0 !important; }
  body { background: white !important; }
  .sheet-section { break-inside: avoid; page-break-inside: avoid; }
  .sheet-break { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 16mm; }
}`;

export function SheetView({ sheet, origin, timeZone, backHref }: { sheet: Sheet; origin: string; timeZone: string; backHref: string }) {
  const { creator, campaign, link, coupons, placements, brief, acceptedAt, contract } = sheet;
  const dates = `${formatDate(campaign.startsAt, timeZone)} – ${campaign.endsAt ? formatDate(campaign.endsAt, timeZone) : "until further notice"}`;
  return (
    <article className="sheet mx-auto max-w-3xl space-y-6 bg-white p-8 text-sm leading-6 text-slate-800 print:max-w-none print:p-0" data-testid="sheet">
      <style>{PRINT_CSS}</style>
      <div className="sheet-noprint flex items-center justify-between">
        <a href={backHref} className="text-indigo-700 underline">← Back</a>
        <SheetPrintButton />
      </div>
      <header className="sheet-section border-b border-slate-200 pb-4">
        <p className="text-xs uppercase tracking-wide text-slate-500">Instruction sheet</p>
        <h1 className="text-2xl font-semibold">{campaign.name}</h1>
        <p>For <strong>{creator.name}</strong> · runs {dates}{campaign.status !== "active" ? ` · ${campaign.status}` : ""}</p>
      </header>

      <section className="sheet-section">
        <h2 className="mb-2 text-lg font-semibold">Your links, one per placement</h2>
        {link ? (
          <>
            {link.disabledAt && <p className="mb-2 font-semibold text-rose-700">This link is switched off: ask the brand before you post it.</p>}
            <p className="mb-2">Each link counts the click and sends shoppers to {link.merchant.name}: <span className="break-all text-slate-500">{link.destinationUrl}</span></p>
            <table className="w-full border border-slate-200 text-left" data-testid="sheet-links">
              <thead className="bg-slate-50 text-xs uppercase text-slate-500"><tr><th scope="col" className="px-3 py-2">Placement</th><th scope="col" className="px-3 py-2">Your link</th><th scope="col" className="px-3 py-2">Where it goes</th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {placements.map((p) => (
                  <tr key={p.key} className="sheet-section">
                    <td className="px-3 py-2 font-medium">{p.label}</td>
                    <td className="px-3 py-2"><code className="break-all">{trackingUrl(origin, link.code, p.key)}</code></td>
                    <td className="px-3 py-2">{p.guidance}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="mt-2 text-slate-600">Anywhere else: <code className="break-all">{trackingUrl(origin, link.code)}</code></p>
          </>
        ) : (
          <p>You have no link in this campaign; your code below is how your sales are credited.</p>
        )}
      </section>

      <section className="sheet-section">
        <h2 className="mb-2 text-lg font-semibold">Your code</h2>
        {coupons.length > 0 ? <p>Tell your audience to use <strong className="font-mono text-base" data-testid="sheet-code">{coupons.join(", ")}</strong> at checkout. Say it, and write it in the caption.</p> : <p>No coupon code in this campaign: share your links.</p>}
      </section>

      <section className="sheet-section">
        <h2 className="mb-2 text-lg font-semibold">How your sales are counted</h2>
        <p data-testid="sheet-window">{windowWords(sheet.window, coupons)}</p>
        {link && coupons.length > 0 && <p>{priorityWords(campaign.priority)}</p>}
        <p>Sales are counted from {formatDate(campaign.startsAt, timeZone)}{campaign.endsAt ? ` to ${formatDate(campaign.endsAt, timeZone)}` : ""}. Refunded orders are taken back.</p>
        {contract?.allowedContent && <p><strong>What you may post</strong> (contract version {contract.version}): {contract.allowedContent}</p>}
      </section>

      <section className="sheet-section sheet-break">
        <h2 className="mb-2 text-lg font-semibold">Disclosure: say it every time</h2>
        {brief ? (
          <>
            <p className="font-medium">{brief.title} <span className="font-normal text-slate-500">(version {brief.version})</span></p>
            <div className="whitespace-pre-line rounded border border-slate-200 p-3" data-testid="sheet-disclosure">{brief.body}</div>
            <p className="mt-1 text-xs text-slate-500">{acceptedAt ? `Accepted ${formatDateTime(acceptedAt, timeZone)}.` : "Not accepted yet."}</p>
          </>
        ) : (
          <p>Label every post as an ad or a paid partnership, using the platform&apos;s own label where there is one (for example #ad at the start of the caption).</p>
        )}
      </section>
    </article>
  );
}
