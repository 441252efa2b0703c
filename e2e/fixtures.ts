import { test as base, expect, type Page } from "@playwright/test";
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
