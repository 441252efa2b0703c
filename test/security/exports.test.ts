// The analytics export over real HTTP: brand roles with analytics.export get
// their own workspace's rows; a creator gets a 403 and no rows; another
// workspace's owner gets only their own rows; no session, a 401.
import { afterAll, beforeAll, expect, it } from "vitest";
import { pool } from "@/lib/db/pool";
import { signInOverHttp } from "../support/commissions";
import { startDoor, type RunningDoor } from "../support/doors";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { addLedgerRows } from "../support/ledger";

let ws: TestWorkspace;
let other: TestWorkspace;
let server: RunningDoor;
const RANGE = "from=2026-01-01&to=2026-03-31";

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace(), createTestWorkspace()]);
  await addLedgerRows(ws, 60, new Date("2026-03-01T12:00:00Z"), 3_600_000);
  await addLedgerRows(other, 25, new Date("2026-03-01T12:00:00Z"), 3_600_000);
  server = await startDoor("fast", { FAST_DOORS_ONLY: "0" });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await Promise.all([deleteTestWorkspace(ws), deleteTestWorkspace(other)]);
});

const idsOf = async (res: Response) => (await res.text()).trim().split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
const idsIn = async (w: TestWorkspace) => new Set((await pool.query<{ id: string }>(`SELECT id FROM "Conversion" WHERE "workspaceId" = $1`, [w.id])).rows.map((r) => r.id));

it("an analyst and an owner export their workspace's conversions, nothing else", async () => {
  const mine = await idsIn(ws);
  for (const who of [ws.analyst, ws.owner]) {
    const res = await (await signInOverHttp(server.url, who))(`/api/exports/conversions?${RANGE}&format=ndjson`);
    expect(res.status).toBe(200);
    expect(new Set(await idsOf(res))).toEqual(mine);
  }
});

it("another workspace's owner gets only their own rows, whatever filter names our creator", async () => {
  const theirs = await idsIn(other);
  const owner = await signInOverHttp(server.url, other.owner);
  expect(new Set(await idsOf(await owner(`/api/exports/conversions?${RANGE}&format=ndjson`)))).toEqual(theirs);
  expect(await idsOf(await owner(`/api/exports/conversions?${RANGE}&format=ndjson&creator=${ws.creators[0].creatorId}`))).toEqual([]);
  expect(await idsOf(await owner(`/api/exports/clicks?${RANGE}&format=ndjson&creator=${ws.creators[0].creatorId}`))).toEqual([]);
});

it("a creator is refused both exports, with problem+json and no rows", async () => {
  const alice = await signInOverHttp(server.url, ws.creators[0]);
  for (const kind of ["conversions", "clicks"]) {
    const res = await alice(`/api/exports/${kind}?${RANGE}&creator=${ws.creators[0].creatorId}`);
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await res.text()).not.toContain(ws.creators[0].creatorId);
  }
});

it("without a session: 401", async () => {
  const res = await fetch(`${server.url}/api/exports/conversions?${RANGE}`);
  expect(res.status).toBe(401);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  expect(await res.text()).not.toContain(ws.creators[0].creatorId);
});
