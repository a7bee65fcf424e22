import type {} from '@slidev/types'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import type { Deck } from './lib/schema/deck.ts'
import { liveDeck } from './lib/live/deck.ts'
import { activeDeckSlug, deckDir } from './scripts/support/deck-entry.ts'
import { deckPlugin } from './scripts/support/deck-plugin.ts'
import { liveStatePlugin } from './scripts/support/live/plugin.ts'
import { phoneApp } from './scripts/support/phone/build.ts'
import { loadPhoneFiles } from './scripts/support/phone/serve.ts'
import { loadSurveyDeck } from './scripts/support/survey-deck.ts'
import { visitPairsDrawer } from './scripts/support/visit-pairs.ts'
import { vueI18nRuntime } from './scripts/support/vue-i18n-runtime.ts'

const stateDir = process.env.SEMINARKIT_STATE_DIR ?? resolve(import.meta.dirname, '.seminarkit')

// Slidev loads this file from the repository root for every deck (the root is a local addon).
export default defineConfig({
  server: {
    fs: {
      // Vite serves files under the repository to anyone who asks (/@fs/…): never the state
      // folder, which holds sessions, tokens and what the room entered. Vite's own defaults first.
      deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/.seminarkit/**', `${stateDir}/**`],
    },
  },
  // A second Slidev process in another mode (`slidev export`) must not rewrite the
  // pre-bundled dependencies a running dev server hands out.
  ...(process.env.SEMINARKIT_VITE_CACHE_DIR ? { cacheDir: process.env.SEMINARKIT_VITE_CACHE_DIR } : {}),
  build: {
    // One stylesheet for the deck: its CSS is small, and as some twenty files (one per slide
    // chunk) it gzips about 10 KB larger than as one (npm run bench, bundle-size).
    cssCodeSplit: false,
  },
  optimizeDeps: {
    // Pre-bundle up front so the first visit to a slide never triggers a dependency reload.
    include: ['vue-i18n', 'zod/mini', 'uqr', 'pure-rand/distribution/uniformInt', 'pure-rand/generator/xoroshiro128plus'],
  },
  plugins: [
    vueI18nRuntime(),
    // The deck this process serves, builds or exports, as `virtual:seminarkit/deck` (composables/useDeck.ts).
    deckPlugin(),
    // The day's live state (timers, programme, draws), owned by the dev server: see docs/security.md.
    liveStatePlugin({
      async loadDeck(load) {
        const data = await load(resolve(deckDir(activeDeckSlug()), 'index.ts')) as { deck: Deck }
        return liveDeck(data.deck)
      },
      async loadSurvey(load) {
        const data = await load(resolve(deckDir(activeDeckSlug()), 'index.ts')) as { deck: Deck }
        return loadSurveyDeck(data.deck)
      },
      async loadVisitPairs(load) {
        const data = await load(resolve(deckDir(activeDeckSlug()), 'index.ts')) as { deck: Deck }
        return visitPairsDrawer(data.deck)
      },
      dir: stateDir,
      secret: process.env.SEMINARKIT_REMOTE_SECRET || undefined,
      // `/timer`, `/table/<n>`, `/survey`: a small app of their own, not the whole deck (contract §5).
      phoneApp: async base => loadPhoneFiles(await phoneApp({ deck: activeDeckSlug(), base }), base),
    }),
  ],
})
