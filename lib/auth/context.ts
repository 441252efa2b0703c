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

/** The caller's membership in the workspace they chose (cookie) or their first one. */
export async function loadContext(userId: string, preferredWorkspaceId?: string): Promise<AuthContext | null> {
  const memberships = await prisma.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { workspace: { select: { id: true, name: true, slug: true, timeZone: true, currency: true } }, user: { select: { name: true } } },
  });
  const m = memberships.find((x) => x.workspaceId === preferredWorkspaceId) ?? memberships[0];
  if (!m) return null;
  let creatorId: string | null = null;
  if (m.role === "creator") {
    const creator = await prisma.creator.findUnique({ where: { workspaceId_userId: { workspaceId: m.workspaceId, userId } }, select: { id: true } });
    // A creator membership without its Creator row grants nothing.
    if (!creator) return null;
    creatorId = creator.id;
  }
  return { userId, userName: m.user.name, role: m.role, workspace: m.workspace, creatorId };
}

export async function currentContext(): Promise<AuthContext | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  const preferred = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  return loadContext(userId, preferred);
}

/** The one authorization check: signed in, a member, and the role holds `permission`. */
export async function requireContext(permission: Permission): Promise<AuthContext> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) throw new AppError("unauthorized", "Sign in to continue.");
  const preferred = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const ctx = await loadContext(session.user.id, preferred);
  if (!ctx || !can(ctx.role, permission)) throw new AppError("forbidden", `Your role cannot ${permission.replace(".", " ")}.`);
  return ctx;
}

/** Row filter for the caller: the workspace, and for creators only their own rows. */
export function ownRows(ctx: AuthContext): { workspaceId: string; creatorId?: string } {
  return ctx.creatorId ? { workspaceId: ctx.workspace.id, creatorId: ctx.creatorId } : { workspaceId: ctx.workspace.id };
}
