import type {} from '@slidev/types'
import { defineConfig } from 'vite'
import { defaultGroupingState } from './lib/grouping/state.ts'
import { emptyProgrammeState } from './lib/programme/state.ts'
import { emptyBoard } from './lib/timer/board.ts'
import { deckPlugin } from './scripts/support/deck-plugin.ts'
import { serverClockPlugin } from './scripts/support/server-clock.ts'
import { syncedServerState } from './scripts/support/synced-state.ts'

// Slidev loads this file from the repository root for every deck (the root is a local addon).
export default defineConfig(({ command }) => ({
  // A second Slidev process in another mode (`slidev export`) must not rewrite the
  // pre-bundled dependencies a running dev server hands out.
  ...(process.env.SEMINARKIT_VITE_CACHE_DIR ? { cacheDir: process.env.SEMINARKIT_VITE_CACHE_DIR } : {}),
  optimizeDeps: {
    // Pre-bundle up front so the first visit to a slide never triggers a dependency reload.
    include: ['markdown-it', 'vue-i18n', 'zod', 'd3-force', 'uqr', 'graphology', 'papaparse', 'pure-rand/distribution/uniformInt', 'pure-rand/generator/xoroshiro128plus'],
  },
  plugins: [serverClockPlugin(), deckPlugin()],
  slidev: {
    // State synced live between presenter, projector and phones, saved in SEMINARKIT_STATE_DIR
    // (default .seminarkit/). One key per feature, with its default; read it with
    // composables/useSyncedState.ts. See docs/timers.md.
    serverRef: syncedServerState({
      timers: emptyBoard(),
      programme: emptyProgrammeState(),
      grouping: defaultGroupingState(),
    }, { persist: command === 'serve' }),
  },
}))
