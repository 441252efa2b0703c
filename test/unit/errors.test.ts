import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, problemResponse, toAppError } from "@/lib/api/errors";

describe("error mapping", () => {
  it("turns zod errors into 422 with field paths", async () => {
    const schema = z.object({ order: z.object({ amount: z.number().int() }), currency: z.string().length(3) });
    const parsed = schema.safeParse({ order: { amount: 1.5 }, currency: "EURO" });
    const err = toAppError(parsed.error);
    expect(err.status).toBe(422);
    const res = problemResponse(err);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = await res.json();
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["currency", "order.amount"]);
    expect(body).toMatchObject({ status: 422, title: "Invalid input" });
  });

  it("sets Retry-After on 429", () => {
    const res = problemResponse(new AppError("rate_limited", "slow down", { retryAfterSeconds: 7 }));
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
  });

  it("hides unknown errors behind a 500 without their message", async () => {
    const res = problemResponse(toAppError(new Error("password=hunter2 leaked")));
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toContain("hunter2");
  });
});
