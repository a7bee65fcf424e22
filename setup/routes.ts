import { defineRoutesSetup } from '@slidev/types'
import { muteNavSync } from '../composables/useNavSyncMute.ts'

// The table-timer page for a facilitator's phone or tablet (contract §4): `/timer/<id>`
// shows that timer, `/timer` the one started most recently. No remote password: it
// only shows and runs timers, and phones at the tables must open it from a QR code.
export default defineRoutesSetup(routes => [
  ...routes,
  {
    name: 'timer',
    path: '/timer/:id?',
    component: () => import('../components/TimerPage.vue'),
    props: true,
    // Before Slidev's afterEach hook would announce "slide 1" to every view.
    beforeEnter: () => { muteNavSync() },
  },
  {
    // A table's own page, from its table card's QR code: the question, its countdown,
    // "we're done" / "more time" and the table's insight.
    name: 'table',
    path: '/table/:table',
    component: () => import('../components/TablePage.vue'),
    props: true,
    beforeEnter: () => { muteNavSync() },
  },
])
