import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { deckPlugin } from './scripts/support/deck-plugin.ts'
import { vueI18nRuntime } from './scripts/support/vue-i18n-runtime.ts'

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // SEMINARKIT_TEST_LOAD=1 keeps every core busy while the suite runs (README).
    globalSetup: ['tests/support/busy-load.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'adapters/**/*.test.ts', 'data/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        // Components read their deck from a small fixture, never from a real deck's folder.
        plugins: [vue(), vueI18nRuntime(), deckPlugin({ dir: 'tests/fixtures/decks/mini', names: true })],
        test: {
          name: 'components',
          setupFiles: ['tests/support/component-setup.ts'],
          include: ['components/**/*.test.ts', 'composables/**/*.test.ts', 'layouts/**/*.test.ts'],
          environment: 'happy-dom',
          // A busy laptop (SEMINARKIT_TEST_LOAD=1) more than doubles a network layout's time.
          testTimeout: 30_000,
        },
      },
      {
        // One dev server and one Chromium for all browser tests; files run one at a time
        // because they share the server's synced state.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
