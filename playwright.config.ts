import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end suites: the built app, served by the real server on a temporary SQLite data dir with the demo case
 * (e2e/serve.ts), driven in Debian's chromium. Never a browser downloaded through npm.
 */
const CHROMIUM = '/usr/bin/chromium';
if (!fs.existsSync(CHROMIUM)) {
  if (process.env.DOSSIER_REQUIRE_BROWSER) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
  console.warn(`\n!! ${CHROMIUM} is missing: the end-to-end tests of the web app are NOT RUN (apt-get install chromium)\n`);
}

// Chosen once in the runner; its workers inherit the environment and so agree on it.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  testIgnore: fs.existsSync(CHROMIUM) ? [] : ['**/*'],
  // One server, one browser: the suites share the demo case, so they run one after another.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results/playwright',
  reporter: [['list']],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM,
      // Software WebGL for the map: the machines that run this have no GPU.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-unsafe-swiftshader'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node --import tsx e2e/serve.ts',
    // Let the server remove its temporary data dir.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    url: `${baseURL}/api/v1/ledger/key`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    env: { E2E_PORT: process.env.E2E_PORT },
  },
});
