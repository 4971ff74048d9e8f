import { test, expect, Page } from "@playwright/test";
import { hydrated } from "./helpers";

/** Per row of cards (cards whose tops are level), the spread in px of
 * the tops of their first buy buttons and of their benefit lists. */
async function rowSpreads(page: Page) {
  return page.evaluate(() => {
    const spread = (tops: number[]) => (tops.length < 2 ? 0 : Math.max(...tops) - Math.min(...tops));
    const rows: { buttons: number; benefits: number; cards: number }[] = [];
    for (const list of document.querySelectorAll("ul.plans")) {
      const byTop = new Map<number, Element[]>();
      for (const card of list.querySelectorAll(":scope > li")) {
        const top = Math.round(card.getBoundingClientRect().top);
        byTop.set(top, [...(byTop.get(top) ?? []), card]);
      }
      for (const cards of byTop.values()) {
        const top = (selector: string) =>
          cards
            .map((card) => card.querySelector(selector))
            .filter((el): el is Element => !!el)
            .map((el) => el.getBoundingClientRect().top);
        rows.push({ buttons: spread(top(".cta button")), benefits: spread(top(".benefits")), cards: cards.length });
      }
    }
    return rows;
  });
}

for (const width of [1280, 768]) {
  for (const [lang, country] of [["en", "US"], ["de", "DE"], ["he", "IL"]]) {
    test(`cards line up in every row at ${width} px in ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const cycle of ["monthly", "yearly"]) {
        await page.goto(`/?country=${country}&lang=${lang}&cycle=${cycle}`);
        const rows = await rowSpreads(page);
        expect(rows.some((row) => row.cards > 1), "cards sit side by side").toBe(true);
        for (const row of rows) {
          expect(row.buttons, `buttons ${cycle}`).toBeLessThanOrEqual(2);
          expect(row.benefits, `benefits ${cycle}`).toBeLessThanOrEqual(2);
        }
      }
    });
  }
}

test("on a phone the switch and the first paid plan's price and button are on the first screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const lang of ["en", "de", "he"]) {
    await page.goto(`/?country=DE&lang=${lang}`);
    const fold = 812;
    const bottom = async (locator: ReturnType<Page["locator"]>) => (await locator.boundingBox())!.y + (await locator.boundingBox())!.height;
    expect(await bottom(page.locator(".segments")), lang).toBeLessThanOrEqual(fold);
    const paid = page.locator("li[data-plan]", { has: page.locator('data[data-role="per-month"]') }).first();
    expect(await bottom(paid.locator("h3")), lang).toBeLessThanOrEqual(fold);
    expect(await bottom(paid.locator('data[data-role="per-month"]')), lang).toBeLessThanOrEqual(fold);
    expect(await bottom(paid.locator(".cta button").first()), lang).toBeLessThanOrEqual(fold);
  }
});

test("the yearly choice says the best saving", async ({ page }) => {
  await page.goto("/?country=US&lang=en");
  await expect(page.getByRole("radio", { name: "Yearly Save up to 16%" })).toBeVisible();
  await page.goto("/?country=DE&lang=de");
  await expect(page.getByRole("radio", { name: /Jährlich.*Bis zu 16 % sparen/ })).toBeVisible();
});

test("a country or language chosen applies itself", async ({ page }) => {
  await page.goto("/?country=US&lang=en&cycle=yearly");
  await page.getByLabel("Country").selectOption("FR");
  await expect(page).toHaveURL(/country=FR/);
  await expect(page.locator(".price-note")).toContainText("France");
  await expect(page).toHaveURL(/cycle=yearly/);
  await page.getByLabel("Language").selectOption("de");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  // The button is for pages without JavaScript: never drawn here.
  await expect(page.locator("form.settings button")).toHaveCount(0);
});

test("without JavaScript one button applies the period, country and language", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?country=US&lang=en");
  await page.getByRole("radio", { name: /Yearly/ }).check();
  await page.getByLabel("Country").selectOption("JP");
  await page.getByRole("button", { name: "Show prices" }).click();
  await expect(page).toHaveURL(/cycle=yearly/);
  await expect(page).toHaveURL(/country=JP/);
  await context.close();
});

test("nothing moves while the page loads and hydrates", async ({ page }) => {
  // The logo arrives after the first paint, as a slow one would: its box
  // is already there.
  await page.route("**/demo-logo.svg", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await page.addInitScript(() => {
    (window as any).__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).__shifts += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 812 });
    await page.goto("/?country=DE&lang=en");
    await hydrated(page);
    await page.waitForTimeout(700);
    expect(await page.evaluate(() => (window as any).__shifts), `at ${width} px`).toBe(0);
  }
});

test("benefits carry a mark screen readers skip, and the FAQ opens", async ({ page }) => {
  await page.goto("/?country=US&lang=en");
  const check = page.locator("li[data-plan] .benefits .check").first();
  await expect(check).toHaveAttribute("aria-hidden", "true");
  const faq = page.locator("section.faq");
  await expect(faq.getByRole("heading", { name: "Questions and answers" })).toBeVisible();
  const first = faq.locator("details").first();
  await first.locator("summary").click();
  await expect(first).toContainText("Wix checkout shows the exact amount");
  // And as schema.org data.
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.some((thing: any) => thing["@type"] === "FAQPage")).toBe(true);
});
