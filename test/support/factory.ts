// Builds an isolated workspace per test (its own users, creators, links,
// rollup rows), so tests share one database without sharing data.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db/prisma";
import { newId, newLinkCode } from "@/lib/ids";
import { writeRollupTotals } from "./rollup-totals";
import type { Role } from "@/lib/generated/prisma/enums";

export const TEST_PASSWORD = "correct horse battery staple";
export const TEST_DESTINATION = "https://shop.example/p/1?color=red";
export const PLACEMENTS = ["story", "post", "bio", "reel", "video", "newsletter", "other"];
let hashPromise: Promise<string> | undefined;
const passwordHash = () => (hashPromise ??= hashPassword(TEST_PASSWORD));

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
}

export interface TestCreator extends TestUser {
  creatorId: string;
  linkCode: string;
  couponCode: string;
  clicks: number;
  conversions: number;
  revenueMinor: number;
}

export interface TestWorkspace {
  id: string;
  name: string;
  tag: string;
  owner: TestUser;
  manager: TestUser;
  analyst: TestUser;
  creators: [TestCreator, TestCreator];
  merchantId: string;
  campaignId: string;
}

async function user(tag: string, workspaceId: string, role: Role, label: string): Promise<TestUser> {
  const u = { id: newId("usr"), email: `${label}-${tag}@example.test`, password: TEST_PASSWORD, name: `${label[0].toUpperCase()}${label.slice(1)} ${tag}` };
  await prisma.user.create({ data: { id: u.id, email: u.email, name: u.name, passwordHash: await passwordHash() } });
  await prisma.membership.create({ data: { id: newId("mem"), workspaceId, userId: u.id, role } });
  return u;
}

export async function createTestWorkspace(): Promise<TestWorkspace> {
  const tag = randomBytes(4).toString("hex");
  const id = newId("ws");
  const name = `Test Brand ${tag}`;
  await prisma.workspace.create({ data: { id, name, slug: `test-${tag}` } });
  const [owner, manager, analyst] = [await user(tag, id, "owner", "owner"), await user(tag, id, "manager", "manager"), await user(tag, id, "analyst", "analyst")];
  const campaignId = newId("cmp");
  await prisma.campaign.create({
    data: { id: campaignId, workspaceId: id, name: `Launch ${tag}`, utmCampaign: `launch-${tag}`, startsAt: new Date(Date.now() - 40 * 86400e3), commissionType: "percent", commissionBps: 1000, currency: "USD" },
  });
  const merchantId = newId("mer");
  await prisma.merchant.create({ data: { id: merchantId, workspaceId: id, name: "Test Store", currency: "USD", allowedDomains: ["shop.example"], pixelKey: `pk_${tag}`, pixelAllowedOrigins: [] } });
  await prisma.placement.createMany({ data: PLACEMENTS.map((key) => ({ id: newId("plc"), workspaceId: id, key, label: key[0].toUpperCase() + key.slice(1) })) });
  const today = new Date().toISOString().slice(0, 10);
  const creators: TestCreator[] = [];
  for (const [i, label] of ["alice", "bob"].entries()) {
    const u = await user(tag, id, "creator", `creator-${label}`);
    const creatorId = newId("cr");
    await prisma.creator.create({ data: { id: creatorId, workspaceId: id, userId: u.id, name: u.name, email: u.email } });
    const linkCode = newLinkCode();
    const couponCode = `${label.toUpperCase()}${tag.toUpperCase()}`;
    await prisma.trackingLink.create({ data: { id: newId("lnk"), workspaceId: id, code: linkCode, creatorId, campaignId, merchantId, destinationUrl: TEST_DESTINATION } });
    await prisma.couponCode.create({ data: { id: newId("cpn"), workspaceId: id, code: couponCode, creatorId, campaignId } });
    // distinct numbers per creator so a leak of one into the other's view shows
    const clicks = 1000 + 234 * (i + 1);
    const conversions = 20 + 7 * i;
    const revenueMinor = conversions * (5500 + 900 * i);
    await writeRollupTotals(id, { day: today, creatorId, campaignId, clicks, uniqueClicks: clicks - 100, conversions, revenueMinor, commissionMinor: Math.round(revenueMinor / 10) });
    creators.push({ ...u, creatorId, linkCode, couponCode, clicks, conversions, revenueMinor });
  }
  return { id, name, tag, owner, manager, analyst, creators: [creators[0], creators[1]], merchantId, campaignId };
}

export async function deleteTestWorkspace(ws: TestWorkspace): Promise<void> {
  // the fixture's users, and the ones a test invited through the UI (their emails carry the tag)
  const invited = await prisma.membership.findMany({ where: { workspaceId: ws.id, user: { email: { contains: ws.tag } } }, select: { userId: true } });
  const userIds = [...[ws.owner, ws.manager, ws.analyst, ...ws.creators].map((u) => u.id), ...invited.map((m) => m.userId)];
  // rows without a foreign key to the workspace (hot-path tables) go explicitly
  await prisma.clickRollup.deleteMany({ where: { workspaceId: ws.id } });
  await prisma.clickRollupWeekly.deleteMany({ where: { workspaceId: ws.id } });
  await prisma.clickRollupJournal.deleteMany({ where: { workspaceId: ws.id } });
  await prisma.orderRollupWeekly.deleteMany({ where: { workspaceId: ws.id } });
  await prisma.clickSegment.deleteMany({ where: { workspaceId: ws.id } });
  await prisma.orderRollup.deleteMany({ where: { workspaceId: ws.id } });
  await prisma.click.deleteMany({ where: { workspaceId: ws.id } });
  await prisma.conversion.deleteMany({ where: { workspaceId: ws.id } });
  await prisma.postbackLog.deleteMany({ where: { workspaceId: ws.id } });
  await prisma.workspace.delete({ where: { id: ws.id } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
}
