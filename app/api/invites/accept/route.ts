// POST /api/invites/accept – public: the invitee sets a password (or gives their existing one), accepts the
// current brief and terms, and the invite is claimed once. The client then signs in with the same password.
import { parseJson } from "@/lib/api/body";
import { problemResponse, toAppError } from "@/lib/api/errors";
import { assertSameOrigin, appOrigin } from "@/lib/api/same-origin";
import { acceptanceIpHash } from "@/lib/contracts/ip";
import { acceptInvite } from "@/lib/invites/accept";
import { acceptInviteSchema } from "@/lib/invites/schema";
import { clientIpOf } from "@/lib/security/client-ip";
import { consume } from "@/lib/security/rate-limit";

export async function POST(req: Request): Promise<Response> {
  try {
    assertSameOrigin(req.headers, appOrigin(req.url));
    await consume("api", `invite:${clientIpOf(req.headers)}`);
    return Response.json(await acceptInvite(await parseJson(req, acceptInviteSchema), (ws) => acceptanceIpHash(req.headers, ws)));
  } catch (e) {
    const error = toAppError(e);
    if (error.status >= 500) console.error("[api] POST /api/invites/accept", e);
    return problemResponse(error);
  }
}
