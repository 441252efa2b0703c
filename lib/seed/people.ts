// The brand's staff, its creators (each with a portal login), their handles,
// contracts and the disclosure brief they accepted.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Platform } from "@/lib/generated/prisma/enums";
import { CONTRACT_TERMS, CREATORS, DAY_MS, DISCLOSURE, STAFF, creatorEmail, type CreatorSeed } from "./catalog";
import type { IdSource, Rng } from "./random";

export interface PeopleRows {
  users: Prisma.UserCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  creators: Prisma.CreatorCreateManyInput[];
  handles: Prisma.CreatorHandleCreateManyInput[];
  contracts: Prisma.CreatorContractCreateManyInput[];
  brief: Prisma.DisclosureBriefCreateManyInput;
  acceptances: Prisma.DisclosureAcceptanceCreateManyInput[];
  ownerId: string;
  managerId: string;
  creatorIds: string[];
  creatorCreatedAt: number[];
}

interface Input {
  rng: Rng;
  ids: IdSource;
  today: number;
  workspaceId: string;
  emailDomain: string;
  /** bcrypt hashes by password, computed once each */
  hashes: Map<string, string>;
  creatorPassword: string;
}

// These three have not accepted the brief yet, so the portal shows the prompt.
const PENDING_BRIEF = new Set(["Priya", "Sienna", "Ella"]);

function handleFor(rng: Rng, c: CreatorSeed, platform: Platform): string {
  const first = c.first.toLowerCase();
  const last = c.last.toLowerCase();
  const options: Record<string, string[]> = {
    instagram: [`${first}${last}`, `${first}.${last}`, `${first}.glows`, `${first}${last}.skin`],
    tiktok: [`${first}${last}`, `${first}_${last}`, `${first}skincare`, `${first}.does.skin`],
    youtube: [`${c.first}${c.last}`, `${c.first}${c.last}Beauty`, `${c.first}Skin`],
  };
  return rng.pick(options[platform] ?? [`${first}${last}`]);
}

export function buildPeople(input: Input): PeopleRows {
  const { rng, ids, today, workspaceId, emailDomain, hashes } = input;
  const hash = (password: string) => {
    const h = hashes.get(password);
    if (!h) throw new Error("password hash missing");
    return h;
  };
  const founded = new Date(today - 200 * DAY_MS);
  const users: Prisma.UserCreateManyInput[] = [];
  const memberships: Prisma.MembershipCreateManyInput[] = [];

  for (const s of STAFF) {
    const userId = ids.id("usr");
    users.push({ id: userId, email: `${s.local}@${emailDomain}`, name: s.name, passwordHash: hash(s.password), createdAt: founded });
    memberships.push({ id: ids.id("mem"), workspaceId, userId, role: s.role, createdAt: founded });
  }
  const ownerId = users[0].id;
  const managerId = users[STAFF.findIndex((s) => s.role === "manager")].id;

  const creators: Prisma.CreatorCreateManyInput[] = [];
  const handles: Prisma.CreatorHandleCreateManyInput[] = [];
  const contracts: Prisma.CreatorContractCreateManyInput[] = [];
  const acceptances: Prisma.DisclosureAcceptanceCreateManyInput[] = [];
  const briefId = ids.id("brief");
  const brief: Prisma.DisclosureBriefCreateManyInput = {
    id: briefId, workspaceId, version: 1, title: DISCLOSURE.title, body: DISCLOSURE.body, publishedAt: founded,
  };
  const creatorCreatedAt: number[] = [];

  for (const c of CREATORS) {
    const createdAt = today - rng.int(62, 190) * DAY_MS + rng.int(13, 22) * 3_600_000;
    creatorCreatedAt.push(createdAt);
    const email = creatorEmail(c, emailDomain);
    const userId = ids.id("usr");
    const creatorId = ids.id("cr");
    const name = `${c.first} ${c.last}`;
    users.push({ id: userId, email, name, passwordHash: hash(input.creatorPassword), createdAt: new Date(createdAt) });
    memberships.push({ id: ids.id("mem"), workspaceId, userId, role: "creator", createdAt: new Date(createdAt) });
    creators.push({
      id: creatorId, workspaceId, userId, name, email, status: "active", audienceCountry: c.country,
      createdAt: new Date(createdAt), updatedAt: new Date(createdAt),
    });
    for (const platform of c.platforms) {
      handles.push({ id: ids.id("hdl"), workspaceId, creatorId, platform, handle: handleFor(rng, c, platform) });
    }
    const pending = PENDING_BRIEF.has(c.first);
    // drawn only for those who accepted, as before, so the rest of the demo's random stream is unchanged
    const acceptedAt = pending ? null : new Date(createdAt + rng.int(1, 48) * 3_600_000);
    // Terms left empty inherit the campaign's rule and window; accepted together with the brief.
    contracts.push({
      id: ids.id("ctr"), workspaceId, creatorId, version: 1, paymentTerms: CONTRACT_TERMS.paymentTerms,
      allowedContent: CONTRACT_TERMS.allowedContent, effectiveFrom: new Date(createdAt), createdById: ownerId,
      createdAt: new Date(createdAt), ...(acceptedAt ? { acceptedAt, acceptedById: userId } : {}),
    });
    if (acceptedAt) acceptances.push({ id: ids.id("acc"), workspaceId, creatorId, briefId, userId, acceptedAt });
  }
  return {
    users, memberships, creators, handles, contracts, brief, acceptances, ownerId, managerId,
    creatorIds: creators.map((c) => c.id), creatorCreatedAt,
  };
}
