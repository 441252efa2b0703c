import type { ImportProblem } from "@/lib/imports/schema";

/** The preview's problems, one line each: row, column, what is wrong. */
export function ImportPreviewTable({ problems }: { problems: ImportProblem[] }) {
  if (problems.length === 0) return <p className="text-sm text-emerald-800">Every row is valid.</p>;
  return (
    <div className="max-h-96 overflow-auto rounded border border-slate-200">
      <table className="w-full text-sm" data-testid="import-problems">
        <caption className="px-3 py-2 text-left text-xs text-slate-500">{problems.length} problem(s); row 1 is the first row under the header</caption>
        <thead className="sticky top-0 bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
          <tr><th scope="col" className="px-3 py-1">Row</th><th scope="col" className="px-3 py-1">Column</th><th scope="col" className="px-3 py-1">Problem</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {problems.map((p, i) => (
            <tr key={i}><td className="px-3 py-1 tabular-nums">{p.row || "file"}</td><td className="px-3 py-1 font-mono text-xs">{p.column}</td><td className="px-3 py-1">{p.message}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
