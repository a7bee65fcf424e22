import { useIsSlideActive, useNav, useSlideContext } from '@slidev/client'
import { computed, getCurrentInstance, inject } from 'vue'
import type { SlideHost } from '../composables/useSlideHost.ts'
import { RENDER_CONTEXT_KEY } from './slidev.ts'

/** Slidev's answers to what a component asks of its host (composables/useSlideHost.ts). */
export const slidevHost: SlideHost = {
  slideMode() {
    const nav = useNav()
    return {
      isPrint: computed(() => nav.isPrintMode.value),
      isPresenter: computed(() => nav.isPresenter.value),
    }
  },
  timerPlacement() {
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
  },
}
