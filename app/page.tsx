import { redirect } from "next/navigation";
import { currentContext } from "@/lib/auth/context";

// Brand users land in /app, creators in /portal.
export default async function Home() {
  const ctx = await currentContext();
  if (!ctx) redirect("/login");
  redirect(ctx.role === "creator" ? "/portal" : "/app");
}
