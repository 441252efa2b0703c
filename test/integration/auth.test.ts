import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, toAppError } from "@/lib/api/errors";
import { authenticate } from "@/lib/auth/authenticate";
import { loadContext, ownRows } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace, deleteTestWorkspace, TEST_PASSWORD, type TestWorkspace } from "../support/factory";

let ws: TestWorkspace;
beforeAll(async () => { ws = await createTestWorkspace(); });
afterAll(async () => { await deleteTestWorkspace(ws); });

describe("authenticate", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await authenticate({ email: ws.owner.email.toUpperCase(), password: TEST_PASSWORD }, `c-${ws.tag}-1`);
    expect(user?.id).toBe(ws.owner.id);
  });

  it("answers a wrong password and an unknown email identically (null)", async () => {
    expect(await authenticate({ email: ws.owner.email, password: "nope" }, `c-${ws.tag}-2`)).toBeNull();
    expect(await authenticate({ email: `ghost-${ws.tag}@example.test`, password: "nope" }, `c-${ws.tag}-2`)).toBeNull();
    expect(await authenticate({ email: "not an email", password: "" }, `c-${ws.tag}-2`)).toBeNull();
  });

  it("rate limits guessing on one account from one address, not the owner at another", async () => {
    const email = ws.manager.email;
    const attacker = `c-${ws.tag}-attacker`;
    for (let i = 0; i < 10; i++) expect(await authenticate({ email, password: `guess-${i}` }, attacker)).toBeNull();
    // the failure past the budget is answered 429 and blocks the pair
    await expect(authenticate({ email, password: "guess-11" }, attacker)).rejects.toBeInstanceOf(AppError);
    const err = await authenticate({ email, password: TEST_PASSWORD }, attacker).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(429);
    expect((err as AppError).extra.retryAfterSeconds).toBeGreaterThan(0);
    expect((await authenticate({ email, password: TEST_PASSWORD }, `c-${ws.tag}-owner`))?.id).toBe(ws.manager.id);
  });
});

describe("authorization context", () => {
  it("scopes a creator to their own Creator row", async () => {
    const ctx = await loadContext(ws.creators[0].id);
    expect(ctx?.role).toBe("creator");
    expect(ownRows(ctx!)).toEqual({ workspaceId: ws.id, creatorId: ws.creators[0].creatorId });
  });

  it("scopes brand users to the workspace only", async () => {
    const ctx = await loadContext(ws.analyst.id);
    expect(ctx?.role).toBe("analyst");
    expect(ownRows(ctx!)).toEqual({ workspaceId: ws.id });
  });

  it("grants nothing to a creator membership whose Creator row is gone", async () => {
    await prisma.creator.update({ where: { id: ws.creators[1].creatorId }, data: { userId: null } });
    expect(await loadContext(ws.creators[1].id)).toBeNull();
  });
});

describe("database errors map to problem statuses", () => {
  it("P2002 (unique) → 409, P2025 (missing) → 404", async () => {
    const dup = await prisma.workspace.create({ data: { id: `ws_dup_${ws.tag}`, name: "dup", slug: ws.name.toLowerCase().replace(/\s+/g, "-") } }).then(
      () => prisma.workspace.create({ data: { id: `ws_dup2_${ws.tag}`, name: "dup", slug: ws.name.toLowerCase().replace(/\s+/g, "-") } }),
    ).catch((e: unknown) => e);
    expect(toAppError(dup).status).toBe(409);
    await prisma.workspace.delete({ where: { id: `ws_dup_${ws.tag}` } });
    const missing = await prisma.creator.update({ where: { id: "cr_does_not_exist" }, data: { name: "x" } }).catch((e: unknown) => e);
    expect(toAppError(missing).status).toBe(404);
  });
});
