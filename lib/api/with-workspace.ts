import { requireContext, type AuthContext } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { consume } from "@/lib/security/rate-limit";
import { problemResponse, toAppError } from "./errors";
import { appOrigin, assertSameOrigin } from "./same-origin";

type Params = Record<string, string | string[]>;

export interface HandlerArgs<P extends Params> {
  req: Request;
  params: P;
  ctx: AuthContext;
}

/**
 * The one wrapper for authenticated route handlers: for anything but GET and
 * HEAD the request must come from this app's own pages (CSRF,
 * same-origin.ts), then session, workspace membership, role permission
 * (lib/auth/permissions.ts), a per-user rate limit, and errors as
 * problem+json. Handlers return a Response or a value to send as JSON.
 */
export function withWorkspace<P extends Params = Params>(
  permission: Permission,
  handler: (args: HandlerArgs<P>) => Promise<Response | object>,
) {
  return async (req: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") assertSameOrigin(req.headers, appOrigin(req.url));
      const ctx = await requireContext(permission);
      await consume("api", ctx.userId);
      const result = await handler({ req, params: await route.params, ctx });
      return result instanceof Response ? result : Response.json(result);
    } catch (e) {
      const error = toAppError(e);
      if (error.status >= 500) console.error(`[api] ${req.method} ${new URL(req.url).pathname}`, e);
      return problemResponse(error);
    }
  };
}
