import { defineConfig } from 'vitest/config';

/**
 * One run for everything: unit tests (tests/unit, tests/content) need nothing built;
 * tests/site reads dist/ and tests/browser loads dist/ in Chromium, so run `npm run build`
 * first (`npm test` does). The global setup serves dist/ on 127.0.0.1 for the browser tests.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/serve-dist.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
