"use client";

// Choosing one creator out of thousands: a combobox (WAI-ARIA 1.2 pattern,
// list autocomplete) that asks GET /api/creators?q=…&limit=… as the user
// types, instead of a <select> holding every creator in the workspace.
// Keyboard: ↓/↑ move through the options (↓ opens the list), Enter picks,
// Escape closes (a second Escape clears), Tab leaves. The chosen id goes in a
// hidden input named `name`, so plain GET forms work with it too.

import { useEffect, useId, useState } from "react";
import { Field, INPUT_CLASS } from "./field";

export interface CreatorChoice {
  id: string;
  name: string;
}

export const CREATOR_SEARCH_LIMIT = 8;
const DEBOUNCE_MS = 200;

type Search = { state: "idle" | "loading" | "error" } | { state: "done"; options: CreatorChoice[]; total: number };

interface Props {
  label: string;
  /** the hidden input's name: what a form submits (the creator's id, or "" when none is chosen) */
  name: string;
  initial?: CreatorChoice | null;
  onChange?: (choice: CreatorChoice | null) => void;
  error?: string;
  hint?: string;
}

export function CreatorCombobox({ label, name, initial = null, onChange, error, hint }: Props) {
  const listId = useId();
  const [query, setQuery] = useState(initial?.name ?? "");
  const [chosen, setChosen] = useState<CreatorChoice | null>(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [search, setSearch] = useState<Search>({ state: "idle" });
  const options = search.state === "done" ? search.options : [];

  useEffect(() => {
    if (!open) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      setSearch({ state: "loading" });
      try {
        const res = await fetch(`/api/creators?${new URLSearchParams({ q: query.trim(), limit: String(CREATOR_SEARCH_LIMIT), sort: "name" })}`, { signal: abort.signal });
        if (!res.ok) throw new Error(`creators search answered ${res.status}`);
        const json = (await res.json()) as { creators: CreatorChoice[]; total: number };
        setSearch({ state: "done", options: json.creators.map((c) => ({ id: c.id, name: c.name })), total: json.total });
        setActive(-1);
      } catch {
        // a search replaced by the next keystroke is not a failure
        if (!abort.signal.aborted) setSearch({ state: "error" });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query, open]);

  function choose(choice: CreatorChoice | null) {
    setChosen(choice);
    setQuery(choice?.name ?? "");
    setOpen(false);
    setActive(-1);
    onChange?.(choice);
  }

  function onKeyDown(ev: React.KeyboardEvent<HTMLInputElement>) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!open) return setOpen(true);
      const step = ev.key === "ArrowDown" ? 1 : -1;
      if (options.length) setActive((i) => (i + step + options.length) % options.length);
    } else if (ev.key === "Enter" && open) {
      // Enter picks the highlighted creator rather than submitting the form
      ev.preventDefault();
      if (options[active]) choose(options[active]);
    } else if (ev.key === "Escape") {
      if (open) setOpen(false);
      else choose(null);
    }
  }

  const status =
    search.state === "loading" ? "Searching…"
    : search.state === "error" ? "The search failed; type again to retry."
    : search.state === "done" ? (search.total === 0 ? "No creator matches." : `${search.total} creator${search.total === 1 ? "" : "s"} match${search.total > options.length ? `; showing the first ${options.length}, type more to narrow` : ""}.`)
    : "";

  return (
    <Field label={label} error={error} hint={hint}>
      {(p) => (
        <div className="relative">
          <input
            {...p}
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
            autoComplete="off"
            placeholder="Type a name, email or @handle"
            className={`${INPUT_CLASS} w-full`}
            value={query}
            onChange={(ev) => {
              setQuery(ev.target.value);
              setOpen(true);
              if (chosen) { setChosen(null); onChange?.(null); }
            }}
            onFocus={() => setOpen(true)}
            onClick={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          <input type="hidden" name={name} value={chosen?.id ?? ""} />
          <ul id={listId} role="listbox" aria-label={`${label} suggestions`} hidden={!open || options.length === 0} className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded border border-slate-300 bg-white shadow">
            {options.map((c, i) => (
              <li
                key={c.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer px-2 py-1.5 ${i === active ? "bg-indigo-600 text-white" : ""}`}
                // mousedown, not click: it lands before the input's blur closes the list
                onMouseDown={(ev) => { ev.preventDefault(); choose(c); }}
              >
                {c.name}
              </li>
            ))}
          </ul>
          <p role="status" aria-live="polite" className="mt-1 text-xs text-slate-500">{open ? status : ""}</p>
        </div>
      )}
    </Field>
  );
}
