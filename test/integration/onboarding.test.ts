// Creator onboarding against the real database: invites (hashed token,
// expiry, single use under concurrency), contract versions (a change is a
// new row, the old one untouched), acceptances, archiving, the members'
// last-owner guard, and the invite email without SMTP_URL.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadContext, type AuthContext } from "@/lib/auth/context";
import { recordAcceptance } from "@/lib/contracts/accept";
import { currentTerms, pendingOf } from "@/lib/contracts/current";
import { contractTermsSchema } from "@/lib/contracts/schema";
import { createContractVersion } from "@/lib/contracts/versions";
import { createCreator, updateCreator } from "@/lib/creators/mutate";
import { createCreatorSchema } from "@/lib/creators/schema";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { acceptInvite } from "@/lib/invites/accept";
import { inviteTeammate } from "@/lib/invites/create";
import { sendInviteEmail, smtpTransport } from "@/lib/invites/email";
import { hashInviteToken } from "@/lib/invites/token";
import { changeRole, removeMember } from "@/lib/members/mutate";
import { actorsOf } from "../support/actors";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";

let ws: TestWorkspace;
let manager: AuthContext;
let owner: AuthContext;
const madeEmails: string[] = [];
const ipHash = () => "iphash-test";
const PASSWORD = "a long enough passphrase";
const TERMS = { paymentTerms: "Monthly by bank transfer.", allowedContent: "Stories and reels.", disclosureText: "Say #ad first." };

beforeAll(async () => {
  ws = await createTestWorkspace();
  ({ owner, manager } = await actorsOf(ws));
  await prisma.disclosureBrief.create({ data: { id: newId("brief"), workspaceId: ws.id, version: 1, title: "Disclose", body: "Use #ad." } });
});
afterAll(async () => {
  await deleteTestWorkspace(ws);
  await prisma.user.deleteMany({ where: { email: { in: madeEmails } } });
});

async function newCreator(label: string, invite = true) {
  const email = `${label}-${ws.tag}@example.test`;
  madeEmails.push(email);
  return createCreator(manager, createCreatorSchema.parse({ name: `Creator ${label}`, email, audienceCountry: "gb", handles: [{ platform: "instagram", handle: `@${label}` }], terms: TERMS, invite }));
}

async function acceptFor(creatorId: string, token: string, password = PASSWORD) {
  const terms = await currentTerms({ workspaceId: ws.id, creatorId });
  return acceptInvite({ token, password, briefId: terms.brief?.id, contractId: terms.contract?.id }, ipHash);
}

describe("creator invites", () => {
  it("stores only the token's hash, and accepting makes the account, links the creator and records both acceptances", async () => {
    const { creator, invite } = await newCreator("ivy");
    const row = await prisma.invite.findFirstOrThrow({ where: { workspaceId: ws.id, id: invite!.id } });
    expect(row.tokenHash).toBe(hashInviteToken(invite!.token));
    expect(JSON.stringify(row)).not.toContain(invite!.token);
    expect((await prisma.creator.findUniqueOrThrow({ where: { id: creator.id } })).status).toBe("invited");

    const done = await acceptFor(creator.id, invite!.token);
    expect(done.landing).toBe("/portal");
    const c = await prisma.creator.findUniqueOrThrow({ where: { id: creator.id }, include: { user: true, acceptances: true, contracts: true } });
    expect(c.status).toBe("active");
    expect(c.user?.email).toBe(row.email);
    expect(c.acceptances).toHaveLength(1);
    expect(c.acceptances[0].ipHash).toBe("iphash-test");
    expect(c.contracts[0].acceptedAt).toBeInstanceOf(Date);
    expect(c.contracts[0].acceptedIpHash).toBe("iphash-test");
    expect(await prisma.membership.count({ where: { workspaceId: ws.id, userId: c.userId!, role: "creator" } })).toBe(1);
  });

  it("refuses a second use with 410 and a clear message", async () => {
    const { creator, invite } = await newCreator("reuse");
    await acceptFor(creator.id, invite!.token);
    await expect(acceptFor(creator.id, invite!.token)).rejects.toMatchObject({ status: 410, message: expect.stringMatching(/already been used/) });
  });

  it("refuses an expired link with 410 naming the date, and changes nothing", async () => {
    const { creator, invite } = await newCreator("late");
    await prisma.invite.updateMany({ where: { workspaceId: ws.id, id: invite!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptFor(creator.id, invite!.token)).rejects.toMatchObject({ status: 410, message: expect.stringMatching(/expired on \d{4}-\d\d-\d\d/) });
    expect(await prisma.user.count({ where: { email: invite!.email } })).toBe(0);
  });

  it("answers an unknown token 404", async () => {
    await expect(acceptInvite({ token: "x".repeat(43), password: PASSWORD }, ipHash)).rejects.toMatchObject({ status: 404 });
  });

  it("of two concurrent claims of one link, exactly one makes an account", async () => {
    const { creator, invite } = await newCreator("race");
    const results = await Promise.allSettled([acceptFor(creator.id, invite!.token), acceptFor(creator.id, invite!.token), acceptFor(creator.id, invite!.token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as { status: number }).status).toBeGreaterThanOrEqual(409);
    expect(await prisma.user.count({ where: { email: invite!.email } })).toBe(1);
    expect(await prisma.membership.count({ where: { workspaceId: ws.id, user: { email: invite!.email } } })).toBe(1);
  });

  it("requires the brief and terms to be accepted, and a 12-character password for a new account", async () => {
    const { creator, invite } = await newCreator("shy");
    await expect(acceptInvite({ token: invite!.token, password: PASSWORD }, ipHash)).rejects.toMatchObject({ status: 422, extra: { errors: [{ path: "briefId" }] } });
    const terms = await currentTerms({ workspaceId: ws.id, creatorId: creator.id });
    await expect(acceptInvite({ token: invite!.token, password: "short", briefId: terms.brief!.id, contractId: terms.contract!.id }, ipHash)).rejects.toMatchObject({ status: 422, extra: { errors: [{ path: "password" }] } });
    // nothing was claimed
    expect((await prisma.invite.findFirstOrThrow({ where: { workspaceId: ws.id, id: invite!.id } })).usedAt).toBeNull();
  });

  it("an email that already has an account joins with its current password, never a new one", async () => {
    const other = await createTestWorkspace();
    try {
      const { creator } = await createCreator(manager, createCreatorSchema.parse({ name: "Known", email: other.analyst.email, terms: TERMS, invite: false }));
      const { inviteCreator } = await import("@/lib/invites/create");
      const inv = await inviteCreator(manager, creator.id);
      await expect(acceptFor(creator.id, inv.token, "not the password at all")).rejects.toMatchObject({ status: 422, extra: { errors: [{ path: "password" }] } });
      expect((await prisma.invite.findFirstOrThrow({ where: { workspaceId: ws.id, id: inv.id } })).usedAt).toBeNull();
      await acceptFor(creator.id, inv.token, other.analyst.password);
      expect(await prisma.user.count({ where: { email: other.analyst.email } })).toBe(1);
      expect((await prisma.creator.findUniqueOrThrow({ where: { id: creator.id } })).userId).toBe(other.analyst.id);
    } finally {
      await deleteTestWorkspace(other);
    }
  });

  it("a new link for the same creator replaces the old one", async () => {
    const { creator, invite } = await newCreator("again");
    const { inviteCreator } = await import("@/lib/invites/create");
    const second = await inviteCreator(manager, creator.id);
    await expect(acceptFor(creator.id, invite!.token)).rejects.toMatchObject({ status: 410, message: expect.stringMatching(/replaced or withdrawn/) });
    await acceptFor(creator.id, second.token);
  });
});

describe("contract versions", () => {
  it("a change makes v2 and leaves v1 exactly as it was; the creator then has v2 pending", async () => {
    const { creator, invite } = await newCreator("terms");
    await acceptFor(creator.id, invite!.token);
    const v1Before = await prisma.creatorContract.findFirstOrThrow({ where: { creatorId: creator.id, version: 1 } });
    const v2 = await createContractVersion(manager, creator.id, contractTermsSchema.parse({ ...TERMS, paymentTerms: "Weekly.", commissionType: "percent", commissionBps: 1500 }));
    expect(v2.version).toBe(2);
    expect(await prisma.creatorContract.findFirstOrThrow({ where: { creatorId: creator.id, version: 1 } })).toEqual(v1Before);
    const terms = await currentTerms({ workspaceId: ws.id, creatorId: creator.id });
    expect(terms.contract?.version).toBe(2);
    expect(pendingOf(terms)).toEqual(["contract terms v2"]);
    expect(await prisma.auditLog.count({ where: { workspaceId: ws.id, action: "contract.version_created", entityId: creator.id } })).toBe(1);
  });

  it("refuses an unchanged version (422) and numbers concurrent saves v2, v3", async () => {
    const { creator } = await newCreator("busy", false);
    await expect(createContractVersion(manager, creator.id, contractTermsSchema.parse(TERMS))).rejects.toMatchObject({ status: 422 });
    const saves = await Promise.all(["A", "B"].map((x) => createContractVersion(manager, creator.id, contractTermsSchema.parse({ ...TERMS, allowedContent: x }))));
    expect(saves.map((s) => s.version).sort()).toEqual([2, 3]);
  });

  it("accepting a version that is no longer current is a 409", async () => {
    const { creator } = await newCreator("stale", false);
    const v1 = await prisma.creatorContract.findFirstOrThrow({ where: { creatorId: creator.id } });
    await createContractVersion(manager, creator.id, contractTermsSchema.parse({ ...TERMS, paymentTerms: "Net 15." }));
    await expect(prisma.$transaction((tx) => recordAcceptance(tx, { workspaceId: ws.id, creatorId: creator.id, userId: ws.manager.id, ipHash: "x" }, { contractId: v1.id }))).rejects.toMatchObject({ status: 409 });
  });

  it("another workspace's creator is a 404 for terms, edits and invites, and is left untouched", async () => {
    const other = await createTestWorkspace();
    try {
      const theirs = other.creators[0].creatorId;
      const { inviteCreator } = await import("@/lib/invites/create");
      await expect(createContractVersion(manager, theirs, contractTermsSchema.parse(TERMS))).rejects.toMatchObject({ status: 404 });
      await expect(updateCreator(manager, theirs, { status: "archived" })).rejects.toMatchObject({ status: 404 });
      await expect(inviteCreator(manager, theirs)).rejects.toMatchObject({ status: 404 });
      expect(await prisma.creatorContract.count({ where: { creatorId: theirs } })).toBe(0);
      expect((await prisma.creator.findUniqueOrThrow({ where: { id: theirs } })).status).toBe("active");
      expect(await prisma.invite.count({ where: { creatorId: theirs } })).toBe(0);
    } finally {
      await deleteTestWorkspace(other);
    }
  });
});

describe("the disclosure brief", () => {
  it("publishing makes a new version that every creator must accept; earlier acceptances stay", async () => {
    const { publishBrief } = await import("@/lib/contracts/brief");
    const { creator, invite } = await newCreator("brief");
    await acceptFor(creator.id, invite!.token);
    const before = await prisma.disclosureAcceptance.findMany({ where: { creatorId: creator.id } });
    const v1 = await prisma.disclosureBrief.findFirstOrThrow({ where: { workspaceId: ws.id }, orderBy: { version: "desc" } });
    const v2 = await publishBrief(manager, { title: v1.title, body: `${v1.body} Also on podcasts.` });
    expect(v2.version).toBe(v1.version + 1);
    expect(pendingOf(await currentTerms({ workspaceId: ws.id, creatorId: creator.id }))).toEqual([`disclosure brief v${v2.version}`]);
    expect(await prisma.disclosureAcceptance.findMany({ where: { creatorId: creator.id } })).toEqual(before);
    await expect(publishBrief(manager, { title: v1.title, body: `${v1.body} Also on podcasts.` })).rejects.toMatchObject({ status: 422 });
  });
});

describe("creators", () => {
  it("archives: status archived, open invite withdrawn, audited", async () => {
    const { creator, invite } = await newCreator("gone");
    await updateCreator(manager, creator.id, { status: "archived" });
    expect((await prisma.creator.findUniqueOrThrow({ where: { id: creator.id } })).status).toBe("archived");
    await expect(acceptFor(creator.id, invite!.token)).rejects.toMatchObject({ status: 410 });
    expect(await prisma.auditLog.count({ where: { workspaceId: ws.id, action: "creator.archived", entityId: creator.id } })).toBe(1);
  });

  it("validates the country and one handle per platform, naming the fields", () => {
    const r = createCreatorSchema.safeParse({ name: "X", email: "x@example.test", audienceCountry: "XX", handles: [{ platform: "tiktok", handle: "a" }, { platform: "tiktok", handle: "b" }], terms: TERMS });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["audienceCountry", "handles.1.platform"]));
  });

  it("a duplicate email is a 409 on the email field", async () => {
    await expect(createCreator(manager, createCreatorSchema.parse({ name: "Dup", email: ws.creators[0].email, terms: TERMS }))).rejects.toMatchObject({ status: 409, extra: { errors: [{ path: "email" }] } });
  });
});

describe("teammates", () => {
  it("an invited teammate gets the role; changing it ends their sessions; the last owner stays", async () => {
    const email = `mate-${ws.tag}@example.test`;
    madeEmails.push(email);
    const inv = await inviteTeammate(owner, { email, role: "analyst" });
    expect((await acceptInvite({ token: inv.token, password: PASSWORD, name: "Mate" }, ipHash)).landing).toBe("/app");
    const m = await prisma.membership.findFirstOrThrow({ where: { workspaceId: ws.id, user: { email } }, include: { user: true } });
    expect(m.role).toBe("analyst");
    await changeRole(owner, m.id, { role: "manager" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: m.userId } })).sessionVersion).toBe(m.user.sessionVersion + 1);
    const ownerMembership = await prisma.membership.findFirstOrThrow({ where: { workspaceId: ws.id, userId: ws.owner.id } });
    await expect(changeRole(owner, ownerMembership.id, { role: "manager" })).rejects.toMatchObject({ status: 409 });
    await expect(removeMember(owner, ownerMembership.id)).rejects.toMatchObject({ status: 409 });
    await removeMember(owner, m.id);
    expect(await prisma.membership.count({ where: { id: m.id } })).toBe(0);
  });

  it("of two owners demoting each other at once, one stays owner", async () => {
    const email = `owner2-${ws.tag}@example.test`;
    madeEmails.push(email);
    const inv = await inviteTeammate(owner, { email, role: "owner" });
    await acceptInvite({ token: inv.token, password: PASSWORD, name: "Second Owner" }, ipHash);
    const second = await prisma.membership.findFirstOrThrow({ where: { workspaceId: ws.id, user: { email } } });
    const first = await prisma.membership.findFirstOrThrow({ where: { workspaceId: ws.id, userId: ws.owner.id } });
    const secondCtx = (await loadContext(second.userId, ws.id))!;
    const results = await Promise.allSettled([changeRole(owner, second.id, { role: "manager" }), changeRole(secondCtx, first.id, { role: "manager" })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.membership.count({ where: { workspaceId: ws.id, role: "owner" } })).toBe(1);
    // put the fixture's owner back for the tests after this one
    await prisma.membership.update({ where: { id: first.id }, data: { role: "owner" } });
  });
});

describe("invite email", () => {
  it("without SMTP_URL: no transport, nothing sent, no error", async () => {
    expect(smtpTransport({})).toBeNull();
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      const out = await sendInviteEmail({ to: "a@example.test", url: "http://x/invite/t", workspaceName: "W", role: "creator", expiresAt: new Date() });
      expect(out).toEqual({ sent: false, reason: expect.stringMatching(/SMTP_URL is not set/) });
    } finally {
      if (saved !== undefined) process.env.SMTP_URL = saved;
    }
  });

  it("with a transport: sends the link, and a failing server is reported, not thrown", async () => {
    const sendMail = vi.fn().mockResolvedValue({});
    const e = { to: "a@example.test", url: "http://x/invite/t0k", workspaceName: "W", role: "creator", expiresAt: new Date() };
    expect(await sendInviteEmail(e, { sendMail } as never)).toEqual({ sent: true });
    expect(sendMail.mock.calls[0][0]).toMatchObject({ to: "a@example.test", text: expect.stringContaining("http://x/invite/t0k") });
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await sendInviteEmail(e, { sendMail: vi.fn().mockRejectedValue(new Error("refused")) } as never)).toMatchObject({ sent: false });
    expect(smtpTransport({ SMTP_URL: "smtp://localhost:2525" })).not.toBeNull();
  });
});
