import { defineAppSetup } from '@slidev/types'
import { deck } from 'virtual:seminarkit/deck'
import { createDeckI18n } from '../composables/deckI18n.ts'
import { useNavSyncForRole } from '../composables/useNavSyncMute.ts'

// Every page of every deck (slides, presenter, print, /timer) speaks the deck's language,
// and only a browser the server treats as the presenter sends the presentation's position.
export default defineAppSetup(({ app }) => {
  app.use(createDeckI18n(deck.language))
  useNavSyncForRole()
})
