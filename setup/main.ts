import { defineAppSetup } from '@slidev/types'
import { deck } from 'virtual:seminarkit/deck'
import { createDeckI18n } from '../composables/deckI18n.ts'

// Every view (slides, presenter, print, the /timer page) speaks the deck's language.
export default defineAppSetup(({ app }) => {
  app.use(createDeckI18n(deck.language))
})
