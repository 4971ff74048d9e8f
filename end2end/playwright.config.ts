import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

// The server under test: the release binary `cargo leptos build --release
// --precompress` produced (what ships is what is tested; E2E_BIN names
// another, such as target/debug/wix-pricing), run against its built-in Wix
// sandbox on a port of its own.
const port = process.env.E2E_PORT ?? "3100";
const sandboxPort = process.env.E2E_SANDBOX_PORT ?? "3101";
export const baseURL = `http://127.0.0.1:${port}`;
const bin = process.env.E2E_BIN ?? "target/release/wix-pricing";
// cargo-leptos fingerprints /pkg in release builds and writes the hashes
// beside the binary; the server reads them when told to.
const hashed = existsSync(join("..", dirname(bin), "hash.txt"));
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
    command: `./${bin}`,
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
      LEPTOS_HASH_FILES: String(hashed),
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
