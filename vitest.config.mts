import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/*.test.ts'],
          environment: 'node',
          // Test files share their workers (no module state is shared on purpose): about 7 s
          // instead of 10 s, most of which was starting a worker per file.
          isolate: false,
        },
      },
      {
        test: {
          name: 'situs',
          include: ['tests/situs/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: CI machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
