import { z } from "zod";
import { TEAM_ROLES } from "@/lib/invites/schema";

// PATCH /api/members/{id}: a teammate's new role (the Settings form).
export const changeRoleSchema = z.object({ role: z.enum(TEAM_ROLES, { error: "Choose owner, manager or analyst." }) });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;
