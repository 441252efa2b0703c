/** What a list page shows while its server render streams in. */
export function ListLoading({ title }: { title: string }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <h1 className="mb-6 text-2xl font-semibold">{title}</h1>
      <div className="mb-4 h-9 rounded bg-slate-200" />
      <div className="h-64 rounded-lg bg-slate-100" />
      <span className="sr-only">Loading {title.toLowerCase()}…</span>
    </div>
  );
}
