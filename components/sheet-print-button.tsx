"use client";

export function SheetPrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="sheet-noprint rounded bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500">
      Print or save as PDF
    </button>
  );
}
