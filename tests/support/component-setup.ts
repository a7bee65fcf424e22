import { config } from '@vue/test-utils'
import { afterEach } from 'vitest'
import { deck } from 'virtual:seminarkit/deck'
import { createDeckI18n } from '../../composables/deckI18n.ts'
import type { Language } from '../../lib/i18n/messages.ts'

// Component tests render in the fixture deck's language (vitest.config.ts serves tests/fixtures/decks/mini).
const i18n = createDeckI18n(deck.language)
config.global.plugins = [...(config.global.plugins ?? []), i18n]

/** Renders the rest of this test in another deck language; the next test is back in the fixture deck's. */
export function renderIn(language: Language): void {
  i18n.global.locale.value = language
}

afterEach(() => {
  i18n.global.locale.value = deck.language
})
