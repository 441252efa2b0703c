import type { Convention } from "@/lib/utm/convention";

/** The playbook in prose: what really happens on a click (lib/tracking/destination.ts buildLocation), for the team and for creators. */
export function UtmPlaybookText({ convention: c, placements }: { convention: Convention; placements: { key: string; label: string }[] }) {
  const rows: [string, string, string][] = [
    ["utm_source", c.utmSource, `who sent the shopper. Allowed: ${c.allowedSources.join(", ")}`],
    ["utm_medium", c.utmMedium, `the channel. Allowed: ${c.allowedMediums.join(", ")}`],
    ["utm_campaign", "{campaign}", `the campaign's UTM value, set on the campaign; must match ${c.campaignPattern}`],
    ["utm_content", c.utmContent, `the placement, from the taxonomy: ${placements.map((p) => p.key).join(", ") || "(none yet)"}`],
    ["utm_term", c.utmTerm ?? "(not set)", c.termNote ?? "optional; when not set, the redirect removes any utm_term from the destination"],
  ];
  return (
    <section className="max-w-3xl space-y-3 text-sm leading-6 text-slate-700">
      <p>
        Every creator gets one tracking link per campaign, <code>/r/&#123;code&#125;</code>. They add the placement after it (<code>/r/abc1234/story</code>) so we know which post sold.
        When a shopper clicks, we record the click and send them on to the store with these parameters added to the page address; any utm_* already in the destination is replaced,
        and a <code>clk</code> click id is added so the store can report the order back.
      </p>
      <p>
        A sub-ID that is not in the placement taxonomy still counts: the click is kept as &quot;other&quot; with what was typed, so a typo never loses a sale. A click on the bare link counts as &quot;none&quot;.
        Tokens are filled per click: <code>&#123;creator&#125;</code> is the creator&apos;s name as a slug (&quot;Maya Chen&quot; → maya-chen), <code>&#123;campaign&#125;</code> the campaign&apos;s value, <code>&#123;placement&#125;</code> the placement key.
      </p>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="utm-convention">
        {rows.map(([k, v, why]) => (
          <div key={k} className="contents">
            <dt className="font-mono">{k}</dt>
            <dd><code>{v}</code> <span className="text-slate-500">— {why}</span></dd>
          </div>
        ))}
      </dl>
      <p>Where a redirect cannot go (some app stores and QR printers strip redirects), use the builder&apos;s direct UTM URL: same parameters, no click id, so those sales are credited by coupon code only.</p>
    </section>
  );
}
