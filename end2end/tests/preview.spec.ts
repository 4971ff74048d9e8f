import { test, expect } from "@playwright/test";
import { parse } from "csv-parse/sync";
import AxeBuilder from "@axe-core/playwright";

test("marketing compares DE, JP, US and IN, and the CSV equals the JSON", async ({ page, request }) => {
  await page.goto("/preview");
  await page.getByLabel("Preset").selectOption("");
  await page.getByLabel("Countries", { exact: true }).selectOption(["DE", "JP", "US", "IN"]);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/countries=DE/);

  const header = (code: string) => page.locator(`thead th[data-country="${code}"]`);
  // Columns follow the list's order (by name): Germany, India, Japan, United States.
  await expect(header("DE")).toContainText("EUR, incl. 19% VAT");
  await expect(header("JP")).toContainText("JPY, incl. 10% VAT");
  await expect(header("IN")).toContainText("INR, incl. 18% GST");
  await expect(header("US")).toContainText("USD");
  await expect(header("US")).not.toContainText("VAT");
  const business = page.locator('tr[data-plan="business"][data-cycle="MONTHLY"]');
  await expect(business.locator('td[data-country="DE"] data[data-role="per-month"]')).toHaveAttribute("value", "9.85");
  await expect(business.locator('td[data-country="JP"] data[data-role="per-month"]')).toHaveAttribute("value", "1495");

  // The CSV download, parsed, equals the JSON export of the same query.
  const csvHref = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
  const jsonHref = await page.getByRole("link", { name: "JSON" }).getAttribute("href");
  const csv = await (await request.get(csvHref!)).text();
  const json = await (await request.get(jsonHref!)).json();
  const [head, ...rows]: string[][] = parse(csv);
  expect(rows.length).toBe(json.lines.length);
  rows.forEach((row, i) => {
    const line = json.lines[i];
    head.forEach((name, j) => expect(row[j], `${name} of line ${i}`).toBe(line[name] === null ? "" : String(line[name])));
  });

  // A column header opens the visitor view of that country beside the
  // preview, as its visitors read it: in Japanese.
  const [visitor] = await Promise.all([page.waitForEvent("popup"), header("JP").getByRole("link", { name: /Japan \(JP\)/ }).click()]);
  await expect(visitor).toHaveURL(/\/\?country=JP&lang=ja-JP$/);
  await expect(visitor.locator("html")).toHaveAttribute("lang", "ja");
  await visitor.close();
});

test("the preview's language selector: German words, cycles in words, exports unchanged", async ({ page, request }) => {
  await page.goto("/preview?countries=DE&countries=US");
  await page.getByLabel("Language").selectOption({ label: "Deutsch" });
  await page.getByRole("button", { name: "Show preview" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preisvorschau nach Land");
  const yearly = page.locator('tr[data-plan="business"][data-cycle="YEARLY"]');
  await expect(yearly.locator("th .row-cycle")).toHaveText("Jährlich");
  await expect(page.locator('thead th[data-country="US"]')).toContainText("Vereinigte Staaten");
  // German amounts, the same exact values.
  await expect(yearly.locator('td[data-country="DE"] data[data-role="per-month"]')).toHaveText(/8,21\s€/);
  const json = await (await request.get(await page.getByRole("link", { name: "JSON" }).getAttribute("href") ?? "")).json();
  const line = json.lines.find((l: any) => l.vendor_id === "business" && l.country === "DE" && l.cycle === "YEARLY");
  expect(line.per_month).toBe("8.21");
});

test("a large selection: twelve countries a page, the next ones a link away", async ({ page }) => {
  await page.goto("/preview?preset=eu");
  const pages = page.getByRole("navigation", { name: "Pages of countries" });
  await expect(pages).toContainText("Countries 1 to 12 of 27");
  await expect(page.locator("thead th[data-country]")).toHaveCount(12);
  await expect(pages.getByRole("link", { name: "1", exact: true })).toHaveAttribute("aria-current", "page");
  await pages.getByRole("link", { name: "Next countries" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pages).toContainText("Countries 13 to 24 of 27");
  await expect(page.locator("thead th[data-country]").first()).toHaveAttribute("data-country", "HU");
  await pages.getByRole("link", { name: "3", exact: true }).click();
  await expect(page.locator("thead th[data-country]")).toHaveCount(3);
  await expect(pages.getByRole("link", { name: "Next countries" })).toHaveCount(0);
  // The exports are every country's, whichever page links to them.
  await expect(page.getByRole("link", { name: "JSON" })).toHaveAttribute("href", "/preview.json?preset=eu");
});

test("the matrix keeps its labels in view, scrolled to its far corner and on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/preview?preset=eu");
  const scroller = page.getByRole("region", { name: "Prices by country" });
  await scroller.scrollIntoViewIfNeeded();
  await scroller.evaluate((box) => box.scrollTo(box.scrollWidth, box.scrollHeight));
  // Scrolled to the far right and bottom: the rows' labels stay at the
  // start edge, the country headers at the top.
  const box = (await scroller.boundingBox())!;
  const lastLabel = page.locator("tbody tr").last().locator("th");
  const lastHeader = page.locator("thead th[data-country]").last();
  await expect(lastLabel).toBeInViewport();
  await expect(lastHeader).toBeInViewport();
  const label = (await lastLabel.boundingBox())!;
  const header = (await lastHeader.boundingBox())!;
  expect(Math.abs(label.x - box.x)).toBeLessThan(2);
  expect(Math.abs(header.y - box.y)).toBeLessThan(2);

  // At 375 px every amount on screen has its country and its plan on screen.
  await page.setViewportSize({ width: 375, height: 740 });
  await scroller.scrollIntoViewIfNeeded();
  await scroller.evaluate((box) => box.scrollTo(box.scrollWidth / 2, box.scrollHeight / 2));
  const view = (await scroller.boundingBox())!;
  const amounts = page.locator('td data[data-role="per-month"]');
  let checked = 0;
  for (let i = 0; i < (await amounts.count()) && checked < 8; i++) {
    const amount = amounts.nth(i);
    const at = await amount.boundingBox();
    if (!at || at.x < view.x || at.x + at.width > view.x + view.width || at.y < view.y || at.y + at.height > view.y + view.height) continue;
    const cell = amount.locator("xpath=ancestor::td[1]");
    const country = await cell.getAttribute("data-country");
    await expect(page.locator(`thead th[data-country="${country}"]`)).toBeInViewport();
    await expect(cell.locator("xpath=ancestor::tr[1]/th")).toBeInViewport();
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
});

test("the flag summary says what was checked and links to what it found", async ({ page }) => {
  await page.goto("/preview?countries=DE&countries=JP&countries=US");
  const summary = page.locator(".flag-summary");
  await expect(summary).toContainText("Checked: a price missing where other countries have one");
  const flagged = Number(await summary.getAttribute("data-flagged"));
  expect(flagged).toBe(await page.locator("td.flagged").count());
  const links = summary.getByRole("link");
  if (flagged > 0) {
    const target = await links.first().getAttribute("href");
    await links.first().click();
    await expect(page.locator(`${target}`)).toBeInViewport();
  } else {
    await expect(summary).toContainText("Nothing on this page is flagged.");
    await expect(links).toHaveCount(0);
  }
  await expect(page.locator(".site-footer")).toHaveCount(0);
});

test("the chosen countries stay chosen across a language change; a typo is said, not lost", async ({ page }) => {
  await page.goto("/preview");
  await expect(page.getByLabel("Preset")).toHaveValue("default");
  await page.getByLabel("Preset").selectOption("");
  await page.getByLabel("Add a country").fill("Brazil");
  await page.getByRole("button", { name: "Show preview" }).click();
  await page.getByLabel("Add a country").fill("Japn");
  await page.getByRole("button", { name: "Show preview" }).click();
  await expect(page.locator("#not-understood")).toContainText("“Japn”");
  await expect(page.getByLabel("Add a country")).toHaveValue("Japn");
  await page.getByLabel("Add a country").fill("Japan");
  await page.getByRole("button", { name: "Show preview" }).click();
  const chips = page.getByRole("list", { name: "Chosen countries" });
  await expect(chips.getByRole("listitem")).toHaveText([/Brazil \(BR\)/, /Japan \(JP\)/]);

  await page.getByLabel("Language").selectOption({ label: "Deutsch" });
  await page.getByRole("button", { name: "Show preview" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.locator("thead th[data-country]")).toHaveCount(2);
  await expect(page.locator('thead th[data-country="BR"]')).toBeVisible();
  await expect(page.locator('thead th[data-country="JP"]')).toBeVisible();

  // A chip's × removes its country alone.
  await page.locator(".chips li", { hasText: "BR" }).getByRole("link").click();
  await expect(page.locator("thead th[data-country]")).toHaveCount(1);
  await expect(page.locator('thead th[data-country="JP"]')).toBeVisible();
});

for (const view of ["/preview", "/preview?countries=DE,JP,Japn&lang=he"]) {
  test(`no accessibility violations on ${view}`, async ({ page }) => {
    await page.goto(view);
    await expect(page.locator("table.preview")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}

test("Show only narrows the rows to one plan and cycle, and the exports follow", async ({ page, request }) => {
  await page.goto("/preview?countries=DE&countries=JP");
  const only = page.getByRole("group", { name: "Show only" });
  await only.getByLabel("Plan").selectOption("business");
  await only.getByLabel("Cycle").selectOption("YEARLY");
  await only.getByRole("button", { name: "Filter rows" }).click();
  await expect(page).toHaveURL(/plan=business/);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("thead th[data-country]")).toHaveCount(2);
  const json = await (await request.get((await page.getByRole("link", { name: "JSON" }).getAttribute("href"))!)).json();
  expect(json.lines.map((l: any) => `${l.vendor_id} ${l.cycle} ${l.country}`)).toEqual(["business YEARLY DE", "business YEARLY JP"]);
});

test("countries as rows: Pro yearly in the EU is one list, sorted by its amount on request", async ({ page }) => {
  await page.goto("/preview?preset=eu&plan=pro&cycle=YEARLY");
  await page.getByRole("link", { name: "Countries as rows" }).click();
  await expect(page).toHaveURL(/layout=countries/);
  await expect(page.locator("tbody tr[data-country]")).toHaveCount(27);
  await expect(page.getByRole("navigation", { name: "Pages of countries" })).toHaveCount(0);
  await expect(page.locator("thead th[data-plan]")).toHaveCount(1);
  await page.locator("thead th[data-plan] a.sort").click();
  await expect(page).toHaveURL(/sort=row(-|%2D)0/);
  const currencies = await page.locator('tbody tr[data-country] data[data-role="per-month"]').evaluateAll((all) =>
    all.map((d) => [d.getAttribute("data-currency"), Number(d.getAttribute("value"))]));
  for (let i = 1; i < currencies.length; i++) {
    const [a, b] = [currencies[i - 1], currencies[i]];
    expect(a[0]! < b[0]! || (a[0] === b[0] && a[1]! <= b[1]!), JSON.stringify(currencies)).toBe(true);
  }
});
