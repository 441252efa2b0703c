import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/api/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";

export const WORKSPACE_COOKIE = "cl_workspace";

export interface AuthContext {
  userId: string;
  userName: string;
  role: Role;
  workspace: { id: string; name: string; slug: string; timeZone: string; currency: string };
  /** Set exactly when role is "creator": every portal read is filtered by it. */
  creatorId: string | null;
}

/** A session token whose version is no longer the user's (signed out, password changed, endSessions()). */
const SESSION_ENDED = Symbol("session ended");

/**
 * The caller's membership in the workspace they chose (cookie) or their first
 * one. With `sessionVersion` (from the session token), a session ended since
 * it was issued (lib/auth/sessions.ts) gets SESSION_ENDED: the version comes
 * with the memberships in the same query.
 */
async function resolveContext(userId: string, preferredWorkspaceId?: string, sessionVersion?: number): Promise<AuthContext | null | typeof SESSION_ENDED> {
  const memberships = await prisma.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { workspace: { select: { id: true, name: true, slug: true, timeZone: true, currency: true } }, user: { select: { name: true, sessionVersion: true } } },
  });
  if (sessionVersion !== undefined) {
    // no membership left: the version needs its own (rare) read
    const current = memberships[0]?.user.sessionVersion ?? (await prisma.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } }))?.sessionVersion;
    if (current !== sessionVersion) return SESSION_ENDED;
  }
  const m = memberships.find((x) => x.workspaceId === preferredWorkspaceId) ?? memberships[0];
  if (!m) return null;
  let creatorId: string | null = null;
  if (m.role === "creator") {
    const creator = await prisma.creator.findUnique({ where: { workspaceId_userId: { workspaceId: m.workspaceId, userId } }, select: { id: true, status: true } });
    // A creator membership without its Creator row, or with an archived one, grants nothing.
    if (!creator || creator.status === "archived") return null;
    creatorId = creator.id;
  }
  return { userId, userName: m.user.name, role: m.role, workspace: m.workspace, creatorId };
}

/** The user's context, without a session (tests, scripts). */
export async function loadContext(userId: string, preferredWorkspaceId?: string): Promise<AuthContext | null> {
  const ctx = await resolveContext(userId, preferredWorkspaceId);
  return ctx === SESSION_ENDED ? null : ctx;
}

/** The session's context: null when signed out, or the session was ended (so the caller must sign in again). */
async function sessionContext(): Promise<AuthContext | null | typeof SESSION_ENDED> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id) return SESSION_ENDED;
  const preferred = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  // a token without a version predates revocable sessions: treated as ended
  return resolveContext(user.id, preferred, user.sessionVersion ?? -1);
}

export async function currentContext(): Promise<AuthContext | null> {
  const ctx = await sessionContext();
  return ctx === SESSION_ENDED ? null : ctx;
}

/** The one authorization check: signed in (with a live session), a member, and the role holds `permission`. */
export async function requireContext(permission: Permission): Promise<AuthContext> {
  const ctx = await sessionContext();
  if (ctx === SESSION_ENDED) throw new AppError("unauthorized", "Sign in to continue.");
  if (!ctx || !can(ctx.role, permission)) throw new AppError("forbidden", `Your role cannot ${permission.replace(".", " ")}.`);
  return ctx;
}

/** Row filter for the caller: the workspace, and for creators only their own rows. */
export function ownRows(ctx: AuthContext): { workspaceId: string; creatorId?: string } {
  return ctx.creatorId ? { workspaceId: ctx.workspace.id, creatorId: ctx.creatorId } : { workspaceId: ctx.workspace.id };
}
