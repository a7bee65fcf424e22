/**
 * Whether the slides are being rendered for the participant handout. `npm run export`
 * renders the handout from Slidev's print view with `?handout=1` (see docs/export.md); a
 * component that shows something participants should not take home (names, facilitator
 * hints) reads this and renders its handout form. Fixed for a page load.
 */
export function useHandout(): { isHandout: boolean } {
  return { isHandout: typeof location !== 'undefined' && new URLSearchParams(location.search).has('handout') }
}
