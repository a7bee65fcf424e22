import { useNav } from '@slidev/client'
import { computed, type ComputedRef } from 'vue'

export interface SlideMode {
  /** Exporting or printing: components show their static form ("10 min."). */
  isPrint: ComputedRef<boolean>
  /** The presenter view: controls belong here. */
  isPresenter: ComputedRef<boolean>
}

/**
 * Where a component is being rendered. Components read this instead of Slidev directly,
 * so their tests can mock one small module.
 */
export function useSlideMode(): SlideMode {
  const nav = useNav()
  return {
    isPrint: computed(() => nav.isPrintMode.value),
    isPresenter: computed(() => nav.isPresenter.value),
  }
}
