// Stopping `npm start` (SIGTERM on a deploy, or a test's door) ends promptly:
// a client that never reads its response (Next.js streams even a short error
// body, so the response stays unfinished) is given a short grace period, not
// the server's 65 s keepAliveTimeout, before its connection is dropped.
import { expect, it } from "vitest";
import { startDoor } from "../support/doors";

it("stops within its grace period while a client leaves a response unread", async () => {
  const door = await startDoor("fast", { FAST_DOORS_ONLY: "0" });
  const unread = await fetch(`${door.url}/api/exports/conversions?from=2026-01-01&to=2026-01-31`);
  expect(unread.status).toBe(401);
  const outcome = await Promise.race([door.stop().then(() => "stopped"), new Promise((r) => setTimeout(() => r("still waiting"), 20_000))]);
  expect(outcome).toBe("stopped");
});
