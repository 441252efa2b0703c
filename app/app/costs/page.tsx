import type { Metadata } from "next";
import { CostForm } from "@/components/cost-form";
import { CostTable } from "@/components/cost-table";
import { CreatorCampaignFilter } from "@/components/list/creator-campaign-filter";
import { Pagination } from "@/components/list/pagination";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { COST_PAGE_SIZE, costFormOptions, listCosts } from "@/lib/costs/list";
import { COST_KIND_LABELS } from "@/lib/costs/schema";
import { dayIn, formatMoney } from "@/lib/format";
import { creatorChoice } from "@/lib/links/list";
import { listHref, parseListState, type SearchParams } from "@/lib/list/params";

export const metadata: Metadata = { title: "Costs" };

export default async function CostsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePage("creators.read", "/app/costs");
  const state = parseListState(await searchParams, { sorts: ["day"], defaultSort: "day", filters: ["creator", "campaign"] });
  const [list, options, filterCreator] = await Promise.all([
    listCosts(ctx.workspace.id, { ...state.filters, page: state.page }),
    costFormOptions(ctx.workspace.id),
    creatorChoice(ctx.workspace.id, state.filters.creator),
  ]);
  const writer = can(ctx.role, "costs.write");
  const today = dayIn(new Date(), ctx.workspace.timeZone);
  const filtered = Boolean(state.filters.creator || state.filters.campaign);
  return (
    <>
      <PageHeader title="Costs" description="What creators cost besides commission: fixed fees and the value of gifted product, per campaign. Reports add them to commission for cost, CPA and ROAS on the day each counts." />
      {writer && <section className="mb-8"><h2 className="mb-2 font-semibold">Record a cost</h2><CostForm {...options} today={today} /></section>}
      <CreatorCampaignFilter label="Filter costs" creator={filterCreator} campaign={state.filters.campaign} campaigns={options.campaigns} />
      {list.sums.length > 0 && (
        <p className="mb-3 text-sm" data-testid="cost-totals">
          Total{filtered ? " for these filters" : ""}: {list.sums.map((s) => `${COST_KIND_LABELS[s.kind]} ${formatMoney(s.amountMinor, s.currency)}`).join(" · ")}
        </p>
      )}
      <CostTable costs={list.costs} empty={filtered ? "No cost matches these filters." : "No costs recorded yet."} edit={writer ? { ...options, today } : null} />
      <Pagination page={state.page} pageSize={COST_PAGE_SIZE} total={list.total} href={(page) => listHref("/app/costs", state, { page })} />
    </>
  );
}
