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
  await expect(page).toHaveURL(/\/\?country=JP$/);
  await expect(page.locator(".price-note")).toContainText("Japan");
});
