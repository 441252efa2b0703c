// What tests of domain functions need besides a workspace: its people as the
// AuthContext the route wrapper would hand a handler, and a way to assert that
// a call is refused with our typed error (its code and status, never its text).
import { expect } from "vitest";
import { AppError } from "@/lib/api/errors";
import { loadContext, type AuthContext } from "@/lib/auth/context";
import type { TestWorkspace } from "./factory";

export async function actorsOf(ws: TestWorkspace): Promise<{ owner: AuthContext; manager: AuthContext }> {
  const [owner, manager] = await Promise.all([loadContext(ws.owner.id, ws.id), loadContext(ws.manager.id, ws.id)]);
  if (!owner || !manager) throw new Error("test workspace without its owner or manager membership");
  return { owner, manager };
}

/** The AppError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}
