import Link from "next/link";
import { BUTTON_CLASS, INPUT_CLASS } from "@/components/form/field";

export interface FilterOption {
  value: string;
  label: string;
}

export type FilterField =
  | { name: string; label: string; kind: "date" }
  | { name: string; label: string; kind: "text"; placeholder?: string }
  | { name: string; label: string; kind: "select"; options: readonly FilterOption[]; anyLabel?: string };

/** A yes / no / either choice for a boolean filter (parsed by yesNoParam). */
export const yesNo = (yes: string, no: string): FilterOption[] => [{ value: "yes", label: yes }, { value: "no", label: no }];

/**
 * A list's filters as a plain GET form: it works without JavaScript, and
 * applying it puts the filters in the URL and drops the page cursor (a new
 * filter starts from the newest row).
 */
export function FilterForm({ path, label, fields, values }: { path: string; label: string; fields: readonly FilterField[]; values: Record<string, string> }) {
  return (
    <form method="get" action={path} role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3 text-sm">
      {fields.map((f) => (
        <label key={f.name} className="flex flex-col gap-1 font-medium text-slate-700">
          {f.label}
          {f.kind === "select" ? (
            <select name={f.name} defaultValue={values[f.name] ?? ""} className={INPUT_CLASS}>
              <option value="">{f.anyLabel ?? "Any"}</option>
              {f.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          ) : (
            <input type={f.kind} name={f.name} defaultValue={values[f.name] ?? ""} placeholder={f.kind === "text" ? f.placeholder : undefined} className={INPUT_CLASS} />
          )}
        </label>
      ))}
      <button type="submit" className={BUTTON_CLASS}>Apply</button>
      <Link href={path} className="py-1.5 text-indigo-700 underline">Clear</Link>
    </form>
  );
}
