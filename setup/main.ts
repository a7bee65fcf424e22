import { defineAppSetup } from '@slidev/types'
import { deck } from 'virtual:seminarkit/deck'
import { createDeckI18n } from '../composables/deckI18n.ts'
import { useNavSyncForRole, usePresentationPosition } from '../composables/useNavSyncMute.ts'

// Every page of every deck (slides, presenter, print, /timer) speaks the deck's language,
// only a browser the server treats as the presenter sends the presentation's position,
// and a view sends it only for moves of its own (composables/useNavSyncMute.ts).
export default defineAppSetup(({ app, router }) => {
  app.use(createDeckI18n(deck.language))
  useNavSyncForRole()
  usePresentationPosition(app, router)
})
