import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Browser steps wait on a loaded two-core machine; a poll gives up only after this long.
    expect: { poll: { timeout: 20_000 } },
  },
});
