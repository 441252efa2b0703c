import { test as base, expect, type Browser, type Locator, type Page } from "@playwright/test";
import { createTestWorkspace, deleteTestWorkspace, type TestUser, type TestWorkspace } from "../test/support/factory";

// Problems seen by the current test's pages: console errors and sub-resources
// answered 4xx/5xx (a missing favicon, a broken script), and any 5xx from the
// API. A 4xx answer to the page's own API call is the app telling a person
// why (a wrong password, an invalid field), and a page whose main document is
// refused on purpose (a 403 the test asserts) is not a problem either;
// the browser's own "Failed to load resource" line for it is the network
// failure again, which the response check already judges.
let problems: string[] | null = null;

export function watchPage(page: Page): void {
  const seen = problems;
  if (!seen) return;
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) seen.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => seen.push(`uncaught error on ${page.url()}: ${e.message}`));
  page.on("response", (r) => {
    const req = r.request();
    const apiRefusal = r.status() < 500 && (req.resourceType() === "fetch" || req.resourceType() === "xhr");
    const refusedPage = req.isNavigationRequest() && req.frame() === page.mainFrame();
    if (r.status() >= 400 && !apiRefusal && !refusedPage) seen.push(`${r.status()} for ${req.resourceType()} ${r.url()}`);
  });
}

// Every test gets its own workspace and users, created straight in the database,
// and fails on any console error or failed resource of its pages unless it opts out
// (test.use({ allowPageProblems: true }) for pages that are meant to fail a request).
export const test = base.extend<{ ws: TestWorkspace; allowPageProblems: boolean; pageProblems: string[] }>({
  allowPageProblems: [false, { option: true }],
  pageProblems: [
    async ({ allowPageProblems }, use) => {
      const seen: string[] = [];
      problems = seen;
      await use(seen);
      problems = null;
      if (!allowPageProblems) expect(seen, "console errors and failed resources on the test's pages").toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ page, pageProblems }, use) => {
    void pageProblems;
    watchPage(page);
    await use(page);
  },
  ws: async ({}, use) => {
    const ws = await createTestWorkspace();
    await use(ws);
    await deleteTestWorkspace(ws);
  },
});

export { expect };

export async function login(page: Page, who: Pick<TestUser, "email" | "password">) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A second user in a browser context of their own, signed in and on their landing page (/portal for creators, /app for the brand). */
export async function signedIn(browser: Browser, who: Pick<TestUser, "email" | "password"> & { creatorId?: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  watchPage(page);
  await login(page, who);
  await expect(page).toHaveURL(who.creatorId ? /\/portal$/ : /\/app$/);
  return page;
}

/** The manager's side of an invite: adds the creator (GB audience, an Instagram handle, allowed content) and returns the one-time invite link shown. */
export async function inviteCreator(page: Page, creator: { name: string; email: string; instagram: string }): Promise<string> {
  await page.getByRole("link", { name: "Add a creator" }).click();
  await expect(page).toHaveURL(/\/app\/creators\/new$/);
  await page.getByLabel("Name", { exact: true }).fill(creator.name);
  await page.getByLabel("Email", { exact: true }).fill(creator.email);
  await page.getByLabel("Audience country").selectOption("GB");
  await page.getByLabel("Instagram handle").fill(creator.instagram);
  await page.getByLabel("Allowed content").fill("Instagram stories and reels.");
  await page.getByRole("button", { name: "Add creator" }).click();
  const url = await page.getByTestId("invite-url").inputValue();
  expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return url;
}

/**
 * The creator's side: opens the invite in a browser of their own, sets a password, accepts brief v1 and the terms,
 * and lands in the portal. `opened` runs once the invite page shows (a screenshot, say).
 */
export async function acceptInvite(browser: Browser, url: string, who: { name: string; password: string }, opened?: (page: Page) => Promise<unknown>): Promise<Page> {
  const creator = await (await browser.newContext()).newPage();
  watchPage(creator);
  await creator.goto(url);
  await expect(creator.getByRole("heading", { name: /Disclosure brief \(v1\)/ })).toBeVisible();
  await opened?.(creator);
  await creator.getByLabel("Choose a password").fill(who.password);
  await creator.getByLabel("Repeat the password").fill(who.password);
  await creator.getByLabel(/I have read the disclosure brief/).check();
  await creator.getByLabel(/I accept the contract terms/).check();
  await creator.getByRole("button", { name: "Create my account" }).click();
  await expect(creator).toHaveURL(/\/portal$/);
  await expect(creator.getByTestId("user-name")).toHaveText(who.name);
  return creator;
}

/** Picks a creator in a creator combobox (components/form/creator-combobox.tsx) as a keyboard user does: type, ↓, Enter. */
export async function pickCreator(scope: Page | Locator, label: string, name: string): Promise<void> {
  const box = scope.getByRole("combobox", { name: label, exact: true });
  await box.fill(name);
  const option = scope.getByRole("option", { name, exact: true });
  await expect(option).toBeVisible();
  await box.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(box).toHaveValue(name);
  await expect(box).toHaveAttribute("aria-expanded", "false");
}

/**
 * A full-page picture into the test's output folder, for a person reading a
 * local run. CI keeps only the printed log, so there it takes none: a
 * full-page capture is one of the browser's most expensive steps.
 */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.CI) return;
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}
