import type { Permission } from "@/lib/auth/permissions";

// The brand app's pages, each with the permission that opens it; the nav
// shows only what the role may open. `match`: the path prefix an entry stands
// for when it is not its href (the breakdowns live under /app/reports/*).
export const APP_PAGES = [
  { href: "/app", label: "Overview", permission: "workspace.read" },
  { href: "/app/reports/creator", label: "Breakdowns", permission: "workspace.read", match: "/app/reports" },
  { href: "/app/reports/weekly", label: "Weekly report", permission: "workspace.read" },
  { href: "/app/creators", label: "Creators", permission: "creators.read" },
  { href: "/app/campaigns", label: "Campaigns", permission: "campaigns.read" },
  { href: "/app/links", label: "Links & codes", permission: "links.read" },
  { href: "/app/utm", label: "UTM playbook", permission: "links.read" },
  { href: "/app/costs", label: "Costs", permission: "creators.read" },
  { href: "/app/posts", label: "Content posts", permission: "creators.read" },
  { href: "/app/sheets", label: "Instruction sheets", permission: "creators.read" },
  { href: "/app/conversions", label: "Conversions", permission: "conversions.read" },
  { href: "/app/commissions", label: "Commissions", permission: "conversions.read" },
  { href: "/app/payouts", label: "Payouts", permission: "payouts.read" },
  { href: "/app/review", label: "Review", permission: "review.read" },
  { href: "/app/merchants", label: "Merchants", permission: "merchants.read" },
  { href: "/app/postbacks", label: "Postback log", permission: "postbacks.read" },
  { href: "/app/audit", label: "Audit log", permission: "audit.read" },
  { href: "/app/settings", label: "Settings", permission: "workspace.read" },
] as const satisfies readonly { href: string; label: string; permission: Permission; match?: string }[];

export const PORTAL_PAGES = [
  { href: "/portal", label: "Overview" },
  { href: "/portal/links", label: "My links & codes" },
  { href: "/portal/sheets", label: "My instruction sheets" },
  { href: "/portal/earnings", label: "My earnings" },
  { href: "/portal/terms", label: "Brief & terms" },
  { href: "/portal/statements", label: "Statements" },
] as const;
