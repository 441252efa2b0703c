import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium (Playwright's own browser download is not reachable from
// our machines). The flags keep it from dialling Google services offline.
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  // a hang detector, not a speed check: the longest stories take ~50 s on a
  // loaded 2-core machine, and each step still fails on its own 10 s expect
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // three browsers on two cores: the tests wait on the server and the
  // database often enough that a third fills the gaps (57 tests: 9.0 min
  // with two workers, 7.8 with three, on this machine)
  workers: Number(process.env.E2E_WORKERS ?? 3),
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // API calls through page.request / request come from "our pages": browsers
    // send Origin on every POST, Playwright's request context does not, and the
    // app refuses state-changing calls without it (CSRF, docs/SECURITY.md)
    extraHTTPHeaders: { origin: `http://localhost:${PORT}` },
    // recording a trace costs the browser a third more CPU on every test; CI
    // keeps only the printed log, so it records none (locally: kept on failure)
    trace: process.env.CI ? "off" : "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // the production server `npm start` runs: fast /r door in front of Next.js
    command: `node --import tsx scripts/start.ts`,
    url: `http://localhost:${PORT}/login`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { PORT: String(PORT), NEXTAUTH_URL: `http://localhost:${PORT}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdout: "pipe",
    stderr: "pipe",
  },
});
