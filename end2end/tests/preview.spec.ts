import { test, expect } from "@playwright/test";
import { parse } from "csv-parse/sync";

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

  // A column header opens the visitor view of that country.
  await header("JP").getByRole("link").click();
  // In the preview's language.
  await expect(page).toHaveURL(/\/\?country=JP&lang=en$/);
  await expect(page.locator(".price-note")).toContainText("Japan");
});

test("the preview's language selector: German words, cycles in words, exports unchanged", async ({ page, request }) => {
  await page.goto("/preview?countries=DE&countries=US");
  await page.getByLabel("Language").selectOption({ label: "Deutsch" });
  await page.getByRole("button", { name: "Show preview" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preisvorschau nach Land");
  const yearly = page.locator('tr[data-plan="business"][data-cycle="YEARLY"]');
  await expect(yearly.locator("td").nth(1)).toHaveText("Jährlich");
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
