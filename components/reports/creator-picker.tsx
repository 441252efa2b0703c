"use client";

import { useEffect, useId, useRef, useState } from "react";
import { INPUT_CLASS } from "@/components/form/field";

interface Option {
  id: string;
  name: string;
}

/**
 * A combobox that asks the server for creators matching what is typed (a
 * workspace may have thousands: no giant select). The chosen id goes to the
 * form as `name`; keyboard: arrows move, Enter picks, Escape closes.
 */
export function CreatorPicker({ name, label, initial }: { name: string; label: string; initial: Option | null }) {
  const id = useId();
  const [selected, setSelected] = useState<Option | null>(initial);
  const [query, setQuery] = useState(initial?.name ?? "");
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current) return;
    const q = query.trim();
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/creators?${new URLSearchParams({ q, sort: "name" })}`, { signal: abort.signal });
        if (!res.ok) return setStatus("Could not load creators.");
        const body = (await res.json()) as { creators: Option[]; total: number };
        setOptions(body.creators.slice(0, 20).map((c) => ({ id: c.id, name: c.name })));
        setActive(-1);
        setOpen(true);
        setStatus(body.total === 0 ? "No creator matches." : `${body.total} match${body.total === 1 ? "" : "es"}${body.total > 20 ? ", first 20 shown" : ""}.`);
      } catch {
        // aborted by the next keystroke
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [query]);

  const pick = (o: Option | null) => {
    setSelected(o);
    typed.current = false;
    setQuery(o?.name ?? "");
    setOpen(false);
  };

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return setOpen(options.length > 0);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a + step + options.length) % Math.max(options.length, 1));
    } else if (e.key === "Enter" && open && active >= 0) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
    }
  }

  const listId = `${id}-list`;
  return (
    <div className="relative flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium text-slate-700">{label}</label>
      <div className="flex gap-1">
        <input
          id={id}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          placeholder="Any creator"
          value={query}
          onChange={(e) => {
            typed.current = true;
            setQuery(e.target.value);
            if (!e.target.value) setSelected(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          className={`${INPUT_CLASS} w-48`}
        />
        {selected && (
          <button type="button" onClick={() => pick(null)} className="rounded border border-slate-300 px-2 text-xs text-slate-700" aria-label={`Clear creator ${selected.name}`}>
            ×
          </button>
        )}
      </div>
      <input type="hidden" name={name} value={selected?.id ?? ""} />
      <ul id={listId} role="listbox" aria-label={`${label} matches`} hidden={!open} className="absolute top-full z-10 mt-1 max-h-64 w-64 overflow-auto rounded border border-slate-200 bg-white shadow">
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
            className={`cursor-pointer px-2 py-1 ${i === active ? "bg-indigo-50 text-indigo-800" : ""}`}
          >
            {o.name}
          </li>
        ))}
      </ul>
      <span className="sr-only" aria-live="polite">{status}</span>
    </div>
  );
}
