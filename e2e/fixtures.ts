import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { createTestWorkspace, deleteTestWorkspace, type TestUser, type TestWorkspace } from "../test/support/factory";

// Every test gets its own workspace and users, created straight in the database.
export const test = base.extend<{ ws: TestWorkspace }>({
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
  await login(page, who);
  await expect(page).toHaveURL(who.creatorId ? /\/portal$/ : /\/app$/);
  return page;
}
