import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { serverPort } from './e2e/ports.js';

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
// Below Linux's ephemeral ports (32768 and up), which the suites beside it take for their own servers and connections.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 12_000));
/**
 * One server (with its own data dir, demo case, capture site and witnesses) per worker: the suites change the demo
 * case, so two workers never share one. Worker N drives the server at E2E_PORT + N × E2E_PORT_STRIDE (support.ts).
 */
const servers = Number(process.env.E2E_SERVERS ?? 2);
const ports = Array.from({ length: servers }, (_, i) => serverPort(i));

export default defineConfig({
  testDir: 'e2e',
  testIgnore: fs.existsSync(CHROMIUM) ? [] : ['**/*'],
  // A suite's tests run in order on one worker's server; suites that ask for it spread their tests over all of them.
  workers: servers,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results/playwright',
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM,
      // Software WebGL for the map: the machines that run this have no GPU.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-unsafe-swiftshader'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: ports.map((port) => ({
    command: 'node --import tsx e2e/serve.ts',
    // Let the server remove its temporary data dir.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    url: `http://127.0.0.1:${port}/api/v1/ledger/key`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe' as const,
    env: { E2E_PORT: String(port) },
  })),
});
