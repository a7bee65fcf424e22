import type { ComputedRef } from 'vue'
import { useSlideHost } from './useSlideHost.ts'

export interface TimerPlacement {
  /** In the presenter's own copy of a slide (not the next-slide preview, not the projector). */
  presenterSlide: ComputedRef<boolean>
  /** The slide shown right now in the presenter view: keyboard shortcuts apply. */
  activePresenterSlide: ComputedRef<boolean>
}

/**
 * Where a timer is rendered, for controls and shortcuts. Slidev keeps visited slides
 * mounted (hidden), and the presenter view also renders the next slide, so "in the
 * presenter view" is not enough. Outside a slide (the /timer page) both are false.
 */
export function useTimerPlacement(): TimerPlacement {
  return useSlideHost().timerPlacement()
}
