// How long the period switch takes to answer the visitor's first click,
// in Chromium with the CPU slowed 4x (Lighthouse's mobile profile), after
// the islands have loaded on their own (idle after `load`). Prints one
// markdown row: runs, median and worst in ms. Asserts nothing.
//
//   node scripts/first-switch.mjs URL [RUNS]
import { launch } from "./chromium.mjs";

const [url, runs = "5"] = process.argv.slice(2);
const browser = await launch();
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url);
  await page.waitForSelector("body[data-hydrated]", { timeout: 30_000 });
  // From the click to the first card showing yearly prices, painted.
  times.push(
    await page.evaluate(async () => {
      const yearly = document.querySelector('.period-switch input[value="yearly"]');
      const switched = () => document.querySelector('li.plan .price.recurring[data-months="12"]');
      const start = performance.now();
      yearly.click();
      while (!switched()) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    }),
  );
  await page.close();
}
await browser.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`| ${times.length} | ${median.toFixed(0)} | ${times.at(-1).toFixed(0)} |`);
