import { useId } from "react";

/** A labelled control with its hint and its error, wired for screen readers (aria-describedby, aria-invalid). */
export function Field({ label, error, hint, children }: {
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => React.ReactNode;
}) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium text-slate-700">{label}</label>
      {children({ id, "aria-describedby": described, ...(error ? { "aria-invalid": true as const } : {}) })}
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p>}
      {error && <p id={`${id}-error`} role="alert" className="text-xs text-rose-700">{error}</p>}
    </div>
  );
}

export const INPUT_CLASS = "rounded border border-slate-300 px-2 py-1.5 text-sm focus:outline-2 focus:outline-indigo-500 aria-invalid:border-rose-500";
export const BUTTON_CLASS = "rounded bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-50";
