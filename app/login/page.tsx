import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/login-form";
import { currentContext } from "@/lib/auth/context";
import { safeReturnPath } from "@/lib/auth/return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  if (await currentContext()) redirect(safeReturnPath(callbackUrl));
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold">Sign in to Creator Ledger</h1>
        <p className="mt-1 text-sm text-slate-500">Brand teams and creators use the same sign-in.</p>
        <LoginForm callbackUrl={safeReturnPath(callbackUrl)} initialError={error} />
      </div>
    </main>
  );
}
