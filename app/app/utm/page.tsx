import type { Metadata } from "next";
import { Pagination } from "@/components/list/pagination";
import { PageHeader } from "@/components/shell";
import { UtmBuilder } from "@/components/utm-builder";
import { UtmConventionForm } from "@/components/utm-convention-form";
import { UtmLintFix } from "@/components/utm-lint-fix";
import { UtmPlacements } from "@/components/utm-placements";
import { UtmPlaybookText } from "@/components/utm-playbook-text";
import { requirePage } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { listHref, parseListState, type SearchParams } from "@/lib/list/params";
import { loadConvention } from "@/lib/utm/convention";
import { builderLinks } from "@/lib/utm/list";
import { lintWorkspace } from "@/lib/utm/lint";
import { listPlacements } from "@/lib/utm/placements";
import { RULES } from "@/lib/utm/rules";

export const metadata: Metadata = { title: "UTM playbook" };
const PAGE_SIZE = 50;

export default async function UtmPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePage("links.read", "/app/utm");
  const state = parseListState(await searchParams, { sorts: ["rule"], defaultSort: "rule", filters: ["rule"] });
  const [convention, placements, issues, links] = await Promise.all([loadConvention(ctx.workspace.id), listPlacements(ctx.workspace.id), lintWorkspace(ctx.workspace.id), builderLinks(ctx.workspace.id)]);
  const canEdit = can(ctx.role, "utm.write");
  const canFix = can(ctx.role, "utm.fix");
  const shown = state.filters.rule ? issues.filter((i) => i.rule === state.filters.rule) : issues;
  const page = shown.slice((state.page - 1) * PAGE_SIZE, state.page * PAGE_SIZE);
  return (
    <>
      <PageHeader title="UTM playbook" description="How this workspace names its traffic: what the team and creators read, and what every link follows." />
      <UtmPlaybookText convention={convention} placements={placements} />

      <h2 className="mb-2 mt-8 text-lg font-semibold">The rules</h2>
      <ul className="max-w-3xl list-disc space-y-1 pl-6 text-sm">
        {Object.entries(RULES).map(([name, words]) => <li key={name}><code className="font-mono text-xs">{name}</code>: {words}</li>)}
      </ul>

      {canEdit && (
        <>
          <h2 className="mb-2 mt-8 text-lg font-semibold">Edit the convention</h2>
          <UtmConventionForm initial={{ allowedSources: convention.allowedSources, allowedMediums: convention.allowedMediums, utmSource: convention.utmSource, utmMedium: convention.utmMedium, campaignPattern: convention.campaignPattern, utmTerm: convention.utmTerm, termNote: convention.termNote }} />
        </>
      )}
      <h2 className="mb-2 mt-8 text-lg font-semibold">Placement taxonomy</h2>
      {canEdit ? <UtmPlacements placements={placements} /> : <p className="text-sm text-slate-600">{placements.map((p) => `${p.label} (${p.key})`).join(", ") || "No placements yet."} Only owners change the taxonomy.</p>}

      <h2 className="mb-2 mt-8 text-lg font-semibold">Builder</h2>
      <UtmBuilder links={links} placements={placements} />

      <h2 className="mb-2 mt-8 text-lg font-semibold" id="linter">Linter</h2>
      <form method="get" className="mb-2 flex items-end gap-2 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Rule</span>
          <select name="rule" defaultValue={state.filters.rule ?? ""} className="rounded border border-slate-300 px-2 py-1.5">
            <option value="">All rules</option>
            {Object.keys(RULES).map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1.5">Filter</button>
      </form>
      {shown.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-emerald-700" data-testid="lint-clean">Everything follows the playbook.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="lint-table">
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr><th scope="col" className="px-4 py-2">Rule</th><th scope="col" className="px-4 py-2">What</th><th scope="col" className="px-4 py-2">Value</th><th scope="col" className="px-4 py-2">Problem</th><th scope="col" className="px-4 py-2">Fix</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.map((i) => (
                <tr key={`${i.rule}-${i.subjectId}`} data-testid="lint-row">
                  <td className="px-4 py-2"><code className="text-xs">{i.rule}</code></td>
                  <td className="px-4 py-2">{i.subjectType}: {i.subject}</td>
                  <td className="max-w-xs break-all px-4 py-2"><code className="text-xs">{i.value}</code></td>
                  <td className="px-4 py-2">{i.problem}</td>
                  <td className="px-4 py-2">{i.fix ? (canFix ? <UtmLintFix rule={i.rule} subjectId={i.subjectId} words={i.fix.words} /> : i.fix.words) : <span className="text-slate-500">by hand</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={state.page} pageSize={PAGE_SIZE} total={shown.length} href={(p) => `${listHref("/app/utm", state, { page: p })}#linter`} />
    </>
  );
}
