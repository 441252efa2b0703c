import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="text-2xl font-semibold">403 — not for your role</h1>
      <p className="mt-3 text-slate-600">Your account cannot open this page. If you think it should, ask a workspace owner.</p>
      <Link href="/" className="mt-6 inline-block text-indigo-600 underline">Go to your home page</Link>
    </main>
  );
}
