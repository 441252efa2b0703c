import http from "node:http";
import type { AddressInfo } from "node:net";
import { prisma } from "../lib/db/prisma";
import { expect, test } from "./fixtures";

interface PixelApi {
  clickId(): string | null;
  order(o: Record<string, string | number>): HTMLImageElement;
}
type Win = { creatorLedger?: PixelApi };

// the merchant's pages are another origin: no app Origin forced on their requests (playwright.config.ts)
test.use({ extraHTTPHeaders: {} });

/** A merchant's site on its own origin (a real server on loopback) whose every page loads our snippet. */
async function merchantSite(snippetUrl: string) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<!doctype html><html><body>shop<script src="${snippetUrl}"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test("the pixel keeps clk in a first-party cookie and reports the order once", async ({ page, ws, baseURL }) => {
  const site = await merchantSite(`${baseURL}/api/pixel.js?key=pk_${ws.tag}`);
  try {
    await prisma.merchant.update({ where: { id: ws.merchantId }, data: { pixelAllowedOrigins: [site.origin] } });
    const r = await page.request.get(`/r/${ws.creators[0].linkCode}/story`, { maxRedirects: 0 });
    const landing = new URL(r.headers().location);
    const clk = landing.searchParams.get("clk");

    await page.goto(`${site.origin}${landing.pathname}${landing.search}`);
    await page.waitForFunction(() => Boolean((window as Win).creatorLedger));
    expect(await page.evaluate(() => (window as Win).creatorLedger!.clickId())).toBe(clk);

    await page.goto(`${site.origin}/checkout/thank-you`);
    await page.waitForFunction(() => Boolean((window as Win).creatorLedger));
    const orderId = `PX-${ws.tag}`;
    for (let i = 0; i < 2; i++) await page.evaluate((id) => (window as Win).creatorLedger!.order({ order_id: id, amount: 4200, currency: "USD" }), orderId);
    await expect.poll(async () => (await prisma.conversion.findMany({ where: { merchantId: ws.merchantId, orderId } })).map((c) => [c.clickId, c.attributionMethod])).toEqual([[clk, "click"]]);
    await expect.poll(() => prisma.postbackLog.count({ where: { merchantId: ws.merchantId, channel: "pixel", verdict: "duplicate" } })).toBe(1);
  } finally {
    await site.close();
  }
});

test.describe("a page outside the allowed origins", () => {
  // the refused pixel image is this test's subject, not a page problem
  test.use({ allowPageProblems: true });

  test("the pixel refuses pages outside the merchant's allowed origins", async ({ page, ws, baseURL }) => {
    const site = await merchantSite(`${baseURL}/api/pixel.js?key=pk_${ws.tag}`);
    try {
      await prisma.merchant.update({ where: { id: ws.merchantId }, data: { pixelAllowedOrigins: ["https://glowtheory.example"] } });
      await page.goto(`${site.origin}/thanks`);
      await page.waitForFunction(() => Boolean((window as Win).creatorLedger));
      await page.evaluate(() => (window as Win).creatorLedger!.order({ order_id: "PX-ELSEWHERE", amount: 100, currency: "USD" }));
      await expect.poll(() => prisma.postbackLog.count({ where: { merchantId: ws.merchantId, channel: "pixel", httpStatus: 403 } })).toBe(1);
      expect(await prisma.conversion.count({ where: { merchantId: ws.merchantId } })).toBe(0);
    } finally {
      await site.close();
    }
  });
});
