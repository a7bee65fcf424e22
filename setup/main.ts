import { defineAppSetup } from '@slidev/types'
import { deck } from 'virtual:seminarkit/deck'
import { slidevHost } from '../adapters/slidev-host.ts'
import { createDeckI18n } from '../composables/deckI18n.ts'
import { provideSlideHost } from '../composables/useSlideHost.ts'
import { setOutsideSlides, useNavSyncForRole, usePresentationPosition } from '../composables/useNavSyncMute.ts'

// Every page of every deck (slides, presenter, print, /timer) speaks the deck's language,
// only a browser the server treats as the presenter sends the presentation's position,
// and a view sends it only for moves of its own (composables/useNavSyncMute.ts).
export default defineAppSetup(({ app, router }) => {
  app.use(createDeckI18n(deck.language))
  provideSlideHost(app, slidevHost)
  useNavSyncForRole()
  usePresentationPosition(app, router)
  // A page outside the slides (setup/routes.ts) mutes this tab's navigation sync on the
  // way in, before Slidev's afterEach hook would announce "slide 1" to every view.
  router.beforeEach((to) => {
    setOutsideSlides(to.meta.outsideSlides === true)
  })
})
