import { describe, expect, it } from "vitest";
import { listHref, parseListState } from "@/lib/list/params";

const opts = { sorts: ["name", "createdAt"] as const, defaultSort: "name" as const, filters: ["status", "country"] as const };

describe("list state in the URL", () => {
  it.each([
    [{}, { q: "", sort: "name", dir: "asc", page: 1, filters: {} }],
    [{ q: "  mia ", sort: "createdAt", dir: "desc", page: "3", status: "active" }, { q: "mia", sort: "createdAt", dir: "desc", page: 3, filters: { status: "active" } }],
    [{ sort: "password", dir: "sideways", page: "-2" }, { sort: "name", dir: "asc", page: 1 }],
    [{ page: "2.5", q: ["a", "b"] }, { page: 1, q: "a" }],
  ])("%j → %j", (params, expected) => {
    expect(parseListState(params, opts)).toMatchObject(expected);
  });

  it("builds hrefs that keep the rest of the state and reset the page", () => {
    const state = { q: "mia", sort: "name", dir: "asc", page: 4, filters: { status: "active" } };
    expect(listHref("/app/creators", state, { filters: { country: "DE" } })).toBe("/app/creators?q=mia&status=active&country=DE&sort=name&dir=asc");
    expect(listHref("/app/creators", state, { page: 5 })).toBe("/app/creators?q=mia&status=active&sort=name&dir=asc&page=5");
  });
});
