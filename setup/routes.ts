import { defineRoutesSetup } from '@slidev/types'

// Pages outside the slides, as Slidev routes. On the dev server the phone pages (`/timer`,
// `/table/<n>`, `/survey`) are answered by the phone app before Slidev sees them
// (scripts/support/phone/serve.ts); these routes serve them in a static build, where no
// server runs. `meta.outsideSlides` mutes the tab's navigation sync (setup/main.ts).
export default defineRoutesSetup(routes => [
  ...routes,
  // The table-timer page for a facilitator's phone or tablet (contract §4): `/timer/<id>`
  // shows that timer, `/timer` the one started most recently. No remote password: it
  // only shows and runs timers, and phones at the tables must open it from a QR code.
  {
    name: 'timer',
    path: '/timer/:id?',
    component: () => import('../components/TimerPage.vue'),
    props: true,
    meta: { outsideSlides: true },
  },
  // The network survey on a participant's phone: shows and accepts nothing without the
  // personal token of their QR code (`?token=`).
  {
    name: 'survey',
    path: '/survey',
    component: () => import('../components/SurveyPage.vue'),
    meta: { outsideSlides: true },
  },
  // The presenter's sheet of personal survey QR codes, to print or show one at a time.
  {
    name: 'survey-codes',
    path: '/survey-codes',
    component: () => import('../components/SurveyCodes.vue'),
    meta: { outsideSlides: true },
  },
  {
    // A table's own page, from its table card's QR code: the question, its countdown,
    // "we're done" / "more time" and the table's insight.
    name: 'table',
    path: '/table/:table',
    component: () => import('../components/TablePage.vue'),
    props: true,
    meta: { outsideSlides: true },
  },
])
