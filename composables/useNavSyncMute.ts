import nav from 'server-reactive:nav'

/** The switch vite-plugin-vue-server-ref puts on every server state object (dev server only). */
const navSync = nav as { $syncUp?: boolean }

/** Slidev's channel for the presentation's position between tabs (setup/root.ts: `${title} - shared`). */
const NAV_CHANNEL_SUFFIX = ' - shared'

let muted = false

// In a static build Slidev syncs tabs through a BroadcastChannel instead of the server;
// drop this tab's navigation messages there too while muted.
if (typeof BroadcastChannel !== 'undefined') {
  const post = BroadcastChannel.prototype.postMessage
  BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
    if (muted && this.name.endsWith(NAV_CHANNEL_SUFFIX))
      return
    post.call(this, message)
  }
}

/**
 * A page that is not a slide (the table timer) must not move the presentation. Slidev
 * lets every viewer on localhost (and every tab of a static build) send its position,
 * and a page without a slide counts as slide 1: opening /timer on the laptop would pull
 * presenter and projector back to the start. While muted, this tab still receives but
 * never sends navigation.
 */
export function muteNavSync(): void {
  muted = true
  navSync.$syncUp = false
}

export function unmuteNavSync(): void {
  muted = false
  navSync.$syncUp = true
}
