import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // A guard against hangs, not a speed test: speed lives in `npm run bench`. Generous, so a
    // clean clone passes on a loaded 2-core machine (issue 16); whole-corpus tests run for seconds.
    testTimeout: 120_000,
  },
});
