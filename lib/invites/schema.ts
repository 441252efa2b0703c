import { z } from "zod";

// One schema per boundary: inviting a teammate (Settings), accepting an invite (/invite/{token}).
export const TEAM_ROLES = ["owner", "manager", "analyst"] as const;

export const teammateInviteSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "Enter a valid email address." })),
  role: z.enum(TEAM_ROLES, { error: "Choose owner, manager or analyst." }),
});

export const acceptInviteSchema = z.object({
  token: z.string().min(20).max(100),
  name: z.string().trim().min(1, { error: "Enter your name." }).max(120).optional(),
  // a new account's password (at least 12 characters, checked in accept.ts); for an existing account, its current password
  password: z.string().min(1, { error: "Enter a password." }).max(200),
  // the versions the invite page showed, accepted by ticking their boxes
  briefId: z.string().min(1).max(64).optional(),
  contractId: z.string().min(1).max(64).optional(),
});

export type TeammateInviteInput = z.infer<typeof teammateInviteSchema>;
export type AcceptInviteInput = z.infer<typeof acceptInviteSchema>;
