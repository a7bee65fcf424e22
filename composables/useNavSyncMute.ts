import nav from 'server-reactive:nav'
import { toRaw, watchEffect } from 'vue'
import { NAV_CHANNEL_SUFFIX, SERVER_REF_SYNC_UP } from '../adapters/slidev.ts'
import { useSession } from './useSession.ts'

let outsideSlides = false
let mayMove = true

// A static build syncs tabs through a BroadcastChannel instead of the server: drop this
// tab's navigation messages there while muted.
if (typeof BroadcastChannel !== 'undefined') {
  const post = BroadcastChannel.prototype.postMessage
  BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
    if (outsideSlides && this.name.endsWith(NAV_CHANNEL_SUFFIX))
      return
    post.call(this, message)
  }
}

function apply(): void {
  // The dev server refuses these writes anyway (scripts/support/live/plugin.ts); not sending
  // them keeps the console clean. Set on the raw object: through Vue's proxy the switch
  // itself would count as a change of the presentation's position and be sent to every view.
  const raw = toRaw(nav) as Record<string, unknown>
  const on = mayMove && !outsideSlides
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
