import { defineConfig, devices } from "@playwright/test";

// The server under test: the binary `cargo leptos build` produced, run
// against its built-in Wix sandbox on a port of its own.
const port = process.env.E2E_PORT ?? "3100";
const sandboxPort = process.env.E2E_SANDBOX_PORT ?? "3101";
export const baseURL = `http://127.0.0.1:${port}`;
// Read by the tests, which drive the sandbox's stand-in Wix pages.
process.env.E2E_SANDBOX_URL = `http://127.0.0.1:${sandboxPort}`;

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "en-US",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "./target/debug/wix-pricing",
    cwd: "..",
    url: `${baseURL}/healthz`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PRICING_SANDBOX: "1",
      PRICING_BIND_ADDR: `127.0.0.1:${port}`,
      PRICING_SANDBOX_ADDR: `127.0.0.1:${sandboxPort}`,
      LEPTOS_SITE_ROOT: "target/site",
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      RUST_LOG: "warn",
      PRICING_HIGHLIGHTS: "pro=Most popular",
      // The demo's brand, as `make run` shows it.
      PRICING_THEME_NAME: "Northwind Apps",
      PRICING_THEME_LOGO: "demo-logo.svg",
      PRICING_THEME_ACCENT: "#0f766e",
    },
  },
});
