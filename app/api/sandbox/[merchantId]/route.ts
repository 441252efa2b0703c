// POST /api/sandbox/{merchantId} – { kind: "link" | "coupon", value, amountMinor, event?, orderId? }: send a signed TEST postback from the server and answer its verdict, attribution and log line (owner or manager).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { sandboxSchema } from "@/lib/merchants/schema";
import { runSandbox } from "@/lib/sandbox/run";
import { publicOrigin } from "@/lib/utm/public-url";

export const POST = withWorkspace<{ merchantId: string }>("sandbox.run", async ({ req, params, ctx }) => runSandbox(ctx, params.merchantId, await parseJson(req, sandboxSchema), publicOrigin(req.url)));
