// The linter's one-click fix: the issue is found again on the server (the
// page's copy may be stale), its fix applied with a guarded update (only if
// the value is still the one flagged) and audited in the same transaction.
import { AppError } from "@/lib/api/errors";
import { audit } from "@/lib/audit/log";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lintWorkspace, type LintIssue } from "./lint";
import { RULES, isRuleName } from "./rules";
import type { FixInput } from "./schema";

const ENTITY = { workspace: "Workspace", campaign: "Campaign", placement: "Placement", link: "TrackingLink" } as const;
const FIXABLE_SETTINGS = new Set(["utmSource", "utmMedium", "utmContent"]);

async function write(tx: Prisma.TransactionClient, issue: LintIssue, to: string, workspaceId: string): Promise<number> {
  const { subjectId: id, value } = issue;
  switch (issue.subjectType) {
    case "campaign":
      return (await tx.campaign.updateMany({ where: { id, workspaceId, utmCampaign: value }, data: { utmCampaign: to } })).count;
    case "placement":
      return (await tx.placement.updateMany({ where: { id, workspaceId, key: value }, data: { key: to } })).count;
    case "link":
      return (await tx.trackingLink.updateMany({ where: { id, workspaceId, destinationUrl: value }, data: { destinationUrl: to } })).count;
    case "workspace":
      if (!FIXABLE_SETTINGS.has(id)) return 0;
      return (await tx.workspace.updateMany({ where: { id: workspaceId, [id]: value }, data: { [id]: to } })).count;
  }
}

export async function applyFix(ctx: AuthContext, input: FixInput) {
  if (!isRuleName(input.rule)) throw new AppError("unprocessable", `No rule named "${input.rule}".`, { errors: [{ path: "rule", message: `must be one of ${Object.keys(RULES).join(", ")}` }] });
  const issue = (await lintWorkspace(ctx.workspace.id)).find((i) => i.rule === input.rule && i.subjectId === input.subjectId);
  if (!issue) throw new AppError("not_found", `Nothing breaks ${input.rule} there any more: it may have been fixed already.`);
  if (!issue.fix) throw new AppError("unprocessable", `${input.rule}: there is no automatic fix for this one. ${RULES[issue.rule]}`);
  const to = issue.fix.to;
  return prisma.$transaction(async (tx) => {
    const count = await write(tx, issue, to, ctx.workspace.id);
    if (count === 0) throw new AppError("conflict", "The value changed since the linter ran; reload and try again.");
    const isSetting = issue.subjectType === "workspace";
    await audit(tx, ctx, {
      action: "utm.lint_fixed",
      entityType: ENTITY[issue.subjectType],
      entityId: isSetting ? ctx.workspace.id : issue.subjectId,
      before: { rule: issue.rule, ...(isSetting ? { field: issue.subjectId } : {}), value: issue.value },
      after: { value: to },
    });
    return { rule: issue.rule, subjectType: issue.subjectType, subjectId: issue.subjectId, before: issue.value, after: to };
  });
}
