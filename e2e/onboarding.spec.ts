import { prisma } from "../lib/db/prisma";
import { newId } from "../lib/ids";
import { acceptInvite, expect, inviteCreator, login, test } from "./fixtures";

// The creator's onboarding, as the two people live it: a manager adds a
// creator and copies the invite link; the creator opens it, sets a password,
// accepts the brief and terms and lands in the portal; the manager changes
// the terms; the creator sees the notice and accepts version 2.
test("invite → account → brief and terms accepted → new terms noticed and accepted", async ({ browser, page, ws }) => {
  const email = `onboard-${ws.tag}@example.test`;
  await prisma.disclosureBrief.create({ data: { id: newId("brief"), workspaceId: ws.id, version: 1, title: "Disclose every post", body: "Start with #ad." } });
  try {
    await login(page, ws.manager);
    await expect(page).toHaveURL(/\/app$/);
    await page.goto("/app/creators");
    const url = await inviteCreator(page, { name: "Nora Onboard", email, instagram: "@nora.onboard" });
    const creator = await acceptInvite(browser, url, { name: "Nora Onboard", password: "nora's long passphrase" });
    await expect(creator.getByTestId("terms-notice")).toHaveCount(0);
    await creator.getByRole("link", { name: "Brief & terms" }).click();
    await expect(creator.getByTestId("terms-acceptance")).toContainText("You accepted v1 on");
    await expect(creator.getByTestId("brief-acceptance")).toContainText("You accepted v1 on");

    // the link is spent
    const again = await (await browser.newContext()).newPage();
    await again.goto(url);
    await expect(again.getByTestId("invite-refusal")).toContainText("already been used");

    // the manager changes the terms: version 2
    await page.getByRole("link", { name: "Open Nora Onboard" }).click();
    await expect(page).toHaveURL(/\/app\/creators\/cr_/);
    await expect(page.getByTestId("creator-status")).toHaveText("active");
    await page.getByLabel("Payment terms").fill("Every two weeks, by bank transfer.");
    await page.getByRole("button", { name: "Publish as version 2" }).click();
    await expect(page.getByText("Version 2 published")).toBeVisible();

    await creator.goto("/portal");
    await expect(creator.getByTestId("terms-notice")).toContainText("contract terms v2");
    await creator.getByRole("link", { name: "Read and accept them" }).click();
    await expect(creator.getByTestId("terms-v2")).toContainText("Every two weeks");
    await creator.getByRole("button", { name: "Accept contract terms v2" }).click();
    await expect(creator.getByTestId("terms-acceptance")).toContainText("You accepted v2 on");
    await expect(creator.getByTestId("terms-notice")).toHaveCount(0);

    // the brand sees the acceptance; v1 is kept as it was
    await page.reload();
    await expect(page.getByRole("row", { name: /^v1 / })).toContainText("Monthly");
    await expect(page.getByRole("row", { name: /^v2 / })).not.toContainText("not yet");
  } finally {
    await prisma.user.deleteMany({ where: { email } });
  }
});

test("an analyst sees creators but no controls; a creator is refused the creators pages and API", async ({ browser, page, ws }) => {
  await login(page, ws.analyst);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/creators");
  await expect(page.getByRole("link", { name: ws.creators[0].name })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add a creator" })).toHaveCount(0);
  await page.getByRole("link", { name: ws.creators[0].name }).click();
  await expect(page.getByRole("button", { name: /Publish as version/ })).toHaveCount(0);
  expect((await page.request.patch(`/api/creators/${ws.creators[0].creatorId}`, { data: { status: "archived" } })).status()).toBe(403);

  const creator = await (await browser.newContext()).newPage();
  await login(creator, ws.creators[0]);
  await expect(creator).toHaveURL(/\/portal$/);
  expect((await creator.goto(`/app/creators/${ws.creators[1].creatorId}`))?.status()).toBe(403);
  expect((await creator.request.get("/api/creators")).status()).toBe(403);
});

test("the creators list searches, filters and pages through the URL", async ({ page, ws }) => {
  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/app/creators");
  await page.getByLabel("Search").fill("creator-alice");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=creator-alice/);
  await expect(page.getByRole("link", { name: ws.creators[0].name })).toBeVisible();
  await expect(page.getByRole("link", { name: ws.creators[1].name })).toHaveCount(0);
  await page.goto("/app/creators?status=archived");
  await expect(page.getByText("No creators match these filters.")).toBeVisible();
});

test("an owner invites a teammate from Settings; a role change signs them out; a manager has no team controls", async ({ browser, page, ws }) => {
  const email = `mate-${ws.tag}@example.test`;
  try {
    await login(page, ws.owner);
    await expect(page).toHaveURL(/\/app$/);
    await page.goto("/app/settings");
    await page.getByLabel("Teammate's email").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("analyst");
    await page.getByRole("button", { name: "Invite", exact: true }).click();
    const url = await page.getByTestId("invite-url").inputValue();

    const mate = await (await browser.newContext()).newPage();
    await mate.goto(url);
    await mate.getByLabel("Your name").fill("Matt Mate");
    await mate.getByLabel("Choose a password").fill("matt's long passphrase");
    await mate.getByLabel("Repeat the password").fill("matt's long passphrase");
    await mate.getByRole("button", { name: "Create my account" }).click();
    await expect(mate).toHaveURL(/\/app$/);
    await expect(mate.getByTestId("user-role")).toHaveText("analyst");

    await page.reload();
    await page.getByLabel("Role of Matt Mate").selectOption("manager");
    await page.getByRole("row", { name: /Matt Mate/ }).getByRole("button", { name: "Change role" }).click();
    await expect(page.getByLabel("Role of Matt Mate")).toHaveValue("manager");
    await expect.poll(async () => (await mate.request.get("/api/creators")).status()).toBe(401);

    const manager = await (await browser.newContext()).newPage();
    await login(manager, ws.manager);
    await expect(manager).toHaveURL(/\/app$/);
    await manager.goto("/app/settings");
    await expect(manager.getByRole("form", { name: "Invite a teammate" })).toHaveCount(0);
    expect((await manager.request.post("/api/invites", { data: { email: `x-${ws.tag}@example.test`, role: "owner" } })).status()).toBe(403);
  } finally {
    await prisma.user.deleteMany({ where: { email } });
  }
});
