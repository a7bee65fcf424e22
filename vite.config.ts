import type {} from '@slidev/types'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { liveDeck } from './lib/live/deck.ts'
import { liveStatePlugin } from './scripts/support/live/plugin.ts'
import { deckSlugOfThisProcess } from './scripts/support/live/served-deck.ts'
import { loadSurveyDeck } from './scripts/support/survey-deck.ts'

// Slidev loads this file from the repository root for every deck (the root is a local addon).
export default defineConfig({
  // A second Slidev process in another mode (`slidev export`) must not rewrite the
  // pre-bundled dependencies a running dev server hands out.
  ...(process.env.SEMINARKIT_VITE_CACHE_DIR ? { cacheDir: process.env.SEMINARKIT_VITE_CACHE_DIR } : {}),
  optimizeDeps: {
    // Pre-bundle up front so the first visit to a slide never triggers a dependency reload.
    include: ['markdown-it', 'zod', 'd3-force', 'uqr', 'graphology', 'papaparse', 'pure-rand/distribution/uniformInt', 'pure-rand/generator/xoroshiro128plus'],
  },
  plugins: [
    // The day's live state (timers, programme, draws), owned by the dev server: see docs/security.md.
    liveStatePlugin({
      async loadDeck(load) {
        const data = await load(resolve(import.meta.dirname, 'data', deckSlugOfThisProcess(), 'index.ts'))
        return liveDeck({ rounds: data.discussions, programme: data.programme, date: data.seminar.date })
      },
      async loadSurvey(load) {
        const deck = deckSlugOfThisProcess()
        const data = await load(resolve(import.meta.dirname, 'data', deck, 'index.ts'))
        return data.networkSection?.survey ? loadSurveyDeck(import.meta.dirname, deck, data.networkSection) : undefined
      },
      dir: process.env.SEMINARKIT_STATE_DIR ?? resolve(import.meta.dirname, '.seminarkit'),
      secret: process.env.SEMINARKIT_REMOTE_SECRET || undefined,
    }),
  ],
})
