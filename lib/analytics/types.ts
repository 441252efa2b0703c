// The analytics contract: what every report asks (ReportFilters, kept in the
// URL) and what it gets back. Reports read only through lib/analytics/*
// functions that take these types, so a figure on a page is the figure the
// property test (test/integration/analytics-property.test.ts) recomputes
// from the raw tables. docs/METRICS.md defines each field.

/** An exact fraction; pages round it for display, tests compare num/den exactly. null when den is 0. */
export type Ratio = { num: number; den: number } | null;

export const DIMENSIONS = ["creator", "campaign", "placement", "creative", "country", "device", "day", "week"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DEVICES = ["mobile", "tablet", "desktop", "other"] as const;
export const COMPARISONS = ["previous", "last_year", "none"] as const;
export const PRESETS = ["7d", "28d", "30d", "90d", "mtd", "qtd", "ytd", "12m", "custom"] as const;

/** Days are calendar days in the workspace's time zone, both ends inclusive. */
export interface ReportFilters {
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD
  preset: (typeof PRESETS)[number];
  compare: (typeof COMPARISONS)[number];
  campaignId?: string;
  creatorId?: string;
  placement?: string;
  country?: string; // ISO 3166-1 alpha-2
  device?: (typeof DEVICES)[number];
}

export interface Kpis {
  clicks: number; // valid clicks (bots and other invalid clicks excluded)
  invalidClicks: number;
  uniqueClicks: number; // first click per visitor (daily IP hash) per link per UTC day: see METRICS.md
  impressions: number; // entered per content post
  ctr: Ratio; // clicks / impressions, over the posts and clicks that share a creator, campaign and placement
  conversions: number; // credited live sales (a creator was credited; test never)
  unattributedOrders: number; // live sales that credited nobody, shown apart
  conversionRate: Ratio; // conversions from click attribution / clicks
  grossRevenueMinor: number;
  refundsMinor: number; // on the refund's own day
  netRevenueMinor: number;
  aovMinor: Ratio; // gross revenue / conversions
  commissionMinor: number;
  fixedCostMinor: number; // fixed fees + gifted product value
  costMinor: number; // commission + fixed costs
  cpaMinor: Ratio; // cost / conversions
  roas: Ratio; // net revenue / cost
  epcMinor: Ratio; // commission / clicks (what a click earns the creator)
  newCustomers: number;
  newCustomerShare: Ratio;
  repeat30: Ratio; // customers a creator brought who ordered again within 30 days
  repeat90: Ratio;
  ltv90Minor: Ratio; // per customer whose first order the creator brought, all their orders within 90 days
  ltv180Minor: Ratio;
}

export interface KpiReport {
  filters: ReportFilters;
  current: Kpis;
  previous: Kpis | null; // the comparison period (null when compare is "none")
  previousRange: { from: string; to: string } | null;
  currency: string;
}

export interface BreakdownRow {
  key: string; // the dimension's value ('' = none / unknown)
  label: string;
  kpis: Kpis;
}
