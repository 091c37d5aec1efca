// End-to-end tests against the release build (dist/), served by tests/e2e/server.mjs.
// Chromium comes from Debian (apt), never from Playwright's download host.
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 4173);
const HOST_PORT = Number(process.env.E2E_HOST_PORT || 4175);

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.js$/,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  outputDir: "../../target/e2e-results",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "nl-NL",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: [
    {
      command: `node ${import.meta.dirname}/server.mjs`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      env: { E2E_PORT: String(PORT) },
    },
    {
      // Another origin that embeds the app in an iframe.
      command: `node ${import.meta.dirname}/host-server.mjs`,
      url: `http://127.0.0.1:${HOST_PORT}/`,
      reuseExistingServer: false,
      env: { E2E_PORT: String(PORT), E2E_HOST_PORT: String(HOST_PORT) },
    },
  ],
});
