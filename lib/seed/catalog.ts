// The demo brand, its people and its programme, as data. Numbers here shape
// the dashboards: daily click volumes are per creator across both campaigns.
import type { Platform } from "@/lib/generated/prisma/enums";

export const DEMO_SLUG = "glow-theory";
export const DEMO_EMAIL_DOMAIN = "glowtheory.test";
export const DATA_SEED = "creator-ledger demo v1";
export const DAYS = 60;
export const DAY_MS = 86_400_000;
export const ATTRIBUTION_WINDOW_DAYS = 14;

export const BRAND = {
  name: "Glow Theory",
  timeZone: "America/New_York",
  currency: "USD",
  merchantName: "Glow Theory Store",
  allowedDomains: ["glowtheory.example", "www.glowtheory.example"],
  pixelOrigins: ["https://glowtheory.example"],
};

export const STAFF = [
  { role: "owner", local: "owner", name: "Alex Rivera", password: "glow-owner-demo" },
  { role: "manager", local: "manager", name: "Sam Patel", password: "glow-manager-demo" },
  { role: "analyst", local: "analyst", name: "Jamie Ortiz", password: "glow-analyst-demo" },
] as const;
export const CREATOR_PASSWORD = "glow-creator-demo";

export const PLACEMENTS = [
  ["story", "Story"],
  ["post", "Post"],
  ["bio", "Link in bio"],
  ["reel", "Reel"],
  ["video", "Video"],
  ["newsletter", "Newsletter"],
  ["other", "Other"],
] as const;

export interface CampaignSeed {
  key: "spring" | "hydration";
  name: string;
  utmCampaign: string;
  bps: number;
  couponSuffix: string;
  productPath: string;
  /** days before today (UTC) the campaign started */
  startedDaysAgo: number;
  capPerCreatorMinor: number | null;
}

export const CAMPAIGNS: CampaignSeed[] = [
  {
    key: "spring",
    name: "Spring Glow Serum Launch",
    utmCampaign: "spring-glow-serum",
    bps: 1500,
    couponSuffix: "15",
    productPath: "/products/glow-serum",
    startedDaysAgo: 56,
    capPerCreatorMinor: null,
  },
  {
    key: "hydration",
    name: "Hydration Heroes Always-On",
    utmCampaign: "hydration-heroes",
    bps: 1200,
    couponSuffix: "10",
    productPath: "/products/hydration-heroes-set",
    startedDaysAgo: 180,
    capPerCreatorMinor: 30_000,
  },
];

export type CreatorRole = "standout" | "spike" | "lowConversion" | "countryMismatch";

export interface CreatorSeed {
  first: string;
  last: string;
  country: string;
  platforms: Platform[];
  dailyClicks: number;
  role?: CreatorRole;
}

export const CREATORS: CreatorSeed[] = [
  { first: "Maya", last: "Chen", country: "US", platforms: ["instagram", "tiktok"], dailyClicks: 48, role: "standout" },
  { first: "Sofia", last: "Martinez", country: "US", platforms: ["instagram", "tiktok"], dailyClicks: 38 },
  { first: "Priya", last: "Patel", country: "US", platforms: ["youtube", "instagram"], dailyClicks: 30 },
  { first: "Emma", last: "Thompson", country: "GB", platforms: ["instagram"], dailyClicks: 26 },
  { first: "Olivia", last: "Nguyen", country: "US", platforms: ["tiktok", "instagram"], dailyClicks: 34 },
  { first: "Ava", last: "Johnson", country: "US", platforms: ["instagram"], dailyClicks: 22 },
  { first: "Chloe", last: "Williams", country: "CA", platforms: ["instagram", "youtube"], dailyClicks: 20 },
  { first: "Zoe", last: "Anderson", country: "AU", platforms: ["tiktok"], dailyClicks: 18 },
  { first: "Leah", last: "Kim", country: "US", platforms: ["instagram", "tiktok"], dailyClicks: 28 },
  { first: "Hannah", last: "Brooks", country: "US", platforms: ["youtube"], dailyClicks: 16 },
  { first: "Isabella", last: "Rossi", country: "US", platforms: ["instagram"], dailyClicks: 24 },
  { first: "Mia", last: "Robinson", country: "US", platforms: ["tiktok", "instagram"], dailyClicks: 30 },
  { first: "Grace", last: "Okafor", country: "GB", platforms: ["instagram", "youtube"], dailyClicks: 19 },
  { first: "Lily", last: "Evans", country: "GB", platforms: ["tiktok"], dailyClicks: 15 },
  { first: "Nora", last: "Lindqvist", country: "US", platforms: ["instagram"], dailyClicks: 14 },
  { first: "Jasmine", last: "Carter", country: "US", platforms: ["instagram", "tiktok"], dailyClicks: 27 },
  { first: "Ella", last: "Fraser", country: "CA", platforms: ["instagram"], dailyClicks: 13 },
  { first: "Ruby", last: "Walsh", country: "AU", platforms: ["instagram", "tiktok"], dailyClicks: 17 },
  { first: "Aaliyah", last: "Green", country: "US", platforms: ["tiktok"], dailyClicks: 25 },
  { first: "Camila", last: "Torres", country: "US", platforms: ["instagram", "youtube"], dailyClicks: 21 },
  { first: "Harper", last: "Bennett", country: "US", platforms: ["youtube", "instagram"], dailyClicks: 18 },
  { first: "Sienna", last: "Wright", country: "US", platforms: ["instagram"], dailyClicks: 12 },
  { first: "Jordan", last: "Lee", country: "US", platforms: ["tiktok", "instagram"], dailyClicks: 22, role: "spike" },
  { first: "Dylan", last: "Foster", country: "US", platforms: ["instagram", "tiktok"], dailyClicks: 95, role: "lowConversion" },
  { first: "Kai", last: "Morgan", country: "US", platforms: ["instagram"], dailyClicks: 24, role: "countryMismatch" },
];

/** Targets the planted patterns are built to hit (checked by the integration test). */
export const TARGETS = {
  standoutConversionRate: 0.048,
  standoutAovLift: 0.18,
  /** share of her customers who buy again (within the data's sixty days, so within three months) */
  standoutRepeatCustomerShare: 0.25,
  /** orders whose click fell past the window, per click-credited order (kept uncredited, with the click id) */
  outsideWindowShare: 0.07,
  lowConversionRate: 0.0012,
  spikeDaysAgo: 9,
  /** the farm's clicks, as a multiple of the creator's usual day (and at least what the spike signal considers) */
  spikeMultiplier: 20,
  spikeMinClicks: 400,
  /** stuffed cookies: this share of the creator's clicks comes from a foreign traffic source; the orders stay at home */
  mismatchClickShare: 0.55,
  mismatchClickCountries: ["VN", "NG"],
};

export const REFERRERS: Record<string, string> = {
  instagram: "instagram.com",
  tiktok: "tiktok.com",
  youtube: "youtube.com",
};

export const OTHER_COUNTRIES: [string, number][] = [
  ["US", 40], ["GB", 14], ["CA", 14], ["AU", 10], ["IE", 5], ["NZ", 5], ["DE", 6], ["FR", 6],
];

export const DEVICES: ["mobile" | "tablet" | "desktop" | "other", number][] = [
  ["mobile", 80], ["desktop", 13], ["tablet", 5], ["other", 2],
];

export function creatorEmail(c: CreatorSeed, domain: string): string {
  return `${c.first}.${c.last}@${domain}`.toLowerCase();
}

export function couponCode(c: CreatorSeed, campaign: CampaignSeed): string {
  return `${c.first.toUpperCase()}${campaign.couponSuffix}`;
}

export const DISCLOSURE = {
  title: "How to disclose your Glow Theory partnership",
  body: [
    "Say it up front, in words: start captions with #ad or \"Paid partnership with Glow Theory\".",
    "On stories and reels use the platform's paid-partnership label and say it out loud in video.",
    "Only claim what you have experienced yourself; no medical or before/after claims.",
    "Your code and link earn you commission: mention that when you share them.",
  ].join("\n\n"),
};

export const CONTRACT_TERMS = {
  paymentTerms: "Monthly, by bank transfer, for commissions past the 30-day holding period.",
  allowedContent: "Instagram stories, posts and bio link; TikTok and YouTube videos. No paid search on brand terms, no coupon sites.",
};
