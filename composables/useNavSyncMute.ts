import nav from 'server-reactive:nav'
import { useNav } from '@slidev/client'
import { toRaw, watchEffect, type App } from 'vue'
import { START_LOCATION, type RouteLocationNormalized, type Router } from 'vue-router'
import { NAV_CHANNEL_SUFFIX, PRESENTER_ROUTE, SERVER_REF_SYNC_UP, SLIDE_ROUTE } from '../adapters/slidev.ts'
import { useSession } from './useSession.ts'

let outsideSlides = false
let mayMove = true
let following = false
const sendsPosition = () => mayMove && !following && !outsideSlides

// A static build syncs tabs through a BroadcastChannel instead of the server: drop this
// tab's navigation messages there while muted.
if (typeof BroadcastChannel !== 'undefined') {
  const post = BroadcastChannel.prototype.postMessage
  BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
    if (!sendsPosition() && this.name.endsWith(NAV_CHANNEL_SUFFIX))
      return
    post.call(this, message)
  }
}

function apply(): void {
  // The dev server refuses these writes anyway (scripts/support/live/plugin.ts); not sending
  // them keeps the console clean. Set on the raw object: through Vue's proxy the switch
  // itself would count as a change of the presentation's position and be sent to every view.
  const raw = toRaw(nav) as Record<string, unknown>
  const on = sendsPosition()
  if (raw[SERVER_REF_SYNC_UP] !== on)
    raw[SERVER_REF_SYNC_UP] = on
}

/**
 * A page that is not a slide (the table timer) must not move the presentation: Slidev
 * counts it as slide 1 and would pull every other view back to the start.
 */
export function setOutsideSlides(outside: boolean): void {
  outsideSlides = outside
  apply()
}

/** Only the presenter's browser sends the presentation's position (with --remote, once signed in). */
export function useNavSyncForRole(): void {
  const session = useSession()
  watchEffect(() => {
    mayMove = session.role.value === 'presenter'
    apply()
  })
}

/**
 * How a view takes part in the presentation's position. Slidev lets any view on the laptop
 * send its position, so a clicker works whichever window has focus; but it also sends the
 * slide a view opens on (a projector opened at /1 pulls the presenter back to the start)
 * and echoes every move it follows (a late echo pulls a presenter who moved on back).
 * Here a view that opens at the start (`/`, `/1`, `/presenter`) or is reloaded joins the
 * presentation where it is; a deep link opens its slide, and moves the presentation there
 * only from the presenter view. Otherwise a view sends its position for moves of its own,
 * never for one that follows another view.
 */
export function usePresentationPosition(app: App, router: Router): void {
  // Read before this view's first navigation overwrites the shared position locally.
  const opened = { page: nav.page, clicks: nav.clicks, moved: nav.lastUpdate !== undefined }
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
  const atStart = (to: RouteLocationNormalized) => to.redirectedFrom !== undefined || String(to.params.no) === '1' || navigation?.type === 'reload'
  const { currentPage } = app.runWithContext(useNav)

  // Runs once the first navigation has loaded its page, so it cannot miss it however slow the load.
  const stopJoining = router.beforeResolve((to, from) => {
    stopJoining()
    const presenter = to.name === PRESENTER_ROUTE
    if (from !== START_LOCATION || !opened.moved || (!presenter && to.name !== SLIDE_ROUTE) || !atStart(to) || String(to.params.no) === String(opened.page))
      return
    return { path: presenter ? `/presenter/${opened.page}` : `/${opened.page}`, query: { ...to.query, clicks: opened.clicks }, replace: true }
  })

  // Registered before Slidev's own afterEach, which sends the position: decide first.
  following = true
  apply()
  router.afterEach((to, from, failure) => {
    if (failure)
      return
    // Following another view, the shared position already is where this view arrived.
    following = from === START_LOCATION
      ? to.name !== PRESENTER_ROUTE || atStart(to)
      : currentPage.value === Number(nav.page) && Number(to.query.clicks ?? 0) === Number(nav.clicks ?? 0)
    apply()
  })
}
