// The audit log as a ledger: newest first, filtered by who (a member, or the
// system) and by what (entity type, entity id), keyset-paged on (createdAt, id).
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readKeysetPage, type CursorRequest } from "@/lib/list/cursor";
import { dayParam, idParam, textParam, type FilterValues } from "@/lib/list/filters";
import { zonedDayRange } from "@/lib/list/zoned-days";

export const AUDIT_PAGE_SIZE = 50;
/** The actor filter's value for changes no person made (maintenance pass, imports run by the system). */
export const SYSTEM_ACTOR = "system";

export const auditFilterShape = { from: dayParam, to: dayParam, actor: idParam, entity: textParam, entityId: idParam };
export type AuditFilters = FilterValues<typeof auditFilterShape>;

export function auditWhere(workspaceId: string, timeZone: string, f: AuditFilters): Prisma.AuditLogWhereInput {
  return {
    workspaceId,
    createdAt: zonedDayRange(f.from, f.to, timeZone),
    ...(f.actor === undefined ? {} : { actorId: f.actor === SYSTEM_ACTOR ? null : f.actor }),
    entityType: f.entity,
    entityId: f.entityId,
  };
}

export function listAudit(workspaceId: string, timeZone: string, f: AuditFilters, page: CursorRequest) {
  return readKeysetPage("createdAt", AUDIT_PAGE_SIZE, page, (q) =>
    prisma.auditLog.findMany({ where: { AND: [auditWhere(workspaceId, timeZone, f), q.where] }, orderBy: q.orderBy, take: q.take }),
  );
}

/** Who can appear as an actor (the workspace's members, any role) and the entity types recorded. */
export async function auditFilterOptions(workspaceId: string) {
  const [members, types] = await Promise.all([
    prisma.membership.findMany({ where: { workspaceId }, select: { user: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } }),
    prisma.auditLog.findMany({ where: { workspaceId }, distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return {
    actors: [{ value: SYSTEM_ACTOR, label: "System" }, ...members.map((m) => ({ value: m.user.id, label: m.user.name }))],
    entities: types.map((t) => ({ value: t.entityType, label: t.entityType })),
  };
}
