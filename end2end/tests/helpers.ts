import { expect, Page } from "@playwright/test";

export const FORMFLOW = "5b1c3e7a-2f4d-4c8e-9a61-0d2f7b9e4a10";
export const TEXTBLAST = "9c4e2a61-7b3f-4d25-8e1a-63f0c5d8b7e2";

/** The plan card of a vendorId in the demo catalogue's first app. */
export function card(page: Page, vendorId: string, app = FORMFLOW) {
  return page.locator(`li[data-plan="${vendorId}"][data-app="${app}"]`);
}

/** `value` of the first `<data>` with this role inside `scope`. */
export async function dataValue(scope: ReturnType<Page["locator"]>, role: string) {
  return scope.locator(`data[data-role="${role}"]`).first().getAttribute("value");
}

/** With JavaScript on, waits for the WASM to hydrate the page. */
export async function hydrated(page: Page) {
  await expect(page.locator("body[data-hydrated]")).toHaveCount(1, { timeout: 15_000 });
}

/** Without JavaScript, submits the page's settings form (period, country,
 * language) with its button; with it, a choice applies by itself. */
export async function applySettings(page: Page, javaScriptEnabled: boolean) {
  if (!javaScriptEnabled) await page.locator("form.settings button[type=submit]").click();
}

/** The sum of a counter's samples on `/metrics` whose labels include all
 * of `labels` (each `name="value"`). */
export async function counted(request: import("@playwright/test").APIRequestContext, metric: string, labels: string[]) {
  const text = await (await request.get("/metrics")).text();
  return text
    .split("\n")
    .filter((line) => line.startsWith(`${metric}{`) && labels.every((label) => line.includes(label)))
    .reduce((sum, line) => sum + Number(line.split(" ").pop()), 0);
}
