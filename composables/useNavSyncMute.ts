import nav from 'server-reactive:nav'

/** The switch vite-plugin-vue-server-ref puts on every server state object (dev server only). */
const navSync = nav as { $syncUp?: boolean }

/**
 * A page that is not a slide (the table timer) must not move the presentation. Slidev
 * lets every viewer on localhost send its position, and a page without a slide counts
 * as slide 1: opening /timer on the laptop would pull presenter and projector back to
 * the start. While muted, this tab still receives but never sends navigation.
 */
export function muteNavSync(): void {
  navSync.$syncUp = false
}

export function unmuteNavSync(): void {
  navSync.$syncUp = true
}
