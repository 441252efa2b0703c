// What every ledger page does before its own reads: the permission check
// (redirecting to sign-in with a way back), and the filters and page cursor
// from its URL, read leniently (lib/list/filters.ts).
import { requirePage } from "@/lib/auth/page";
import type { Permission } from "@/lib/auth/permissions";
import { cursorListState, type FilterShape } from "./filters";
import type { SearchParams } from "./params";

export async function openLedger<S extends FilterShape>(permission: Permission, path: string, searchParams: Promise<SearchParams>, shape: S) {
  const ctx = await requirePage(permission, path);
  return { ctx, tz: ctx.workspace.timeZone, ...cursorListState(await searchParams, shape) };
}
