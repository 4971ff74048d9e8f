import { test, expect } from "@playwright/test";

test("the page lists the plans fetched from the sandbox", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText("Plans and pricing");
  // The demo catalogue's first app sells seven plans.
  await expect(page.locator('li[data-plan][data-app="5b1c3e7a-2f4d-4c8e-9a61-0d2f7b9e4a10"]')).toHaveCount(7);
  await expect(page.locator('[data-plan="pay-as-you-go"]')).toBeVisible();
});

test("the country parameter changes the currency", async ({ page }) => {
  await page.goto("/?country=de");
  await expect(page.getByText("Prices for DE in EUR")).toBeVisible();
});

test("an invalid country answers 400 with a readable page", async ({ page }) => {
  const response = await page.goto("/?country=germany");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("alert")).toContainText("not a two-letter");
  await expect(page.getByRole("link", { name: "Show the default view" })).toHaveAttribute("href", "/");
});

test("healthz answers", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
});
