import { config } from '@vue/test-utils'
import { deck } from 'virtual:seminarkit/deck'
import { createDeckI18n } from '../../composables/deckI18n.ts'

// Component tests render in the fixture deck's language (vitest.config.ts serves tests/fixtures/decks/mini).
config.global.plugins = [...(config.global.plugins ?? []), createDeckI18n(deck.language)]
