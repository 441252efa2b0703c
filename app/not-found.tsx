import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-600">There is nothing at this address.</p>
      <Link href="/" className="mt-6 inline-block text-indigo-600 underline">Go home</Link>
    </main>
  );
}
