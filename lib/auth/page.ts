import { forbidden, redirect } from "next/navigation";
import { AppError } from "@/lib/api/errors";
import { requireContext, type AuthContext } from "./context";
import type { Permission } from "./permissions";

/** For server components: the context, or the login page (401) / the 403 page. */
export async function requirePage(permission: Permission, returnTo: string): Promise<AuthContext> {
  try {
    return await requireContext(permission);
  } catch (e) {
    if (e instanceof AppError && e.code === "unauthorized") redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
    if (e instanceof AppError && e.code === "forbidden") forbidden();
    throw e;
  }
}
