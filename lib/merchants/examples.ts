// The integration page's examples with this merchant's own ids filled in.
// Secrets and tokens are never printed: only placeholders the merchant
// replaces with what they saved when the credential was made.
export interface ExampleInput {
  origin: string;
  merchantId: string;
  pixelKey: string;
  currency: string;
  sampleCoupon: string | null;
}

export function integrationExamples({ origin, merchantId, pixelKey, currency, sampleCoupon }: ExampleInput) {
  const url = `${origin}/api/postback/${merchantId}`;
  const attribution = sampleCoupon ? `"coupon":"${sampleCoupon}"` : `"click_id":"CLK_FROM_LANDING_URL"`;
  const body = `{"event":"sale","order_id":"A-1001","amount":4999,"currency":"${currency}",${attribution},"test":true}`;
  return {
    url,
    curl: [
      `SECRET='$SECRET'   # your signing secret (whsec_…), shown once when it was made`,
      `ID=msg_$(date +%s%N); TS=$(date +%s)`,
      `BODY='${body}'`,
      `KEY=$(printf %s "\${SECRET#whsec_}" | base64 -d | xxd -p -c 256)`,
      `SIG=$(printf %s "$ID.$TS.$BODY" | openssl dgst -sha256 -mac HMAC -macopt hexkey:$KEY -binary | base64)`,
      `curl -s ${url} -H 'content-type: application/json' \\`,
      `  -H "webhook-id: $ID" -H "webhook-timestamp: $TS" -H "webhook-signature: v1,$SIG" -d "$BODY"`,
    ].join("\n"),
    node: [
      `import { Webhook } from "standardwebhooks";`,
      ``,
      `// CL_SIGNING_SECRET: your signing secret (whsec_…), kept in your store's secrets`,
      `const wh = new Webhook(process.env.CL_SIGNING_SECRET);`,
      `const body = JSON.stringify({ event: "sale", order_id: order.id, amount: order.totalMinor, currency: "${currency}", click_id: order.clk, coupon: order.coupon, customer_ref: order.customerId });`,
      `const id = crypto.randomUUID();`,
      `const now = new Date();`,
      `await fetch("${url}", {`,
      `  method: "POST",`,
      `  headers: { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(Math.floor(now.getTime() / 1000)), "webhook-signature": wh.sign(id, now, body) },`,
      `  body,`,
      `});`,
    ].join("\n"),
    get: `curl "${url}?token=$TOKEN&event=sale&order_id=A-1002&amount=4999&currency=${currency}&click_id=CLK_FROM_LANDING_URL&test=1"`,
    pixel: [
      `<!-- every page: keeps the clk click id in a first-party cookie -->`,
      `<script async src="${origin}/api/pixel.js?key=${pixelKey}"></script>`,
      `<!-- thank-you page -->`,
      `<script>window.creatorLedger.order({ order_id: "A-1001", amount: 4999, currency: "${currency}" });</script>`,
    ].join("\n"),
  };
}
