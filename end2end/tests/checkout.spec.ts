import { test, expect, Page } from "@playwright/test";
import { card, counted, hydrated, applySettings } from "./helpers";

const sandbox = () => process.env.E2E_SANDBOX_URL!;
// Demo sites seeded in the sandbox catalogue.
const ON_BUSINESS_MONTHLY = {
  true: "3f1d2c4b-8a7e-4e0f-9b6d-1c2a3e4f5a01", // Bloom Florists
  false: "3f1d2c4b-8a7e-4e0f-9b6d-1c2a3e4f5a05", // Harbor Cafe
};
const ON_PRO_YEARLY = "3f1d2c4b-8a7e-4e0f-9b6d-1c2a3e4f5a03"; // Atlas Legal

/** Wix's "Upgrade App" button, as the sandbox stands in for it. */
async function upgradeApp(page: Page, instanceId: string, javaScriptEnabled: boolean) {
  await page.goto(`${sandbox()}/upgrade?instanceId=${instanceId}`);
  await expect(page).toHaveURL(/instance=/);
  if (javaScriptEnabled) await hydrated(page);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an App Market visitor installs, checks out yearly and pays; Wix's webhooks close the funnel", async ({ page, request }) => {
      // Counted by the country and language of the page the visitor chose on.
      const step = (name: string, more: string[] = []) =>
        counted(request, "pricing_checkouts_total", [
          `step="${name}"`,
          'plan="agency",cycle="YEARLY",country="DE",lang="en"',
          ...more,
        ]);
      const [purchased, cancelled] = [await step("purchased"), await step("cancelled", ['reason="USER_CANCEL"'])];
      await page.goto("/?cycle=yearly&country=DE&lang=en");
      if (javaScriptEnabled) await hydrated(page);
      await card(page, "agency").getByRole("button", { name: "Choose Agency" }).click();

      // The Wix installer, then back through our checkout route.
      await expect(page.getByRole("heading", { name: "Install FormFlow" })).toBeVisible();
      await page.getByLabel("Site name").fill(`E2E ${javaScriptEnabled ? "js" : "nojs"}`);
      // Wix's external install flow returns the new instance's ID, unsigned,
      // beside the choice we signed; no signed instance.
      const back = page.waitForRequest((r) => r.url().includes("/checkout?") && r.url().includes("instanceId="));
      await page.getByRole("button", { name: "Agree & Add" }).click();
      expect((await back).url()).toMatch(/[?&]sig=/);
      expect((await back).url()).not.toMatch(/[?&]instance=/);

      await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
      expect(page.url().startsWith(`${sandbox()}/checkout/`)).toBe(true);
      await expect(page.locator('[data-checkout="plan"]')).toHaveAttribute("data-vendor-id", "agency");
      await expect(page.locator('[data-checkout="cycle"]')).toHaveText("Yearly");
      await expect(page.locator('[data-checkout="price"]')).toContainText("EUR");

      await page.getByRole("button", { name: "Pay" }).click();
      await expect(page).toHaveURL(new RegExp(`^${sandbox()}/my-account/app/`));
      await expect(page.locator('[data-dashboard="plan"]')).toHaveText("Agency (Yearly)");
      // Wix's Paid Plan Purchased reached the page before the buyer did.
      expect(await step("purchased")).toBeGreaterThan(purchased);

      // The owner turns auto-renewal off: Paid Plan Auto Renewal Cancelled.
      await page.getByRole("button", { name: "Cancel auto-renewal" }).click();
      await expect(page.locator('[data-dashboard="renewal"]')).toHaveText("off");
      expect(await step("cancelled", ['reason="USER_CANCEL"'])).toBeGreaterThan(cancelled);
    });

    for (const [query, button, code] of [
      ["/?cycle=yearly&country=DE&lang=de-DE", "Agentur wählen", "DE"],
      ["/?cycle=yearly&country=IL&lang=he-IL", "בחרו ב-Agency", "HE"],
    ] as const) {
      test(`checkout from the ${code} page opens Wix checkout in that language`, async ({ page }) => {
        await page.goto(query);
        if (javaScriptEnabled) await hydrated(page);
        await card(page, "agency").getByRole("button", { name: button }).click();
        // Through the installer and back: the language rides along.
        await page.getByLabel("Site name").fill(`E2E ${code} ${javaScriptEnabled ? "js" : "nojs"}`);
        await page.getByRole("button", { name: "Agree & Add" }).click();
        await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
        await expect(page.locator('[data-checkout="plan"]')).toHaveAttribute("data-vendor-id", "agency");
        await expect(page.locator('[data-checkout="language"]')).toHaveText(code);
      });
    }

    test("an owner on a monthly mid tier upgrades and sees the new plan", async ({ page }) => {
      await upgradeApp(page, ON_BUSINESS_MONTHLY[`${javaScriptEnabled}`], javaScriptEnabled);
      const business = card(page, "business");
      await expect(business.locator(".current")).toContainText("Current plan");
      // Cheaper plans are disabled, with the reason.
      const starter = card(page, "starter");
      await expect(starter.getByRole("button")).toBeDisabled();
      await expect(starter).toContainText("cheaper plan");
      await expect(business.getByRole("button")).toBeDisabled();

      await card(page, "pro").getByRole("button", { name: "Choose Pro", exact: true }).click();
      await expect(page.locator('[data-checkout="plan"]')).toHaveAttribute("data-vendor-id", "pro");
      await expect(page.locator('[data-checkout="cycle"]')).toHaveText("Monthly");
      await page.getByRole("button", { name: "Pay" }).click();
      await expect(page.locator('[data-dashboard="plan"]')).toHaveText("Pro (Monthly)");

      // Arriving again via "Upgrade App" shows the new current plan.
      await page.getByRole("link", { name: "Upgrade App" }).click();
      if (javaScriptEnabled) await hydrated(page);
      await expect(card(page, "pro").locator(".current")).toContainText("Current plan");
      await expect(card(page, "business").getByRole("button")).toBeDisabled();
    });

    test("an owner billed yearly cannot pick monthly", async ({ page }) => {
      await upgradeApp(page, ON_PRO_YEARLY, javaScriptEnabled);
      for (const [plan, name] of [["pro", "Pro"], ["agency", "Agency"], ["enterprise", "Enterprise"]]) {
        await expect(card(page, plan).getByRole("button", { name: `Choose ${name}`, exact: true })).toBeDisabled();
      }
      // A longer cycle of their own plan is an upgrade, with its own button.
      await expect(card(page, "pro").getByRole("button", { name: "Choose Pro: billed every 2 years" })).toBeEnabled();
      await expect(card(page, "agency")).toContainText("billed yearly: switching to monthly");
      // In the yearly view, a bigger plan is open to them.
      await page.getByRole("radio", { name: "Yearly" }).check();
      await applySettings(page, javaScriptEnabled);
      await expect(page).toHaveURL(/cycle=yearly/);
      await expect(card(page, "agency").getByRole("button")).toBeEnabled();
      await expect(card(page, "pro").locator(".current")).toContainText("billed yearly");
    });
  });
}

test("a forged instance still shows the page, with a notice", async ({ page }) => {
  const response = await page.goto("/?instance=forged.instance");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").first()).toContainText("could not be verified");
  await expect(card(page, "pro").getByRole("button", { name: "Choose Pro", exact: true })).toBeEnabled();
});

test("a checkout error is the site's own styled error page, with a reference to quote", async ({ page }) => {
  // Checkout's answer without its form: no Leptos route renders it.
  const response = await page.goto("/checkout?app=formflow");
  expect(response?.status()).toBe(400);
  const box = page.locator("section.error");
  await expect(box.getByRole("heading", { level: 1 })).toHaveText("This link is not quite right");
  // The fingerprinted stylesheet was linked and applied: `.error` is a
  // bordered card of bounded width, not unstyled text.
  const style = await box.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { border: computed.borderTopStyle, maxWidth: computed.maxWidth };
  });
  expect(style).toEqual({ border: "solid", maxWidth: "640px" });
  const reference = await box.locator(".reference code").textContent();
  expect(reference).toBe(response?.headers()["x-request-id"]);
});
