// Thousands of creators in one workspace for list tests and the bench:
// statuses, countries, handles, campaign links and brief acceptances spread
// deterministically, written with a few multi-row inserts.
import { prisma } from "@/lib/db/prisma";
import type { CreatorStatus } from "@/lib/generated/prisma/enums";
import { newId, newLinkCode } from "@/lib/ids";
import { TEST_DESTINATION, type TestWorkspace } from "./factory";

export interface SeededCreator {
  id: string;
  n: number;
  name: string;
  status: CreatorStatus;
  country: string | null;
  campaign: boolean;
  accepted: boolean;
  handle: string | null;
  createdAt: Date;
}

const FIRST = ["Ava", "Ben", "Cleo", "Dev", "Elif", "Finn", "Gia", "Hugo", "Iris", "Jon", "Kai", "Lena", "Milo", "Nia", "Omar", "Pia"];
const COUNTRIES = ["US", "GB", "DE", "FR", "ES", null] as const;
const STATUSES: CreatorStatus[] = ["active", "active", "active", "paused", "invited", "archived"];

export async function seedManyCreators(ws: TestWorkspace, count: number): Promise<SeededCreator[]> {
  const brief = await prisma.disclosureBrief.create({ data: { id: newId("brief"), workspaceId: ws.id, version: 1, title: "Disclose", body: "Use #ad." } });
  const base = Date.UTC(2026, 0, 1);
  const rows: SeededCreator[] = Array.from({ length: count }, (_, n) => ({
    id: newId("cr"),
    n,
    name: `${FIRST[n % FIRST.length]} Bulk${String((n * 7919) % count).padStart(5, "0")}`,
    status: STATUSES[n % STATUSES.length],
    country: COUNTRIES[n % COUNTRIES.length],
    campaign: n % 10 === 0,
    accepted: n % 3 === 0,
    handle: n % 4 === 0 ? `bulk_handle_${n}_${ws.tag}` : null,
    createdAt: new Date(base + ((n * 104729) % count) * 60_000),
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    await prisma.creator.createMany({ data: chunk.map((c) => ({ id: c.id, workspaceId: ws.id, name: c.name, email: `bulk-${c.n}-${ws.tag}@example.test`, status: c.status, audienceCountry: c.country, createdAt: c.createdAt })) });
    await prisma.creatorHandle.createMany({ data: chunk.filter((c) => c.handle).map((c) => ({ id: newId("hdl"), workspaceId: ws.id, creatorId: c.id, platform: "instagram" as const, handle: c.handle! })) });
    await prisma.trackingLink.createMany({ data: chunk.filter((c) => c.campaign).map((c) => ({ id: newId("lnk"), workspaceId: ws.id, code: newLinkCode() + c.n, creatorId: c.id, campaignId: ws.campaignId, merchantId: ws.merchantId, destinationUrl: TEST_DESTINATION })) });
    await prisma.disclosureAcceptance.createMany({ data: chunk.filter((c) => c.accepted).map((c) => ({ id: newId("acc"), workspaceId: ws.id, creatorId: c.id, briefId: brief.id, userId: ws.owner.id })) });
  }
  return rows;
}
