// The phone app: `/timer`, `/timer/<id>`, `/table/<n>` and `/survey` as a small bundle of
// their own, built once and served by the dev server (scripts/support/phone/), so a room
// of phones does not load the whole deck module by module. Same components, same live
// state and session as inside the deck; no Slidev (composables/useSlideHost.ts).
import { createApp } from 'vue'
import { deck } from 'virtual:seminarkit/deck'
import { createDeckI18n } from '../composables/deckI18n.ts'
import '../styles/index.ts'
import App from './App.vue'

document.documentElement.lang = deck.language
createApp(App).use(createDeckI18n(deck.language)).mount('#app')
