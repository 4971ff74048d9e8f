import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { card, counted, hydrated } from "./helpers";

const sandbox = () => process.env.E2E_SANDBOX_URL!;
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Whether a computed `rgb(...)` colour is dark. */
function isDark(rgb: string) {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

// The demo's brand theme, each scheme, and the page in a frame: each at a
// phone's and a desktop's width, with no WCAG violation and nothing spilling
// sideways.
for (const [name, path, system, dark] of [
  ["the themed page", "/?country=DE", "light", false],
  ["the dark scheme, by the system", "/?country=DE", "dark", true],
  ["the dark scheme, by ?theme=dark", "/?country=JP&lang=ja-JP&theme=dark", "light", true],
  ["the light scheme, by ?theme=light on a dark system", "/?country=US&theme=light", "dark", false],
  ["the embedded page", "/?embed=1&country=DE&cycle=yearly", "light", false],
  ["the embedded page, dark, right to left", "/?embed=1&country=IL&lang=he-IL&theme=dark", "light", true],
] as const) {
  for (const width of [375, 1280]) {
    test(`${name} at ${width} px passes axe`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme: system });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await hydrated(page);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(isDark(background), background).toBe(dark);
      const embedded = path.includes("embed=1");
      await expect(page.locator(".site-header")).toHaveCount(embedded ? 0 : 1);
      await expect(page.locator(".site-footer")).toHaveCount(embedded ? 0 : 1);
      if (!embedded) {
        await expect(page.locator(".site-header .brand-name")).toHaveText("Northwind Apps");
        await expect(page.locator(".site-header img.logo")).toHaveJSProperty("complete", true);
      }
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const file = testInfo.outputPath(`owner-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(`${name} ${width}`, { path: file, contentType: "image/png" });
    });
  }
}

// The snippet the README gives an owner, on a page of the same origin (the
// default PRICING_FRAME_ANCESTORS allows 'self').
const FRAMING_PAGE = `<!doctype html><html lang="en"><head><title>Our app</title></head><body>
<h1>Our app's plans</h1>
<iframe id="plans" src="/?embed=1&country=DE" title="Plans and pricing" style="width:100%;height:150px;border:0"></iframe>
<script>
addEventListener("message", (e) => {
  if (e.origin === location.origin && e.data && e.data.type === "wix-pricing:height")
    document.getElementById("plans").style.height = e.data.height + "px";
});
</script></body></html>`;

test("framed on the owner's site, the page grows to fit and checkout leaves the frame", async ({ page }) => {
  await page.route("**/our-site.html", (route) => route.fulfill({ contentType: "text/html", body: FRAMING_PAGE }));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/our-site.html");
  const frame = page.frameLocator("#plans");
  await expect(frame.locator("li.plan").first()).toBeVisible();
  // Grown to the content's height: the frame scrolls nothing of its own.
  await expect.poll(async () => (await page.locator("#plans").boundingBox())!.height, { timeout: 10_000 }).toBeGreaterThan(1000);
  const content = await page.frame({ url: /embed=1/ })!.evaluate(() => document.documentElement.scrollHeight);
  const frameHeight = (await page.locator("#plans").boundingBox())!.height;
  expect(Math.abs(frameHeight - content)).toBeLessThanOrEqual(2);

  // Wix checkout cannot run in a frame: the installer opens in the top window.
  await frame.locator('li[data-plan="pro"]').getByRole("button", { name: "Choose Pro", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Install FormFlow" })).toBeVisible();
  expect(page.url().startsWith(`${sandbox()}/app-installer`)).toBe(true);
  expect(page.frames()).toHaveLength(1);
});

/** The sum of the funnel's counters for a step. */
const funnel = (request: import("@playwright/test").APIRequestContext, step: string) =>
  counted(request, "pricing_checkouts_total", [`step="${step}"`]);

for (const javaScriptEnabled of [true, false]) {
  test.describe(`coupons, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a coupon rides through the installer into Wix checkout, and the funnel counts it", async ({ page, request }) => {
      const [started, installer, redirected] = [await funnel(request, "started"), await funnel(request, "installer"), await funnel(request, "redirected")];
      await page.goto("/?coupon=WELCOME10&country=DE&cycle=yearly");
      if (javaScriptEnabled) await hydrated(page);
      await expect(page.locator(".notice.coupon")).toHaveText("Coupon \u2068WELCOME10\u2069 will be applied at checkout.");
      await card(page, "agency").getByRole("button", { name: "Choose Agency" }).click();
      await page.getByLabel("Site name").fill(`E2E coupon ${javaScriptEnabled ? "js" : "nojs"}`);
      await page.getByRole("button", { name: "Agree & Add" }).click();
      await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
      await expect(page.locator('[data-checkout="coupon"]')).toHaveText("WELCOME10");
      expect(await funnel(request, "started")).toBeGreaterThan(started);
      expect(await funnel(request, "installer")).toBeGreaterThan(installer);
      expect(await funnel(request, "redirected")).toBeGreaterThan(redirected);
    });

    test("a coupon Wix refuses is a readable 400 with the way back without it", async ({ page }) => {
      await page.goto("/?coupon=EXPIRED-2019&country=DE");
      if (javaScriptEnabled) await hydrated(page);
      await card(page, "business").getByRole("button", { name: "Choose Business" }).click();
      await page.getByLabel("Site name").fill(`E2E bad coupon ${javaScriptEnabled ? "js" : "nojs"}`);
      const answer = page.waitForResponse((r) => r.url().includes("/checkout?") && r.url().includes("instanceId="));
      await page.getByRole("button", { name: "Agree & Add" }).click();
      expect((await answer).status()).toBe(400);
      await expect(page.getByRole("alert")).toContainText("Wix did not accept the coupon “\u2068EXPIRED-2019\u2069”");
      await page.getByRole("link", { name: "See the plans without the coupon" }).click();
      await expect(page).toHaveURL(/\/\?country=DE$/);
      await expect(page.locator(".notice.coupon")).toHaveCount(0);
    });
  });
}
