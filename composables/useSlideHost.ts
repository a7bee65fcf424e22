import { computed, getCurrentInstance, inject, type App, type InjectionKey } from 'vue'
import type { SlideMode } from './useSlideMode.ts'
import type { TimerPlacement } from './useTimerPlacement.ts'

/**
 * What a component may ask of the app it is rendered in. Slidev provides its answers
 * (adapters/slidev-host.ts, from setup/main.ts); the phone app (phone/main.ts) has no
 * slides and provides nothing, so Slidev's client never enters the phones' bundle.
 */
export interface SlideHost {
  slideMode: () => SlideMode
  timerPlacement: () => TimerPlacement
}

const HOST_KEY: InjectionKey<SlideHost> = Symbol('seminarkit slide host')

const no = computed(() => false)
/** A page outside any slide deck: nothing is printed, nothing is the presenter's slide. */
const outsideSlides: SlideHost = {
  slideMode: () => ({ isPrint: no, isPresenter: no }),
  timerPlacement: () => ({ presenterSlide: no, activePresenterSlide: no }),
}

export function provideSlideHost(app: App, host: SlideHost): void {
  app.provide(HOST_KEY, host)
}

/** The host of the component being set up; outside Slidev, a page without slides. */
export function useSlideHost(): SlideHost {
  return (getCurrentInstance() ? inject(HOST_KEY, null) : null) ?? outsideSlides
}
