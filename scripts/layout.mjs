// The browser's style and layout time for a page at 375 px wide, in
// Chromium (its Performance metrics after load, JavaScript off so the
// islands' code is not counted). Prints "layout_ms style_ms" for the
// median of RUNS loads. Asserts nothing.
//
//   node scripts/layout.mjs URL [RUNS]
import { launch } from "./chromium.mjs";

const [url, runs = "3"] = process.argv.slice(2);
const browser = await launch();
const samples = [];
for (let i = 0; i < Number(runs); i++) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url, { waitUntil: "load" });
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name) => 1000 * metrics.find((m) => m.name === name).value;
  samples.push([metric("LayoutDuration"), metric("RecalcStyleDuration")]);
  await context.close();
}
await browser.close();
const median = (i) => samples.map((s) => s[i]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
console.log(`${median(0).toFixed(1)} ${median(1).toFixed(1)}`);
