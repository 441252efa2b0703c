import type { ReactNode } from "react";
import { CreatorCombobox, type CreatorChoice } from "@/components/form/creator-combobox";
import { BUTTON_CLASS, INPUT_CLASS } from "@/components/form/field";

interface Props {
  /** the form's accessible name, e.g. "Filter costs" */
  label: string;
  creator: CreatorChoice | null;
  campaign: string | undefined;
  campaigns: readonly { id: string; name: string }[];
  /** fields before the creator (the links list's free-text search) */
  children?: ReactNode;
}

/**
 * The creator and campaign filter above a list, as a plain GET form so the
 * filter lives in the URL. The creator is searched on the server (a workspace
 * can hold thousands); campaigns are few enough to list.
 */
export function CreatorCampaignFilter({ label, creator, campaign, campaigns, children }: Props) {
  return (
    <form method="get" className="mb-3 flex flex-wrap items-end gap-2" aria-label={label}>
      {children}
      <div className="w-64"><CreatorCombobox label="Creator" name="creator" initial={creator} hint="Leave empty for all creators." /></div>
      <label className="flex flex-col text-sm">Campaign
        <select name="campaign" defaultValue={campaign ?? ""} className={INPUT_CLASS}><option value="">any</option>{campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>
      </label>
      <button className={BUTTON_CLASS}>Filter</button>
    </form>
  );
}
