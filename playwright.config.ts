import { defineConfig } from '@playwright/test';

/** Run through `npm run test:e2e`, which starts the built app on a fresh database and sets BASE_URL. */
export default defineConfig({
  testDir: 'e2e',
  // Long journeys (a notice turned into directives, published, read by agencies) on a shared 2-core machine.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['line']] : [['list']],
  outputDir: 'test-results/e2e',
  // The hostile-name probes run alone first, so that "nothing changed in the database" is exact. The run on the
  // embedded database (E2E_DB=pglite) repeats the journeys a new deployment goes through from end to end, as a new
  // user runs the app: from an empty database to the first people, a session recorded, a notice read into
  // directives, tasks followed to done, the reports. Everything else (the access matrix, the probes, the security
  // headers, the remaining pages) runs once, on PostgreSQL; its database code also runs on PGlite in the
  // integration tests (decision 038).
  projects:
    process.env.E2E_DB === 'pglite'
      ? [
          {
            name: 'journeys',
            testMatch: /[\\/](from-empty|go-live|session-journey|directives|notice-file|tasks|reports)\.spec\.ts$/,
          },
        ]
      : [
          { name: 'probes', testMatch: /field-names\.spec\.ts/ },
          { name: 'journeys', testIgnore: /field-names\.spec\.ts/, dependencies: ['probes'] },
        ],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:3200',
    locale: 'vi-VN',
    timezoneId: 'America/New_York',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
