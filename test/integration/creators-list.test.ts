// The creators list at 5,000 creators: the count and the page query return
// the right rows for search, each filter, each sort and a deep page, with
// no overlap between pages. (Speed is measured by bench/creators-list.ts,
// not asserted here.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { listCreatorPage, parseCreatorListState, parseCreatorPageSize, CREATOR_PAGE_SIZE } from "@/lib/creators/list";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { seedManyCreators, type SeededCreator } from "../support/many-creators";

let ws: TestWorkspace;
let seeded: SeededCreator[];
let fixtureCreated: Map<string, Date>;
const N = 5_000;

beforeAll(async () => {
  ws = await createTestWorkspace();
  seeded = await seedManyCreators(ws, N);
  fixtureCreated = new Map((await prisma.creator.findMany({ where: { id: { in: ws.creators.map((c) => c.creatorId) } } })).map((c) => [c.id, c.createdAt]));
}, 120_000);
afterAll(async () => { await deleteTestWorkspace(ws); }, 120_000);

const page = (params: Record<string, string>) => listCreatorPage(ws.id, parseCreatorListState(params));
// the fixture's two creators are in the list too
const all = () => [...seeded, ...ws.creators.map((c) => ({ id: c.creatorId, name: c.name, status: "active", country: null, campaign: true, accepted: false, handle: null, createdAt: fixtureCreated.get(c.creatorId)! }))];
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe(`the creators list over ${N} creators`, () => {
  it("answers a picker's small page (?q=&limit=8): the first 8 matches by name and the full count, archived hidden", async () => {
    const q = seeded.find((c) => c.status !== "archived")!.name.slice(0, 3);
    const params = { q, limit: "8" };
    const [small, full] = await Promise.all([listCreatorPage(ws.id, parseCreatorListState(params), parseCreatorPageSize(params)), page({ q })]);
    expect(full.rows.length).toBeGreaterThan(8);
    expect(small.rows.map((x) => x.id)).toEqual(full.rows.slice(0, 8).map((x) => x.id));
    expect([small.total, small.pageSize]).toEqual([full.total, 8]);
    // a bad or oversized limit falls back to the full page, like the list's other params
    expect([parseCreatorPageSize({ limit: "0" }), parseCreatorPageSize({ limit: "5000" }), parseCreatorPageSize({ limit: "x" }), parseCreatorPageSize({})]).toEqual(Array(4).fill(CREATOR_PAGE_SIZE));
  });

  it("page 37 by name: the right 50 rows and the right total (archived hidden)", async () => {
    const expected = all().filter((c) => c.status !== "archived").sort(byName);
    const r = await page({ page: "37" });
    expect(r.total).toBe(expected.length);
    expect(r.rows.map((x) => x.id)).toEqual(expected.slice(36 * CREATOR_PAGE_SIZE, 37 * CREATOR_PAGE_SIZE).map((x) => x.id));
  });

  it("descending name, pages 1 and 2 do not overlap and follow on", async () => {
    const expected = all().filter((c) => c.status !== "archived").sort(byName).reverse();
    const [p1, p2] = await Promise.all([page({ dir: "desc" }), page({ dir: "desc", page: "2" })]);
    expect([...p1.rows, ...p2.rows].map((x) => x.id)).toEqual(expected.slice(0, 100).map((x) => x.id));
  });

  it("filters by status, country, campaign and brief acceptance, each with its count", async () => {
    const cases: [Record<string, string>, (c: ReturnType<typeof all>[number]) => boolean][] = [
      [{ status: "paused" }, (c) => c.status === "paused"],
      [{ status: "archived" }, (c) => c.status === "archived"],
      [{ country: "de" }, (c) => c.country === "DE" && c.status !== "archived"],
      [{ campaign: ws.campaignId }, (c) => c.campaign && c.status !== "archived"],
      [{ brief: "accepted" }, (c) => c.accepted && c.status !== "archived"],
      [{ brief: "pending" }, (c) => !c.accepted && c.status !== "archived"],
      [{ status: "active", country: "GB", brief: "accepted" }, (c) => c.status === "active" && c.country === "GB" && c.accepted],
    ];
    for (const [params, keep] of cases) {
      const expected = all().filter(keep).sort(byName);
      const r = await page(params);
      expect(r.total, JSON.stringify(params)).toBe(expected.length);
      expect(r.rows.map((x) => x.id), JSON.stringify(params)).toEqual(expected.slice(0, CREATOR_PAGE_SIZE).map((x) => x.id));
    }
  });

  it("searches name, email and handle, case-insensitively", async () => {
    const target = seeded.find((c) => c.handle && c.status !== "archived")!;
    const byHandle = await page({ q: `@${target.handle!.toUpperCase()}` });
    expect(byHandle.rows.map((x) => x.id)).toEqual([target.id]);
    const byEmail = await page({ q: `bulk-${target.n}-${ws.tag}@` });
    expect(byEmail.rows.map((x) => x.id)).toEqual([target.id]);
    const byName = await page({ q: target.name.toLowerCase() });
    expect(byName.rows.map((x) => x.id)).toContain(target.id);
  });

  it("sorts by date added and by country (no country last)", async () => {
    const created = await page({ sort: "created", dir: "desc" });
    const expectedCreated = all().filter((c) => c.status !== "archived").sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    expect(created.rows.map((x) => x.id)).toEqual(expectedCreated.slice(0, CREATOR_PAGE_SIZE).map((x) => x.id));
    const country = await page({ sort: "country", page: String(Math.ceil(created.total / CREATOR_PAGE_SIZE)) });
    expect(country.rows.at(-1)?.audienceCountry).toBeNull();
  });
});
