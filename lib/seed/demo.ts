// The deterministic demo: a mid-size skincare brand with 25 creators, two
// campaigns and sixty days of traffic and orders, with one standout creator
// and three planted fraud patterns, which the real detection pass finds
// (judging each past day as the nightly schedule would have), so the Review
// page shows what production would. Same `now` → same numbers. Data comes
// from a fixed seed; ids from a seed per slug, so several copies (tests) can
// live in one database without colliding.
import type { Pool } from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { rebuildAnalytics } from "@/lib/analytics/rollup/rebuild";
import { judgePastDays } from "@/lib/fraud/pass";
import { BRAND, CAMPAIGNS, CREATORS, CREATOR_PASSWORD, DATA_SEED, DEMO_EMAIL_DOMAIN, DEMO_SLUG, STAFF, creatorEmail } from "./catalog";
import { insertClicks } from "./insert";
import { buildInputs } from "./inputs";
import { buildMoneyRows, rulesOf } from "./money";
import { generateSales, validClickIds } from "./orders";
import { buildPeople } from "./people";
import { buildProgram } from "./program";
import { IdSource, Rng } from "./random";
import { generateClicks, utcDayStart } from "./traffic";

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
  name: string;
}

export interface DemoSummary {
  workspaceId: string;
  logins: DemoLogin[];
  merchant: { id: string; name: string; signingSecret: string; getToken: string; pixelKey: string };
  links: { code: string; creator: string; campaign: string; url: string }[];
  coupons: { code: string; creator: string; campaign: string }[];
  standoutCreator: string;
}

export interface DemoOptions {
  now?: Date;
  /** another slug and e-mail domain seed an independent copy (tests) */
  slug?: string;
  emailDomain?: string;
  /** base of the printed short links */
  appUrl?: string;
  log?: (message: string) => void;
}

// the days the demo's fraud pass judges: every planted pattern falls in them, with a full baseline before
const DETECTION_DAYS = 30;

export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.workspace.count()) === 0;
}

export async function seedDemo(prisma: PrismaClient, pool: Pool, opts: DemoOptions = {}): Promise<DemoSummary> {
  const slug = opts.slug ?? DEMO_SLUG;
  const emailDomain = opts.emailDomain ?? DEMO_EMAIL_DOMAIN;
  const log = opts.log ?? (() => undefined);
  const now = (opts.now ?? new Date()).getTime();
  const today = utcDayStart(now);
  if (await prisma.workspace.findUnique({ where: { slug }, select: { id: true } })) {
    throw new Error(`a workspace with slug "${slug}" already exists`);
  }

  const rng = new Rng(DATA_SEED);
  const ids = new IdSource(new Rng(`ids:${slug}`));
  const hashes = new Map<string, string>();
  for (const password of [...STAFF.map((s) => s.password), CREATOR_PASSWORD]) {
    if (!hashes.has(password)) hashes.set(password, await hashPassword(password));
  }

  const workspaceId = ids.id("ws");
  const people = buildPeople({ rng, ids, today, workspaceId, emailDomain, hashes, creatorPassword: CREATOR_PASSWORD });
  const program = buildProgram({ rng, ids, today, workspaceId, ownerId: people.ownerId, creatorIds: people.creatorIds, creatorCreatedAt: people.creatorCreatedAt });
  const creators = program.creatorRefs;
  const clicks = generateClicks(rng, ids, now, creators);
  const sales = generateSales(rng, now, creators, clicks);
  const money = buildMoneyRows({ ids, now, workspaceId, merchantId: program.merchant.id, ownerId: people.ownerId, creators, campaigns: program.campaigns.map(rulesOf) }, sales);
  const inputs = buildInputs({
    rng: new Rng(`${DATA_SEED}:inputs`), ids, now, workspaceId, ownerId: people.ownerId, managerId: people.managerId, timeZone: BRAND.timeZone,
    currency: BRAND.currency, creators, clicks, valid: validClickIds(clicks),
  });
  if (money.payout) {
    program.auditLogs.push({
      id: ids.id("aud"), workspaceId, actorId: people.ownerId, action: "payout.mark_paid", entityType: "Payout", entityId: money.payout.id,
      after: { lines: money.payoutLines.length, amountMinor: money.payoutLines.reduce((sum, l) => sum + l.amountMinor, 0), currency: BRAND.currency },
      createdAt: money.payout.paidAt ?? undefined,
    });
  }
  log(`generated ${clicks.length} clicks, ${money.conversions.length} conversions, ${money.commissions.length} commissions, ${inputs.costs.length} costs, ${inputs.posts.length} posts`);

  let created = false;
  try {
    await prisma.workspace.create({
      data: { id: workspaceId, name: BRAND.name, slug, timeZone: BRAND.timeZone, currency: BRAND.currency, createdAt: new Date(today - 200 * 86_400_000) },
    });
    created = true;
    await prisma.user.createMany({ data: people.users });
    await prisma.membership.createMany({ data: people.memberships });
    await prisma.creator.createMany({ data: people.creators });
    await prisma.creatorHandle.createMany({ data: people.handles });
    await prisma.creatorContract.createMany({ data: people.contracts });
    await prisma.disclosureBrief.createMany({ data: [people.brief] });
    await prisma.disclosureAcceptance.createMany({ data: people.acceptances });
    await prisma.placement.createMany({ data: program.placements });
    await prisma.merchant.createMany({ data: [program.merchant] });
    await prisma.campaign.createMany({ data: program.campaigns });
    await prisma.merchantSecret.createMany({ data: [program.secret] });
    await prisma.trackingLink.createMany({ data: program.links });
    await prisma.couponCode.createMany({ data: program.coupons });
    await prisma.contentPost.createMany({ data: inputs.posts });
    await prisma.creatorCost.createMany({ data: inputs.costs });
    await prisma.auditLog.createMany({ data: [...program.auditLogs, ...inputs.auditLogs] });
    log("workspace, people and programme written");

    await insertClicks(pool, workspaceId, people.creatorIds, clicks);
    log(`${clicks.length} clicks written`);
    await prisma.conversion.createMany({ data: money.conversions });
    await prisma.commission.createMany({ data: money.commissions });
    if (money.payout) await prisma.payout.createMany({ data: [money.payout] });
    await prisma.payoutLine.createMany({ data: money.payoutLines });
    await prisma.reviewItem.createMany({ data: money.capReviews });
    log("conversions, commissions, payout and review items written");

    await rebuildAnalytics(pool, workspaceId);
    log("analytics rollups built");
    const flagged = await judgePastDays(workspaceId, DETECTION_DAYS, now);
    log(`fraud detection over the last ${DETECTION_DAYS} days: ${flagged} review items`);
  } catch (e) {
    if (created) await removeDemo(prisma, { slug, emailDomain }).catch(() => undefined);
    throw e;
  }

  const creatorName = (idx: number) => `${CREATORS[idx].first} ${CREATORS[idx].last}`;
  const appUrl = (opts.appUrl ?? process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const standoutIdx = CREATORS.findIndex((c) => c.role === "standout");
  const portalIdx = [standoutIdx, ...[1, 2].filter((i) => i !== standoutIdx)];
  return {
    workspaceId,
    logins: [
      ...STAFF.map((s) => ({ role: s.role, email: `${s.local}@${emailDomain}`, password: s.password, name: s.name })),
      ...portalIdx.map((i) => ({ role: "creator", email: creatorEmail(CREATORS[i], emailDomain), password: CREATOR_PASSWORD, name: creatorName(i) })),
    ],
    merchant: {
      id: program.merchant.id,
      name: program.merchant.name,
      signingSecret: program.signingSecret,
      getToken: program.getToken,
      pixelKey: program.merchant.pixelKey,
    },
    links: program.links.map((l, i) => ({
      code: l.code,
      creator: creatorName(Math.floor(i / CAMPAIGNS.length)),
      campaign: CAMPAIGNS[i % CAMPAIGNS.length].name,
      url: `${appUrl}/r/${l.code}`,
    })),
    coupons: program.coupons.map((c, i) => ({
      code: c.code,
      creator: creatorName(Math.floor(i / CAMPAIGNS.length)),
      campaign: CAMPAIGNS[i % CAMPAIGNS.length].name,
    })),
    standoutCreator: creatorName(standoutIdx),
  };
}

/** Deletes the demo workspace with everything in it, and the demo users. */
export async function removeDemo(prisma: PrismaClient, opts: Pick<DemoOptions, "slug" | "emailDomain"> = {}): Promise<void> {
  const slug = opts.slug ?? DEMO_SLUG;
  const emailDomain = opts.emailDomain ?? DEMO_EMAIL_DOMAIN;
  const workspace = await prisma.workspace.findUnique({ where: { slug }, select: { id: true } });
  if (workspace) {
    // These tables carry workspaceId without a foreign key (hot-path inserts),
    // so the workspace's cascade does not reach them.
    const where = { workspaceId: workspace.id };
    await prisma.workspace.delete({ where: { id: workspace.id } });
    await prisma.click.deleteMany({ where });
    await prisma.commission.deleteMany({ where });
    await prisma.conversion.deleteMany({ where });
    await prisma.clickRollup.deleteMany({ where });
    await prisma.clickRollupWeekly.deleteMany({ where });
    await prisma.clickRollupJournal.deleteMany({ where });
    await prisma.orderRollupWeekly.deleteMany({ where });
    await prisma.clickSegment.deleteMany({ where });
    await prisma.orderRollup.deleteMany({ where });
    await prisma.postbackLog.deleteMany({ where });
    // the seed's own fraud pass wrote these; a FraudRun left behind would make a reseed (same ids) skip detection
    await prisma.reviewHold.deleteMany({ where });
    await prisma.fraudDay.deleteMany({ where });
    await prisma.fraudRun.deleteMany({ where });
  }
  const emails = [...STAFF.map((s) => `${s.local}@${emailDomain}`), ...CREATORS.map((c) => creatorEmail(c, emailDomain))];
  await prisma.user.deleteMany({ where: { email: { in: emails } } });
}
