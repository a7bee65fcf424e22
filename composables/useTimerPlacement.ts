import { useIsSlideActive, useSlideContext } from '@slidev/client'
import { computed, getCurrentInstance, inject, type ComputedRef } from 'vue'
import { RENDER_CONTEXT_KEY } from '../adapters/slidev.ts'

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
  // useSlideContext() throws outside a slide; only inside one is there a render context.
  const inSlide = getCurrentInstance() !== null && inject<unknown>(RENDER_CONTEXT_KEY, undefined) !== undefined
  if (!inSlide) {
    const no = computed(() => false)
    return { presenterSlide: no, activePresenterSlide: no }
  }
  const { $renderContext } = useSlideContext()
  const active = useIsSlideActive()
  const presenterSlide = computed(() => $renderContext.value === 'presenter')
  return { presenterSlide, activePresenterSlide: computed(() => presenterSlide.value && active.value) }
}
