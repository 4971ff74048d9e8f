import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { card, dataValue, hydrated, FORMFLOW, TEXTBLAST, applySettings } from "./helpers";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the demo app shows more than four plans, usage plans included", async ({ page }) => {
      const response = await page.goto("/");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      expect(await page.locator(`li[data-plan][data-app="${FORMFLOW}"]`).count()).toBeGreaterThan(4);
      await expect(page.locator(`li[data-plan][data-app="${TEXTBLAST}"]`)).toHaveCount(3);
      await expect(card(page, "free")).toContainText("Free");
    });

    test("switching the period changes the totals", async ({ page }) => {
      await page.goto("/?country=US");
      if (javaScriptEnabled) await hydrated(page);
      const business = card(page, "business");
      expect(await dataValue(business, "per-month")).toBe("9.00");
      await expect(business.locator('[data-role="save-percent"]')).toHaveCount(0);

      await page.evaluate(() => ((window as any).sameDocument = true)).catch(() => {});
      await page.getByRole("radio", { name: "Yearly" }).check();
      await applySettings(page, javaScriptEnabled);
      await expect(page).toHaveURL(/cycle=yearly/);
      await expect(business.locator('data[data-role="per-month"]')).toHaveAttribute("value", "7.50");
      expect(await dataValue(business, "cycle-total")).toBe("90.00");
      await expect(business.locator('data[data-role="save-percent"]')).toHaveAttribute("value", "16");
      // Multi-year cycles show their own totals: 12.99 x 24.
      await expect(card(page, "pro").locator('data[data-role="cycle-total"]').last()).toHaveAttribute("value", "311.76");
      // Plans without a yearly price still show what they sell.
      await expect(card(page, "lifetime").locator('data[data-role="one-time"]')).toHaveAttribute("value", "249.00");
      await expect(card(page, "growth", TEXTBLAST).locator('data[data-role="base-fee"]')).toHaveAttribute("value", "15.00");
      if (javaScriptEnabled) {
        // Switched in place: no navigation happened.
        expect(await page.evaluate(() => (window as any).sameDocument)).toBe(true);
      }
      await expect(page.getByRole("radio", { name: "Yearly" })).toBeChecked();
    });

    test("a running sale shows the struck list price and its end; a plan the app bills has no button", async ({ page }) => {
      await page.goto("/?country=US&lang=en-US");
      if (javaScriptEnabled) await hydrated(page);
      const agency = card(page, "agency");
      // A quarter off 39.00.
      await expect(agency.locator('data[data-role="per-month"]')).toHaveAttribute("value", "29.25");
      await expect(agency.locator('s.list-price data[data-role="list-per-month"]')).toHaveAttribute("value", "39.00");
      await expect(agency.locator(".sale")).toContainText(/Limited-time sale, until [A-Z][a-z]+ \d{1,2}/);

      await page.getByRole("radio", { name: "Yearly" }).check();
      await applySettings(page, javaScriptEnabled);
      await expect(page).toHaveURL(/cycle=yearly/);
      // 32.50 x 0.75 = 24.375, rounded half away from zero.
      await expect(agency.locator('data[data-role="per-month"]')).toHaveAttribute("value", "24.38");
      await expect(agency.locator('data[data-role="list-cycle-total"]')).toHaveAttribute("value", "390.00");
      await expect(agency.locator('data[data-role="cycle-total"]')).toHaveAttribute("value", "292.56");
      await expect(agency.locator(".sale")).toBeVisible();

      const whiteLabel = card(page, "white-label");
      await expect(whiteLabel).toContainText("Custom pricing: talk to our sales team");
      await expect(whiteLabel.locator("form")).toHaveCount(0);
      await expect(whiteLabel.getByRole("button")).toHaveCount(0);
    });

    test("Germany: euros with the VAT label, in German", async ({ page }) => {
      await page.goto("/?country=DE&lang=de-DE");
      await expect(page.locator("html")).toHaveAttribute("lang", "de");
      await expect(page.locator(".price-note")).toContainText("inkl. 19% MwSt.");
      const business = card(page, "business");
      const amount = business.locator('data[data-role="per-month"]');
      await expect(amount).toHaveAttribute("data-currency", "EUR");
      // 9.00 USD -> 8.28 EUR before tax -> 9.85 with 19% VAT.
      await expect(amount).toHaveAttribute("value", "9.85");
      await expect(amount).toHaveText("9,85\u00a0€");
    });

    test("Japan: yen without decimals", async ({ page }) => {
      await page.goto("/?country=jp");
      const amounts = page.locator('data[data-currency="JPY"]');
      expect(await amounts.count()).toBeGreaterThan(5);
      for (const value of await amounts.evaluateAll((els) => els.map((e) => e.getAttribute("value")))) {
        expect(value).toMatch(/^\d+$/);
      }
      await expect(card(page, "business").locator('data[data-role="per-month"]')).toHaveText(/^[¥￥]1,495$/);
    });

    test("usage-based plans show base fee, increment in USD and description", async ({ page }) => {
      await page.goto("/?country=GB");
      const growth = card(page, "growth", TEXTBLAST);
      await expect(growth.locator('data[data-role="base-fee"]')).toHaveAttribute("data-currency", "GBP");
      const increment = growth.locator('data[data-role="increment"]');
      await expect(increment).toHaveAttribute("data-currency", "USD");
      await expect(increment).toHaveAttribute("value", "0.005");
      await expect(growth).toContainText("US dollars");
      await expect(growth).toContainText("beyond the 500 included");
      await expect(card(page, "pay-as-you-go", TEXTBLAST)).toContainText("No base fee");
    });

    test("an invalid country answers 400 with a way back", async ({ page }) => {
      const response = await page.goto("/?country=ZZ");
      expect(response?.status()).toBe(400);
      await expect(page.getByRole("alert")).toContainText("“\u2068ZZ\u2069” is not a country this page knows");
      await page.getByRole("link", { name: "Show the default view" }).click();
      await expect(page.locator("li[data-plan]").first()).toBeVisible();
    });

    test("changing the country keeps the period switched to", async ({ page }) => {
      await page.goto("/?country=US");
      if (javaScriptEnabled) await hydrated(page);
      await page.getByRole("radio", { name: "Yearly" }).check();
      await applySettings(page, javaScriptEnabled);
      await expect(page).toHaveURL(/cycle=yearly/);
      await page.getByLabel("Country").selectOption("FR");
      await applySettings(page, javaScriptEnabled);
      await expect(page).toHaveURL(/country=FR/);
      await expect(page).toHaveURL(/cycle=yearly/);
      await expect(page.getByRole("radio", { name: "Yearly" })).toBeChecked();
      await expect(card(page, "business").locator('data[data-role="save-percent"]')).toHaveCount(1);
    });

    test("the country selector changes the country", async ({ page }) => {
      await page.goto("/");
      if (javaScriptEnabled) await hydrated(page);
      await page.getByLabel("Country").selectOption("FR");
      await applySettings(page, javaScriptEnabled);
      await expect(page).toHaveURL(/country=FR/);
      await expect(page.locator(".price-note")).toContainText("France");
      await expect(card(page, "business").locator('data[data-role="per-month"]')).toHaveAttribute("data-currency", "EUR");
    });
  });
}

for (const view of ["/", "/?country=DE", "/?country=JP&cycle=yearly", "/?country=DE&lang=de-DE", "/?country=JP&lang=ja-JP", "/?country=IL&lang=he-IL"]) {
  test(`no accessibility violations on ${view}`, async ({ page }) => {
    await page.goto(view);
    await hydrated(page);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}

test("nothing preloads the islands' code: it is fetched after the first paint", async ({ page }) => {
  await page.goto("/?country=DE");
  await expect(page.locator('link[rel="preload"], link[rel="modulepreload"]')).toHaveCount(0);
  await hydrated(page);
  const [paint, code] = await page.evaluate(() => [
    performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0,
    performance
      .getEntriesByType("resource")
      .filter((e) => /\/pkg\/[^?]*\.(js|wasm)$/.test(e.name))
      .map((e) => e.startTime),
  ] as const);
  expect(paint).toBeGreaterThan(0);
  // The JS module and the WASM, each requested after the first paint.
  expect(code).toHaveLength(2);
  for (const start of code) expect(start).toBeGreaterThan(paint);
});

test("a switch in place shows what the server draws for the period, in order, and its buttons check out", async ({ page, browser }) => {
  // What the server draws for a period, read without JavaScript.
  const served = await browser.newContext({ baseURL: test.info().project.use.baseURL, javaScriptEnabled: false });
  const drawn = async (cycle: string) => {
    const other = await served.newPage();
    await other.goto(`/?country=US&cycle=${cycle}`);
    const cards = await other.locator("ul.plans").allTextContents();
    await other.close();
    return cards;
  };
  const [monthly, yearly] = [await drawn("monthly"), await drawn("yearly")];
  expect(monthly).not.toEqual(yearly);

  await page.goto("/?country=US&cycle=yearly");
  await hydrated(page);
  for (const [name, expected] of [["Monthly", monthly], ["Yearly", yearly], ["Monthly", monthly], ["Yearly", yearly]] as const) {
    await page.getByRole("radio", { name }).check();
    await expect(page.locator("ul.plans")).toHaveText(expected);
  }
  // A button drawn in the browser starts checkout for its own cycle.
  await page.getByRole("radio", { name: "Monthly" }).check();
  await card(page, "agency").getByRole("button", { name: "Choose Agency" }).click();
  await expect(page.getByRole("heading", { name: "Install FormFlow" })).toBeVisible();
  await page.getByLabel("Site name").fill("E2E switch");
  await page.getByRole("button", { name: "Agree & Add" }).click();
  await expect(page.locator('[data-checkout="cycle"]')).toHaveText("Monthly");
  await served.close();
});

test("hydrates without console errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/?country=DE");
  await hydrated(page);
  await page.getByRole("radio", { name: "Yearly" }).check();
  await expect(page).toHaveURL(/cycle=yearly/);
  expect(errors).toEqual([]);
});

test("works under its Content-Security-Policy, without violations", async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as any).__cspViolations = [...((window as any).__cspViolations ?? []), `${e.violatedDirective} ${e.blockedURI}`];
    });
  });
  page.on("console", (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  for (const path of ["/?country=DE", "/preview?countries=DE&countries=JP"]) {
    const response = await page.goto(path);
    const csp = response!.headers()["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/_=-]{16,}'/);
    expect(csp).not.toContain("unsafe-inline");
    if (path === "/?country=DE") {
      await hydrated(page);
      // An interaction that runs the WASM.
      await page.getByRole("radio", { name: "Yearly" }).check();
      await expect(page).toHaveURL(/cycle=yearly/);
    } else {
      await expect(page.locator("table")).toBeVisible();
    }
    violations.push(...(await page.evaluate(() => (window as any).__cspViolations ?? [])));
  }
  expect(violations).toEqual([]);
});

for (const [name, query] of [
  ["de", "/?country=DE&lang=de-DE&cycle=yearly"],
  ["he", "/?country=IL&lang=he-IL&cycle=yearly"],
  ["ja", "/?country=JP&lang=ja-JP&cycle=yearly"],
]) {
  for (const width of [375, 1280]) {
    test(`screenshot of ${name} at ${width} px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(query);
      await hydrated(page);
      // Nothing may overflow sideways on a phone, the longest German words
      // included; no card's text spills out of it.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const spilled = await page.evaluate(() =>
        [...document.querySelectorAll("li.plan")].filter((card) => card.scrollWidth > card.clientWidth).length,
      );
      expect(spilled).toBe(0);
      const path = testInfo.outputPath(`pricing-${name}-${width}.png`);
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`pricing-${name}-${width}`, { path, contentType: "image/png" });
    });
  }
}

test("healthz answers", async ({ request }) => {
  expect((await request.get("/healthz")).status()).toBe(200);
});

test("schema.org offers match the page", async ({ page }) => {
  await page.goto("/?country=DE");
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const products = JSON.parse(json ?? "[]");
  expect(products.map((p: any) => p.name)).toEqual(["FormFlow", "TextBlast SMS"]);
  const business = products[0].offers.filter((o: any) => o.sku === "business");
  expect(business.map((o: any) => [o.price, o.priceCurrency, o.priceSpecification.billingDuration])).toEqual([
    ["9.85", "EUR", "P1M"],
    ["98.52", "EUR", "P1Y"],
  ]);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`In German and Hebrew, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    for (const [query, lang, dir, yearly] of [
      ["/?country=DE&lang=de-DE", "de", "ltr", "Jährlich"],
      ["/?country=IL&lang=he-IL", "he", "rtl", "שנתי"],
    ] as const) {
      test(`the period switch works in ${lang}, ${dir}`, async ({ page }) => {
        await page.goto(query);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.locator("html")).toHaveAttribute("dir", dir);
        if (javaScriptEnabled) await hydrated(page);
        await page.getByRole("radio", { name: yearly }).check();
        await applySettings(page, javaScriptEnabled);
        await expect(page).toHaveURL(/cycle=yearly/);
        await expect(card(page, "business").locator(".price.recurring").first()).toHaveAttribute("data-months", "12");
      });
    }

    for (const [query, lang, japan, first] of [
      ["/?country=DE&lang=de-DE&cycle=yearly", "de", "Japan", "Afghanistan"],
      ["/?country=DE&lang=he-IL&cycle=yearly", "he", "יפן", "אוגנדה"],
    ] as const) {
      test(`the country form in ${lang} names countries in ${lang} and keeps the language`, async ({ page }) => {
        await page.goto(query);
        const select = page.locator(".country-select select");
        // CLDR's names, in the language's alphabetical order.
        await expect(select.locator("option").first()).toHaveText(first);
        await select.selectOption({ label: japan });
        await applySettings(page, javaScriptEnabled);
        await expect(page).toHaveURL(/country=JP/);
        await expect(page).toHaveURL(/cycle=yearly/);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.locator(".price-note")).toContainText(japan);
        await expect(card(page, "business").locator('data[data-role="per-month"]')).toHaveAttribute("data-currency", "JPY");
      });
    }

    test("the language form changes the words and keeps the country and period", async ({ page }) => {
      await page.goto("/?country=DE&lang=de-DE&cycle=yearly");
      await page.locator(".language-select select").selectOption({ label: "עברית" });
      await applySettings(page, javaScriptEnabled);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page).toHaveURL(/country=DE/);
      await expect(page).toHaveURL(/cycle=yearly/);
      await expect(page.locator(".language-select select")).toHaveValue("he");
      // The money is still in euros.
      await expect(card(page, "business").locator('data[data-role="per-month"]')).toHaveAttribute("data-currency", "EUR");
    });
  });
}
