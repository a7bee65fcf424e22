import type { ComputedRef } from 'vue'
import { useSlideHost } from './useSlideHost.ts'

export interface SlideMode {
  /** Exporting or printing: components show their static form ("10 min."). */
  isPrint: ComputedRef<boolean>
  /** The presenter view: controls belong here. */
  isPresenter: ComputedRef<boolean>
}

/**
 * Where a component is being rendered. Components read this instead of Slidev directly,
 * so their tests can mock one small module and the phone app runs them without Slidev.
 */
export function useSlideMode(): SlideMode {
  return useSlideHost().slideMode()
}
