"use client";

import { BUTTON_CLASS } from "@/components/form/field";

// Print styles for a statement: only the statement, without the portal's
// navigation, links shown as plain text, black on white.
const PRINT_CSS = `@media print {
  aside, nav, .statement-actions { display: none !important; }
  main { padding: 0 !important; }
  body { background: white !important; color: black !important; }
  .statement { border: none !important; }
  a { color: inherit !important; text-decoration: none !important; }
  tr { break-inside: avoid; }
}`;

export function StatementPrintStyles() {
  return <style>{PRINT_CSS}</style>;
}

export function PrintButton() {
  return <button type="button" className={BUTTON_CLASS} onClick={() => window.print()}>Print</button>;
}
