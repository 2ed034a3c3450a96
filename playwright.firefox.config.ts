import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PRACTICE_PORT ?? 4179);

/**
 * Real Firefox ESR with the Firefox MV3 build (`tests/firefox/`): Playwright's runner, puppeteer-core over WebDriver
 * BiDi as the driver (tests/firefox/firefox.ts says why). `npx playwright test -c playwright.firefox.config.ts`.
 */
export default defineConfig({
  testDir: 'tests/firefox',
  outputDir: 'test-results/firefox',
  // One browser at a time, as for Chromium (two cores; the practice server is shared).
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  webServer: {
    command: 'node scripts/lib/practice-server.mjs',
    port: PORT,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
