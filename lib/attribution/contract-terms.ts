// A creator's contract may override their campaign's commission rule and
// attribution window. The version that binds an order is the newest one in
// force at the order's time that the creator had accepted by then
// (effectiveFrom ≤ occurredAt and acceptedAt ≤ occurredAt): an unaccepted
// version binds nothing, and a version made or accepted later never reaches
// back to earlier orders, so a postback that arrives late gets the same answer
// as one that arrived on time. A field the contract leaves empty falls back to
// the campaign's terms in force. The version is read in the signal's own
// query (signals.ts), never by a further round trip.
import { describeRule } from "@/lib/campaigns/terms";
import type { CommissionType } from "@/lib/generated/prisma/enums";
import type { CampaignRules } from "./signals";

export interface ContractOverride {
  version: number;
  commissionType: CommissionType | null;
  commissionBps: number | null;
  commissionFlatMinor: number | null;
  commissionTiers: unknown;
  attributionWindowDays: number | null;
}

/** The campaign's rules as they apply to one creator, and where the rule and the window came from. */
export interface AppliedRules extends CampaignRules {
  /** "contract v3", or the campaign's terms ("campaign terms v2") */
  commissionSource: string;
  /** "contract v3" when the contract sets the window; null: the campaign's window */
  windowContract: string | null;
}

const contractName = (c: ContractOverride) => `contract v${c.version}`;
const campaignName = (c: CampaignRules) => (c.termsVersion === null ? "campaign terms" : `campaign terms v${c.termsVersion}`);

export function applyContract(campaign: CampaignRules, contract: ContractOverride | null): AppliedRules {
  const rule = contract?.commissionType
    ? { commissionType: contract.commissionType, commissionBps: contract.commissionBps, commissionFlatMinor: contract.commissionFlatMinor, commissionTiers: contract.commissionTiers, commissionSource: contractName(contract) }
    : { commissionSource: campaignName(campaign) };
  const window = contract?.attributionWindowDays != null ? { attributionWindowDays: contract.attributionWindowDays, windowContract: contractName(contract) } : { windowContract: null };
  return { ...campaign, ...rule, ...window };
}

/** The commission's explanation: its source and the rule in words ("contract v3: 12% of each sale"). */
export function describeBasis(rules: AppliedRules, currency: string): string {
  return `${rules.commissionSource}: ${describeRule(rules, currency)}`;
}
