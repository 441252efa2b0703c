import { redirect } from "next/navigation";
import type { SearchParams } from "@/lib/list/params";

// /app/reports opens the first breakdown, keeping any filters in the URL.
export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) if (typeof v === "string") sp.set(k, v);
  const qs = sp.toString();
  redirect(qs ? `/app/reports/creator?${qs}` : "/app/reports/creator");
}
