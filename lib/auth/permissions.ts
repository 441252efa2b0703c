import type { Role } from "@/lib/generated/prisma/enums";

// Who may do what, as data: every page, route handler and server action
// names one permission and the wrapper looks it up here.
export const PERMISSIONS = {
  "workspace.read": ["owner", "manager", "analyst"],
  "workspace.settings": ["owner"],
  "members.manage": ["owner"],
  "creators.read": ["owner", "manager", "analyst"],
  "creators.write": ["owner", "manager"],
  "campaigns.read": ["owner", "manager", "analyst"],
  "campaigns.write": ["owner", "manager"],
  // fixed fees and gifted product per creator and campaign, and content posts' impressions (the inputs of cost, CPA, ROAS and CTR)
  "costs.write": ["owner", "manager"],
  "links.read": ["owner", "manager", "analyst"],
  "links.write": ["owner", "manager"],
  "conversions.read": ["owner", "manager", "analyst"],
  // conversions and clicks with their UTMs as CSV / NDJSON streams, for the analytics team's warehouse
  "analytics.export": ["owner", "manager", "analyst"],
  "commissions.approve": ["owner", "manager"],
  "payouts.read": ["owner", "manager", "analyst"],
  "payouts.run": ["owner"],
  "review.read": ["owner", "manager", "analyst"],
  "review.decide": ["owner", "manager"],
  "merchants.read": ["owner", "manager"],
  "merchants.write": ["owner"],
  // the UTM playbook: the convention and the placement taxonomy are the owner's; a linter fix is a campaign/link edit
  "utm.write": ["owner"],
  "utm.fix": ["owner", "manager"],
  // signed TEST postbacks from the merchant setup page (never counted in metrics or payouts)
  "sandbox.run": ["owner", "manager"],
  "postbacks.read": ["owner", "manager"],
  "audit.read": ["owner", "manager"],
  // the creator portal: always scoped to the caller's own Creator row
  "portal.read": ["creator"],
  "portal.write": ["creator"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const BRAND_ROLES = ["owner", "manager", "analyst"] as const satisfies readonly Role[];

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function isBrandRole(role: Role): boolean {
  return (BRAND_ROLES as readonly Role[]).includes(role);
}
